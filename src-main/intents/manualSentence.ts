// "how do you put the child lock on", "how do i clean the oven": a manual often says it in one sentence ("Child lock:
// hold the key symbol for 4 seconds.", "use EasyClean with 0.4 L water") where no procedure is about the task. The
// sentence must hold every word of the task that is not a bare verb ("put", "get"), so a stray word is never it.
import type { Entity } from '../../src-shared/protocol/entities';
import { textOf } from './answerGraphSearch';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { tokenize } from './normalizeText';
import { stemMatch } from './procedureFit';
import { sentencesOf } from './sentences';
import { BARE_VERBS, taskVerb } from './taskVerbs';


export interface ManualSentence {
  manual: Entity;
  sentence: string;
  /** Task words the sentence holds. */
  covered: number;
}

export const manualsOf = perSnapshot((snapshot: HomeSnapshot): Entity[] => [...snapshot.byId.values()].filter((e) => e.entity_type === 'manual'));

function keysOf(text: string): string[] {
  return tokenize(text).map((t) => taskVerb(t.key) ?? t.key);
}

/** A manual's sentences with their keys, once per entity object (every how-to question reads every manual). */
const keyedSentences = perSnapshot((manual: Entity): ReadonlyArray<{ sentence: string; keys: readonly string[] }> =>
  sentencesOf(textOf(manual)).map((sentence) => ({ sentence, keys: keysOf(sentence) })));

/** A procedure's name and text keyed, once per entity object. */
const procedureKeys = perSnapshot((procedure: Entity): readonly string[] => keysOf(`${procedure.name}\n${textOf(procedure)}`));

/** The words of `wanted` (task keys, device name words left out) that say what is to be done. */
export function taskContent(wanted: readonly string[]): string[] {
  return wanted.filter((k) => !BARE_VERBS.has(k));
}

/**
 * The manual sentence holding every content word of the task, among `manuals` (or every manual of the home when
 * none are given, then with two words at least: one word over every manual is no evidence).
 */
export function manualSentenceFor(snapshot: HomeSnapshot, wanted: readonly string[], manuals?: readonly Entity[]): ManualSentence | undefined {
  const content = taskContent(wanted);
  const pool = manuals ?? manualsOf(snapshot);
  if (content.length === 0 || (manuals === undefined && content.length < 2)) return undefined;
  let best: ManualSentence | undefined;
  for (const manual of pool) {
    for (const { sentence, keys } of keyedSentences(manual)) {
      const covered = content.filter((w) => keys.some((k) => stemMatch(k, w))).length;
      if (covered < content.length) continue;
      // Facts come with numbers ("4 seconds", "0.4 L"): of two sentences that hold the words, the one with a number.
      if (!best || (/\d/.test(sentence) && !/\d/.test(best.sentence))) best = { manual, sentence, covered };
    }
  }
  return best;
}

/** How many content words of the task a procedure's name and steps hold. */
export function procedureCovers(procedure: Entity, wanted: readonly string[]): number {
  const keys = procedureKeys(procedure);
  return taskContent(wanted).filter((w) => keys.some((k) => stemMatch(k, w))).length;
}

/**
 * A procedure for devices of another kind than the one asked about ("how do i clean the oven" is never "Empty the
 * robot hoover", linked to the hoover). Unlinked procedures and devices of no specific kind can't be told apart: kept.
 */
export function forAnotherKind(snapshot: HomeSnapshot, procedure: Entity, device: Entity, specific: (kind: string) => boolean): boolean {
  const linked = snapshot.devicesOfDoc.get(procedure.id) ?? [];
  if (linked.length === 0 || linked.some((d) => d.id === device.id)) return false;
  const own = [...(snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])].filter(specific);
  if (own.length === 0) return false;
  return !linked.some((d) => [...(snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])].some((k) => own.includes(k)));
}
