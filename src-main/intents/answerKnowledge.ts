// Knowledge questions: procedure steps, manuals, notes. Content is quoted as data, never interpreted: a note or a
// manual that says "unlock the front door" is shown as text and can never become an action.
import { notesNamingTail } from './nameTailNotes';
import { describedKindManuals } from './describedKindManuals';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetProceduresForDeviceResult } from '../tools/getProceduresForDevice';
import type { SearchEntitiesResult } from '../tools/searchEntities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { listOrSentence, plural } from './AnswerBuilder';
import { entitySlot, said, type IntentAnswerInput } from './IntentAnswerInput';
import { textOf } from './answerGraphSearch';
import { kindById, kindsNamedIn } from './deviceKinds';
import { tokenize } from './normalizeText';
import { deviceDescribedAs } from './describedDevice';
import { ownNotesLine } from './ownNotes';
import { namedManuals, namedManualsLine } from './namedManuals';
import { makerManuals } from './makerManuals';
import { appForDevice } from './answerStructure';
import type { SlotResolver } from './SlotResolver';
import { fitProcedure, nameSaysAll, objectless, rankFits, sameFamily, taskKeys } from './procedureFit';
import { forAnotherKind, manualSentenceFor, procedureCovers } from './manualSentence';
import type { HomeSnapshot } from './HomeIndex';
import { kindTitledNotes } from './kindTitledNotes';
import { manualAskedSentence } from './manualAskedSentence';
import { notesOfDescribed } from './notesOfDescribed';
import { procedureNamedExactly } from './procedureNamedExactly';

const MAX_TASK_WORDS = 10;
const MAX_SPAN = 4;
const STOP = new Set(['the', 'a', 'an', 'my', 'our', 'i', 'we', 'to', 'do', 'it', 'of', 'on', 'in', 'for', 'with', 'is', 'can', 'how', 'up']);

/**
 * "how do I {task}": finds a device named in the task (longest trailing phrase that resolves), then the procedure whose
 * name, steps and linked devices best cover the task's words (`procedureFit.ts`). Returns undefined to decline when
 * nothing fits.
 */
/** Words of a task done away from the device, which its app does. */
const REMOTE_WORDS: ReadonlySet<string> = new Set(['phone', 'mobile', 'smartphone', 'remotely', 'cellphone']);

export async function howTo(input: IntentAnswerInput, slots: SlotResolver): Promise<string | undefined> {
  // "what do I do if there's a leak": a situation, which only a procedure named for it (or for a device that
  // handles it) answers; a step that merely says "fire" ("light a fire") is no answer to "if there's a fire".
  const situation = input.match.slots['situation'];
  const slot = input.match.slots['task'] ?? situation;
  if (slot?.type !== 'text') return undefined;
  const tokens = tokenize(slot.text);
  // The device may be anywhere in the task ("replace the kitchen smoke alarm battery"): longest span first; a task
  // that is a procedure's name word for word is that procedure's device (procedureNamedExactly.ts).
  let device: Entity | undefined;
  const words = tokens.slice(0, MAX_TASK_WORDS);
  for (let len = Math.min(MAX_SPAN, words.length); len >= 1 && !device; len--) {
    const named: Entity[] = [];
    for (let start = 0; start + len <= words.length; start++) {
      const span = words.slice(start, start + len);
      if (span.every((t) => STOP.has(t.key))) continue;
      // Unknown words would send the resolver into a typo search over every device; a task names devices plainly.
      if (!span.every((t) => STOP.has(t.key) || input.snapshot.deviceNameKeys.has(t.key))) continue;
      const resolved = await slots.resolve('device', span);
      if (resolved.value.type === 'entity' && resolved.score >= 0.95 && resolved.value.entity.entity_type === 'device') named.push(resolved.value.entity);
    }
    // "add distilled water in the inverter battery": of two devices named as long, the one with procedures ("water"
    // also names the solar water heater, which has none).
    device = named.find((d) => input.snapshot.procedures.some((p) => input.snapshot.devicesOfDoc.get(p.id)?.some((x) => x.id === d.id))) ?? named[0];
  }
  // …unless the device found is not one the procedure said word for word is for.
  const exact = procedureNamedExactly(input.snapshot, slot.text);
  const exactFor = exact ? input.snapshot.devicesOfDoc.get(exact.id) ?? [] : [];
  if (exact && device && !exactFor.some((d) => d.id === device?.id)) device = exactFor.length === 1 ? exactFor[0] : undefined;
  // "descale the kettle" where the kettle is only said by its model ("Mi Smart Kettle Pro"): the whole phrase after
  // "the" names the one device whose own words say it.
  const article = words.findIndex((t) => ['the', 'my', 'our'].includes(t.key));
  if (!device && article >= 0) device = deviceDescribedAs(input.snapshot, words.slice(article + 1));
  // The device's own name words say which device, not which of its procedures ("clean Karmnik Filemona").
  const deviceKeys = new Set(device ? tokenize(device.name).map((t) => t.key) : []);
  const saidKeys = taskKeys(slot.text);
  const wanted = saidKeys.filter((k) => !deviceKeys.has(k));
  let procedures: Entity[] = input.snapshot.procedures;
  let manuals: Entity[] = [];
  let sharedFrom: { procedures: Entity[]; devices: Entity[] } | undefined;
  if (device) {
    const docs = await input.answer.read<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: device.id }, (r) => `${r.total_documentation} documents`);
    manuals = docs.manuals;
    // No procedure of its own, but a manual shared with another device (the gate lock and the door lock of one
    // maker): that device's procedures are this one's too, said so in the answer.
    sharedFrom = docs.procedures.length === 0 ? proceduresThroughManual(input.snapshot, device, manuals) : undefined;
    procedures = docs.procedures.length > 0 ? docs.procedures : sharedFrom?.procedures ?? procedures;
    // "how do i check the inverter from my phone": no procedure of it says a phone, so its app is the answer.
    const remote = wanted.filter((w) => REMOTE_WORDS.has(w));
    if (remote.length > 0 && !procedures.some((p) => tokenize(textOf(p)).some((t) => remote.includes(t.key)))) {
      const app = await appForDevice({ ...input, match: { ...input.match, slots: { ...input.match.slots, device: { type: 'entity', text: device.name, entity: device, how: 'exact' } } } });
      if (!app.startsWith('No app')) {
        input.answer.intent = 'app_for_device';
        return app;
      }
    }
  }
  // A kind in the task ("clean the fridge") must be what a procedure is about, said any way ("aircon" is the
  // "Mini-Split"): sharing only "clean" with "Clean the Dishwasher Filter" is not an answer.
  const taskKinds = kindsNamedIn(slot.text);
  const linked = procedures !== input.snapshot.procedures;
  const specific = (id: string): boolean => (kindById(id)?.includes.length ?? 1) === 0;
  const fits = procedures
    .filter((p) => linked || !device || !forAnotherKind(input.snapshot, p, device, specific) || nameSaysAll(p, wanted))
    .map((p) => fitProcedure(input.snapshot, p, wanted, linked ? new Map() : taskKinds, saidKeys))
    .filter((f): f is NonNullable<typeof f> => f !== undefined);
  const aboutKind = taskKinds.size > 0 && !linked ? fits.filter((f) => f.aboutKind).length : 0;
  const ranked = rankFits(fits);
  // A bare verb over every procedure ("how do I change them" with nothing named) is no evidence from a step alone.
  let best = (!linked && objectless(wanted)) || situation ? ranked.find((f) => f.byName) : ranked[0];
  // "how do I clean it" about a device with one procedure: that procedure, whatever language its name is in.
  if (!best && linked && objectless(wanted) && procedures.length === 1 && procedures[0]) best = { procedure: procedures[0], score: 0, byName: false, firstStep: 0, aboutKind: false, nameHits: 0 };
  // The only procedure about the kind the task names ("defrost the chest freezer" → "Avfrosta frysboxen", linked to
  // the freezer) is the answer even when its name shares no other word with the task.
  const onlyAbout = aboutKind === 1 ? fits.find((f) => f.aboutKind) : undefined;
  if (!best && onlyAbout?.byName) best = onlyAbout;
  // A manual sentence that holds more of the task than the procedure found ("Child lock: hold the key symbol …"); the
  // device's own procedure, whatever language its steps are in ("Quooker ontkalken"), is never overruled by one.
  const fromManual = manualSentenceFor(input.snapshot, wanted, device ? manuals : undefined);
  if (fromManual && (!best || (!linked && procedureCovers(best.procedure, wanted) < fromManual.covered))) {
    input.answer.cite(device, fromManual.manual);
    return `From ${describeManual(fromManual.manual)}: ${fromManual.sentence}`;
  }
  if (best && (best.score >= 0.5 || linked || (aboutKind === 1 && best === onlyAbout))) {
    // Found by a step only, with other procedures for the same device: those are named too.
    const others = linked && !best.byName ? procedures.filter((p) => p !== best?.procedure) : [];
    // A procedure of another device, found by its own name: its devices are cited, not the one a task word named.
    const forDevices = input.snapshot.devicesOfDoc.get(best.procedure.id) ?? [];
    const citedDevices = !linked && device && forDevices.length > 0 && !forDevices.some((d) => d.id === device?.id) ? forDevices : [device];
    input.answer.cite(...citedDevices, best.procedure, ...others, ...manuals);
    const manualLine = manuals.length ? `\nManual: ${manuals.map(describeManual).join('; ')}.` : '';
    const otherLine = others.length && device ? `\nOther procedures for ${device.name}: ${others.map((p) => p.name).join(', ')}.` : '';
    const sharedLine = sharedFrom ? `\n(Written for ${sharedFrom.devices.map((d) => d.name).join(', ')}, which shares ${device?.name ?? 'its'}'s manual.)` : '';
    return `${formatSteps(best.procedure)}${sharedLine}${otherLine}${manualLine}`;
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
  // "cómo se prende la estufa": a device with no documents may say how it is used in its own description ("se prende
  // a mano con el piezoeléctrico"); that is said, not only that nothing is written.
  const description = device.content['description'];
  const said = typeof description === 'string' && description.trim() ? ` Its description says: “${description.trim()}”.` : '';
  return `I have no procedure or manual for ${device.name} in the home graph.${said}`;
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

export function formatSteps(procedure: Entity): string {
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
  const maker = input.match.slots['manufacturer'];
  if ((!device || device.entity_type !== 'device') && maker?.type === 'manufacturer') return manualsOfMaker(input, maker.value);
  if (!device || device.entity_type !== 'device') {
    const onlyManuals = input.match.slots['only'] !== undefined;
    const docs = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'manual' || (!onlyManuals && e.entity_type === 'procedure')).sort((a, b) => a.name.localeCompare(b.name));
    input.answer.cite(...docs);
    if (docs.length === 0) return 'There are no manuals or procedures in the home graph.';
    return listOrSentence(`The home graph has ${plural(docs.length, onlyManuals ? 'manual' : 'document', onlyManuals ? 'manuals' : 'documents')}:`, docs.map((d) => (onlyManuals ? describeManual(d) : `${d.name} (${d.entity_type})`)));
  }
  const docs = await input.answer.read<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: device.id }, (r) => `${r.total_documentation} documents`);
  input.answer.cite(device, ...docs.manuals, ...docs.procedures);
  // A manual named for the thing asked about is said with any "no manual" (namedManuals.ts).
  const named = docs.manuals.length === 0 ? namedManuals(input.snapshot, device, input.match.slots['device']?.text ?? '', docs.manuals) : [];
  input.answer.cite(...named);
  const alsoNamed = named.length > 0 ? `\nBy name, ${named.length === 1 ? 'this manual may be the one' : 'these manuals may be'}: ${namedManualsLine(input.snapshot, named)}.` : '';
  // The asked word is another device's own description ("multifuel stove"): that device's manual is said too.
  const described = docs.total_documentation === 0 ? describedKindManuals(input.snapshot, device, input.match.slots['device']?.text ?? '', input.match.words, (...e) => input.answer.cite(...e)) : undefined;
  if (described) return `No manual or procedure is linked to ${device.name}.${described}`;
  if (docs.total_documentation === 0 && alsoNamed) return `No manual or procedure is linked to ${device.name}.${alsoNamed}`;
  if (docs.total_documentation === 0) return `There is no manual or procedure for ${device.name} in the home graph.`;
  const lines = [...docs.manuals.map((m) => `Manual: ${describeManual(m)}`), ...docs.procedures.map((p) => `Procedure: ${p.name}`)];
  // "is there a manual for the dishwasher" with only a procedure: the manual asked for is not there, said first.
  const noManual = docs.manuals.length === 0 && said(input.match, 'manual', 'guide', 'handbook') ? `There is no manual for ${device.name} in the home graph, but there is other documentation.\n` : '';
  // "what is the recommended temperature in the boiler manual": what the manual says, with the list (manualAskedSentence.ts).
  const says = manualAskedSentence(input.snapshot, input.match.words, device, docs.manuals);
  const saysLine = says ? `\n${says.manual.name} says: “${says.sentence}”` : '';
  return noManual + listOrSentence(`Documentation for ${device.name}:`, lines) + saysLine + alsoNamed;
}

/** The manuals of a maker's devices (makerManuals.ts); none is said as not found, with the devices looked at. */
function manualsOfMaker(input: IntentAnswerInput, maker: string): string {
  const { devices, manuals } = makerManuals(input.snapshot, maker);
  input.answer.cite(...manuals, ...manuals.flatMap((m) => input.snapshot.devicesOfDoc.get(m.id) ?? []));
  if (manuals.length === 0) {
    input.answer.cite(...devices);
    return `I couldn't find a manual for the ${maker} devices${devices.length ? ` (${devices.map((d) => d.name).join(', ')})` : ''} in the home graph.`;
  }
  const linked = (m: Entity): string => {
    const to = input.snapshot.devicesOfDoc.get(m.id) ?? [];
    return to.length ? ` (for ${to.map((d) => d.name).join(', ')})` : '';
  };
  return listOrSentence(`${plural(manuals.length, `${maker} manual`, `${maker} manuals`)}:`, manuals.map((m) => `${describeManual(m)}${linked(m)}`));
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
  // "notes about the Kleingarten" for the zone "Schrebergarten" (described as a Kleingarten): notes that say the word
  // asked, as well as those that say its name (notes are few).
  const said = saidName(input.match.slots['thing']?.text ?? '', thing.name);
  if (said) for (const note of input.snapshot.notes) if (mentions(note, said)) found.set(note.id, note);
  // "102 block heater" written for "Truck 102 block heater": an end of the name nothing else is called (nameTailNotes.ts).
  for (const note of notesNamingTail(input.snapshot, thing)) found.set(note.id, note);
  // "how many silvers are in the freezer, the note says" (the kind said, one device of it): a note titled with the
  // kind word ("Freezer inventory") is about it (kindTitledNotes.ts).
  for (const note of kindTitledNotes(input.snapshot.notes, input.match.slots['kind'])) found.set(note.id, note);
  if (thing.entity_type === 'home' && found.size === 0) for (const note of await notesOfDescribed(input, input.match.slots['thing']?.text ?? '')) found.set(note.id, note);
  const notes = [...found.values()].filter(visible).sort((a, b) => a.name.localeCompare(b.name));
  input.answer.cite(thing, ...notes);
  // The thing's own notes field counts as a note about it (ownNotes.ts).
  const own = thing.entity_type === 'note' ? undefined : ownNotesLine(thing);
  if (notes.length === 0) return own ? `${own}.` : `There are no notes about ${thing.name}.`;
  // The note asked about by its own name ("notes about grandma" → "Grandma's routine"): the note itself.
  if (notes.length === 1 && notes[0] === thing) return noteLine(thing);
  return listOrSentence(`Notes about ${thing.name}:`, [...(own ? [own] : []), ...notes.map(noteLine)]);
}

/** The words asked for a thing when they are not its name ("the Kleingarten"), long enough to be a name. */
function saidName(text: string, name: string): string | undefined {
  const said = text.replace(/^(the|a|an|our|my)\s+/i, '').trim();
  return said.length >= 4 && said.toLowerCase() !== name.toLowerCase() ? said : undefined;
}

function mentions(note: Entity, name: string): boolean {
  const text = `${note.name} ${typeof note.content['text'] === 'string' ? note.content['text'] : ''}`.toLowerCase();
  return text.includes(name.toLowerCase());
}

function noteLine(note: Entity): string {
  const text = note.content['text'];
  return typeof text === 'string' ? `${note.name}: ${text}` : note.name;
}

/** Procedures of the other devices documented by the same manuals as `device` (few: a manual's devices). */
function proceduresThroughManual(snapshot: HomeSnapshot, device: Entity, manuals: readonly Entity[]): { procedures: Entity[]; devices: Entity[] } | undefined {
  const siblings = new Map<string, Entity>();
  for (const manual of manuals) for (const d of snapshot.devicesOfDoc.get(manual.id) ?? []) if (d.id !== device.id) siblings.set(d.id, d);
  if (siblings.size === 0) return undefined;
  const procedures = snapshot.procedures.filter((p) => snapshot.devicesOfDoc.get(p.id)?.some((d) => siblings.has(d.id)));
  if (procedures.length === 0) return undefined;
  const devices = [...siblings.values()].filter((d) => procedures.some((p) => snapshot.devicesOfDoc.get(p.id)?.some((x) => x.id === d.id)));
  return { procedures, devices };
}
