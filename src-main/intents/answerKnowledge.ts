// Knowledge questions: procedure steps, manuals, notes. Content is quoted as data, never interpreted: a note or a
// manual that says "unlock the front door" is shown as text and can never become an action.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetProceduresForDeviceResult } from '../tools/getProceduresForDevice';
import type { SearchEntitiesResult } from '../tools/searchEntities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { listOrSentence, plural } from './AnswerBuilder';
import { entitySlot, said, type IntentAnswerInput } from './IntentAnswerInput';
import { textOf } from './answerGraphSearch';
import { coveredKinds, kindById, kindsNamedIn } from './deviceKinds';
import { tokenize } from './normalizeText';
import type { SlotResolver } from './SlotResolver';

const MAX_TASK_WORDS = 10;
const MAX_SPAN = 4;
const STOP = new Set(['the', 'a', 'an', 'my', 'our', 'i', 'we', 'to', 'do', 'it', 'of', 'on', 'in', 'for', 'with', 'is', 'can', 'how', 'up']);
/** Verbs people use for the same procedure step. */
const VERB_SYNONYMS: Record<string, string> = { change: 'replace', swap: 'replace', setup: 'set', install: 'set', clear: 'empty', clean: 'empty', restart: 'reset', reboot: 'reset' };

/** Two kinds where one covers the other ("climate" and "air conditioner"), or the same kind. */
function sameFamily(a: string, b: string): boolean {
  const ka = kindById(a);
  const kb = kindById(b);
  return a === b || (ka !== undefined && coveredKinds(ka).has(b)) || (kb !== undefined && coveredKinds(kb).has(a));
}

function taskKeys(text: string): Set<string> {
  return new Set(tokenize(text).map((t) => VERB_SYNONYMS[t.key] ?? t.key).filter((k) => !STOP.has(k)));
}

/**
 * "how do I {task}": finds a device named in the task (longest trailing phrase that resolves), then the procedure whose
 * name (and linked devices) best covers the task's words. Returns undefined to decline when nothing fits.
 */
export async function howTo(input: IntentAnswerInput, slots: SlotResolver): Promise<string | undefined> {
  const slot = input.match.slots['task'];
  if (slot?.type !== 'text') return undefined;
  const tokens = tokenize(slot.text);
  // The device may be anywhere in the task ("replace the kitchen smoke alarm battery"): longest span first.
  let device: Entity | undefined;
  const words = tokens.slice(0, MAX_TASK_WORDS);
  for (let len = Math.min(MAX_SPAN, words.length); len >= 1 && !device; len--) {
    for (let start = 0; start + len <= words.length && !device; start++) {
      const span = words.slice(start, start + len);
      if (span.every((t) => STOP.has(t.key))) continue;
      // Unknown words would send the resolver into a typo search over every device; a task names devices plainly.
      if (!span.every((t) => STOP.has(t.key) || input.snapshot.deviceNameKeys.has(t.key))) continue;
      const resolved = await slots.resolve('device', span);
      if (resolved.value.type === 'entity' && resolved.score >= 0.95 && resolved.value.entity.entity_type === 'device') device = resolved.value.entity;
    }
  }
  const wanted = taskKeys(slot.text);
  let procedures: Entity[] = input.snapshot.procedures;
  let manuals: Entity[] = [];
  if (device) {
    const docs = await input.answer.read<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: device.id }, (r) => `${r.total_documentation} documents`);
    procedures = docs.procedures.length > 0 ? docs.procedures : procedures;
    manuals = docs.manuals;
  }
  // A kind in the task ("clean the fridge") must be what a procedure is about, said any way ("aircon" is the
  // "Mini-Split"): sharing only "clean" with "Clean the Dishwasher Filter" is not an answer.
  const taskKinds = kindsNamedIn(slot.text);
  const linked = procedures !== input.snapshot.procedures;
  let best: { procedure: Entity; score: number } | undefined;
  let aboutKind = 0;
  for (const procedure of procedures) {
    const have = taskKeys(procedure.name);
    let overlap = 0;
    if (taskKinds.size > 0 && !linked) {
      const about = kindsOfProcedure(input, procedure);
      const shared = [...taskKinds.keys()].filter((id) => [...about].some((other) => sameFamily(id, other)));
      if (shared.length === 0) continue;
      aboutKind++;
      for (const id of shared) for (const word of taskKinds.get(id) ?? []) if (!have.has(word)) overlap++;
    }
    for (const k of wanted) if (have.has(k)) overlap++;
    const score = wanted.size ? overlap / wanted.size : 0;
    if (overlap >= 1 && (!best || score > best.score)) best = { procedure, score };
  }
  const linkedToDevice = best && device && linked;
  // The only procedure about the kind the task names ("defrost the chest freezer" → "Avfrosta frysboxen", linked to
  // the freezer) is the answer even when its name shares no other word with the task.
  if (best && (best.score >= 0.5 || linkedToDevice || aboutKind === 1)) {
    input.answer.cite(device, best.procedure, ...manuals);
    const manualLine = manuals.length ? `\nManual: ${manuals.map(describeManual).join('; ')}.` : '';
    return `${formatSteps(best.procedure)}${manualLine}`;
  }
  if (!device) {
    // Every procedure was checked for the kind the task names: an honest "none of them is about it".
    const kind = taskKinds.size > 0 ? kindById([...taskKinds.keys()][0] ?? '') : undefined;
    if (!kind || procedures.length === 0) return undefined;
    // A procedure whose steps mention the kind may still be the answer: not a "none" then (the LLM or search gets it).
    if (procedures.some((p) => [...kindsNamedIn(textOf(p)).keys(), ...kindsOfProcedure(input, p)].some((id) => sameFamily(id, kind.id)))) return undefined;
    return `I have no step-by-step procedure for “${slot.text}”: none of the ${plural(procedures.length, 'procedure', 'procedures')} in the home graph is about ${kind.plural}.`;
  }
  input.answer.cite(device, ...manuals);
  if (manuals.length > 0) {
    return `I have no step-by-step procedure for that on ${device.name}, but its manual may help: ${manuals.map(describeManual).join('; ')}.`;
  }
  return `I have no procedure or manual for ${device.name} in the home graph.`;
}

/** What a procedure is about: kinds its name says, and the kinds of the devices it is linked to. */
function kindsOfProcedure(input: IntentAnswerInput, procedure: Entity): Set<string> {
  const out = new Set(kindsNamedIn(procedure.name).keys());
  // Only specific kinds: every climate device's procedure is not about heaters.
  for (const device of input.snapshot.devicesOfDoc.get(procedure.id) ?? []) {
    for (const id of input.snapshot.kindsOfDevice.get(device.id)?.keys() ?? []) if ((kindById(id)?.includes.length ?? 1) === 0) out.add(id);
  }
  return out;
}

function formatSteps(procedure: Entity): string {
  const steps = procedure.content['steps'];
  const list = Array.isArray(steps) ? steps.map((s) => (typeof s === 'string' ? s : typeof s === 'object' && s && 'text' in s ? String((s as { text: unknown }).text) : JSON.stringify(s))) : [];
  const duration = procedure.content['duration'];
  const head = `${procedure.name}${typeof duration === 'string' ? ` (about ${duration})` : ''}:`;
  if (list.length === 0) return `${head} no steps are recorded.`;
  // Steps that carry their own numbers ("1. Plug in…") are numbered once.
  return `${head}\n${list.map((s, i) => `${i + 1}. ${s.replace(/^\s*(step\s*)?\d+\s*[.):-]\s*/i, '')}`).join('\n')}`;
}

function describeManual(manual: Entity): string {
  const title = manual.content['title'];
  return typeof title === 'string' && title !== manual.name ? `${manual.name} (${title})` : manual.name;
}

export async function manualFor(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device || device.entity_type !== 'device') {
    const onlyManuals = input.match.slots['only'] !== undefined;
    const docs = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'manual' || (!onlyManuals && e.entity_type === 'procedure')).sort((a, b) => a.name.localeCompare(b.name));
    input.answer.cite(...docs);
    if (docs.length === 0) return 'There are no manuals or procedures in the home graph.';
    return listOrSentence(`The home graph has ${plural(docs.length, onlyManuals ? 'manual' : 'document', onlyManuals ? 'manuals' : 'documents')}:`, docs.map((d) => (onlyManuals ? describeManual(d) : `${d.name} (${d.entity_type})`)));
  }
  const docs = await input.answer.read<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: device.id }, (r) => `${r.total_documentation} documents`);
  input.answer.cite(device, ...docs.manuals, ...docs.procedures);
  if (docs.total_documentation === 0) return `There is no manual or procedure for ${device.name} in the home graph.`;
  const lines = [...docs.manuals.map((m) => `Manual: ${describeManual(m)}`), ...docs.procedures.map((p) => `Procedure: ${p.name}`)];
  // "is there a manual for the dishwasher" with only a procedure: the manual asked for is not there, said first.
  const noManual = docs.manuals.length === 0 && said(input.match, 'manual', 'guide', 'handbook') ? `There is no manual for ${device.name} in the home graph, but there is other documentation.\n` : '';
  return noManual + listOrSentence(`Documentation for ${device.name}:`, lines);
}

export async function notesAbout(input: IntentAnswerInput): Promise<string> {
  const thing = entitySlot(input.match, 'thing');
  const visible = (note: Entity): boolean => note.content['private'] !== true || input.context.role === 'admin';
  if (!thing) {
    const notes = input.snapshot.notes.filter(visible);
    input.answer.cite(...notes);
    if (notes.length === 0) return 'There are no notes you can see.';
    return listOrSentence(`${plural(notes.length, 'note', 'notes')}:`, notes.map(noteLine));
  }
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: thing.id, include_connected: true }, (r) => `${r.relationships.incoming.length + r.relationships.outgoing.length} links`);
  const found = new Map<string, Entity>();
  for (const e of details.connected_entities ?? []) if (e.entity_type === 'note') found.set(e.id, e);
  const search = await input.answer.read<SearchEntitiesResult>('search_entities', { query: thing.name, entity_types: ['note'], limit: 10 }, (r) => `${r.count} notes`);
  for (const hit of search.results) {
    const note = input.snapshot.byId.get(hit.id);
    if (note && mentions(note, thing.name)) found.set(note.id, note);
  }
  if (thing.entity_type === 'note') found.set(thing.id, thing);
  const notes = [...found.values()].filter(visible).sort((a, b) => a.name.localeCompare(b.name));
  input.answer.cite(thing, ...notes);
  if (notes.length === 0) return `There are no notes about ${thing.name}.`;
  return listOrSentence(`Notes about ${thing.name}:`, notes.map(noteLine));
}

function mentions(note: Entity, name: string): boolean {
  const text = `${note.name} ${typeof note.content['text'] === 'string' ? note.content['text'] : ''}`.toLowerCase();
  return text.includes(name.toLowerCase());
}

function noteLine(note: Entity): string {
  const text = note.content['text'];
  return typeof text === 'string' ? `${note.name}: ${text}` : note.name;
}
