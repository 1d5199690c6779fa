// Question sets over fixture homes, graded the same way everywhere: a file of questions with what a right answer
// must contain (cited entities, words, "none", a proposal, a clarifying question, a private note kept private).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ResponderAnswer } from '../../../src-main/chat/Responder';

export const HOMES_DIR = join(import.meta.dirname, '../../fixtures/homes');

export const expectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entities'), must_include: z.array(z.string()), must_not_include: z.array(z.string()).optional(), count: z.number().int().optional() }),
  z.object({ kind: z.literal('mentions'), text_any: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('proposal'), targets: z.array(z.string()).min(1), tier: z.union([z.literal(2), z.literal(3)]) }),
  z.object({ kind: z.literal('clarify'), options: z.array(z.string()).min(2) }),
  z.object({ kind: z.literal('private_note') }),
]);
export const questionSchema = z.object({ id: z.string(), dialog: z.string().nullable().optional(), text: z.string().min(1), intent_guess: z.string().optional(), expect: expectSchema });
export type Question = z.infer<typeof questionSchema>;


/** A question file (`{home, questions}`) with at least `min` questions. */
export function loadQuestions(file: string, min: number): Question[] {
  return z.object({ home: z.string(), questions: z.array(questionSchema).min(min) }).parse(JSON.parse(readFileSync(join(HOMES_DIR, file), 'utf8'))).questions;
}

/** The secrets in a home's private notes: words with a digit or symbol ("OlivoVerde!2024"), never shown to a guest. */
export function privateSecrets(homeJson: string): string[] {
  return (JSON.parse(homeJson) as { entities: Array<{ entity_type: string; content: Record<string, unknown> }> }).entities
    .filter((e) => e.entity_type === 'note' && e.content['private'] === true)
    .flatMap((e) => String(e.content['text'] ?? '').split(/[\s,;]+/))
    .map((w) => w.replace(/[.:]+$/, ''))
    .filter((w) => w.length >= 6 && /[\d!@#$%^&*]/.test(w));
}

// Word edges by Unicode letters: JavaScript's \b takes "ć" for a non-letter, so "Noćna lampa" read as a "no".
const NEGATIVE = /(?<![\p{L}\p{N}_])(no|none|not|nothing|never)(?![\p{L}\p{N}_])|n't|couldn't find|can't find/iu;

/** What kind of miss a failed answer is, for the trust figure. An honest miss declines, asks back, or says it doesn't
 *  know or can't find the words. A cautious one proposes the right thing at a stricter tier than expected. An
 *  off-target one answers another question (often true, but not what was asked). The wrong ones are what a household
 *  can't trust: a proposal for the wrong thing or at a laxer tier, or "none" where the set expects an answer. */
export type Miss = 'honest' | 'cautious tier' | 'off-target' | 'wrong none' | 'wrong proposal';
const HONEST = /couldn't find|can't find|couldn't classify|doesn't say|don't know|not sure|which one do you mean|I have no [\w/ -]*(reading|procedure)|nothing here is called|here's what I found|also found|^from /i;

/** Per automation id, the names of the devices it `automates` in the home: running the automation acts on exactly
 *  those, so a set that lists them as a command's targets is answered by proposing the automation. */
export type AutomatedDevices = ReadonlyMap<string, readonly string[]>;

export function automatedDevices(homeJson: string): AutomatedDevices {
  const home = JSON.parse(homeJson) as {
    entities: Array<{ id: string; name: string; entity_type: string }>;
    relationships: Array<{ from_entity_id: string; to_entity_id: string; relationship_type: string }>;
  };
  const byId = new Map(home.entities.map((e) => [e.id, e]));
  const out = new Map<string, string[]>();
  for (const r of home.relationships) {
    if (r.relationship_type !== 'automates' || byId.get(r.from_entity_id)?.entity_type !== 'automation') continue;
    const device = byId.get(r.to_entity_id);
    if (!device) continue;
    const names = out.get(r.from_entity_id) ?? [];
    if (!names.includes(device.name)) names.push(device.name);
    out.set(r.from_entity_id, names);
  }
  return out;
}

/** The proposal's targets as the expected set names them: a proposal of one automation counts as the devices it
 *  automates when those are exactly the expected targets (the set listed what running it acts on). */
function sameTargets(targets: ReadonlyArray<{ id: string; name: string; entity_type: string }>, expected: readonly string[], automated?: AutomatedDevices): boolean {
  const want = JSON.stringify([...expected].sort());
  if (JSON.stringify(targets.map((t) => t.name).sort()) === want) return true;
  const only = targets.length === 1 ? targets[0] : undefined;
  if (!only || only.entity_type !== 'automation' || expected.includes(only.name)) return false;
  const devices = automated?.get(only.id);
  return devices !== undefined && JSON.stringify([...devices].sort()) === want;
}

export function missOf(q: Question, a: ResponderAnswer | undefined, automated?: AutomatedDevices): Miss {
  if (!a) return 'honest';
  if (a.proposal) {
    const e = q.expect;
    const same = e.kind === 'proposal' && sameTargets(a.proposal.targets, e.targets, automated);
    return same && a.proposal.tier > e.tier ? 'cautious tier' : 'wrong proposal';
  }
  if (HONEST.test(a.text)) return 'honest';
  if (q.expect.kind !== 'none' && !acceptsNone(q.expect) && NEGATIVE.test(a.text)) return 'wrong none';
  return 'off-target';
}

/** A set that lists "none" among the words of a right answer ("açık olan klima var mı": yok, hiçbiri, none) expects
 *  an answer saying there are none, in any language: a reply that opens with English "No …" / "None" says it. */
function acceptsNone(e: Question['expect']): boolean {
  return e.kind === 'mentions' && e.text_any.some((t) => t.trim().toLowerCase() === 'none');
}
const OPENS_NONE = /^(no|none|nothing)(?![\p{L}\p{N}_])/iu;

/** Why an answer fails its expectation, or undefined when it passes. */
export function grade(q: Question, a: ResponderAnswer | undefined, secrets: readonly string[] = [], automated?: AutomatedDevices): string | undefined {
  if (!a) return 'declined (no offline answer)';
  const cited = new Set(a.citations.map((c) => c.name));
  const e = q.expect;
  switch (e.kind) {
    case 'entities': {
      const missing = e.must_include.filter((n) => !cited.has(n));
      if (missing.length) return `missing ${missing.join(', ')}`;
      const wrong = (e.must_not_include ?? []).filter((n) => cited.has(n));
      if (wrong.length) return `should not include ${wrong.join(', ')}`;
      if (e.count !== undefined && !new RegExp(`\\b${e.count}\\b`).test(a.text)) {
        const places = new Set(['home', 'zone']);
        const counted = a.citations.filter((c) => !places.has(c.entity_type) && (c.entity_type !== 'room' || e.must_include.length === 0 || a.citations.filter((x) => x.entity_type === 'room').length > 1)).length;
        if (counted !== e.count) return `count ${e.count} not stated (cited ${counted})`;
      }
      return undefined;
    }
    case 'mentions':
      if (acceptsNone(e) && !a.proposal && OPENS_NONE.test(a.text.trim())) return undefined;
      return e.text_any.some((t) => a.text.toLowerCase().includes(t.toLowerCase())) ? undefined : `text lacks any of ${e.text_any.join(' | ')}`;
    case 'none':
      if (a.proposal) return 'proposed an action';
      return NEGATIVE.test(a.text) ? undefined : 'does not say there is none';
    case 'proposal': {
      if (!a.proposal) return 'no proposal';
      const targets = a.proposal.targets.map((t) => t.name).sort();
      if (!sameTargets(a.proposal.targets, e.targets, automated)) return `targets ${targets.join(', ')}`;
      return a.proposal.tier === e.tier ? undefined : `tier ${a.proposal.tier}`;
    }
    case 'clarify': {
      if (a.proposal) return 'proposed instead of asking';
      const missing = e.options.filter((o) => !a.text.includes(o));
      return missing.length ? `clarify lacks ${missing.join(', ')}` : undefined;
    }
    case 'private_note': {
      const leaked = secrets.some((secret) => a.text.includes(secret));
      if (leaked) return 'leaked private text to a guest';
      return /private/i.test(a.text) ? undefined : 'does not say the note is private';
    }
  }
}
