// Automation questions the templates had no way in for: every automation of the home, and what one automation acts
// on ("What does Vacation Mode manage?"), from its outgoing automates/controls/manages edges and its trigger.
import { clockFieldSaid, nextEventSaid } from './nextEventField';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames, listOrSentence, plural } from './AnswerBuilder';
import { describeSchedule } from './answerStructure';
import { CUES } from './cueWords';
import { entitySlot, said, type IntentAnswerInput } from './IntentAnswerInput';
import { timedFor } from './scheduleAsked';
import { linkedDocSentence } from './linkedDocSentence';
import { otherNamedNote } from './otherNamedNote';
import { namedNoteSentence } from './notesNamedFor';
import { datedNoteSentence, writtenDateAsked } from './datedNoteSentence';
import { lastEventAsked } from './pastEvents';
import { scheduleNamedBy } from './namedSchedule';
import { describeTrigger } from './triggerText';
import { devicesNamingDoor } from './deviceNamingDoor';
import { schedulesOfControlled, schedulesOfController } from './controlledSchedules';

const ACTS_ON = new Set(['automates', 'controls', 'manages', 'triggered_by', 'depends_on', 'monitors']);

export async function listAutomations(input: IntentAnswerInput): Promise<string> {
  const every = [...input.snapshot.automations].sort((a, b) => a.name.localeCompare(b.name));
  // "which automations are disabled", "which one is off" after the list: only those switched off (or only the others).
  const only = onlyAsked(input.match);
  const all = only === undefined ? every : every.filter((a) => (a.content['enabled'] === false) === (only === 'disabled'));
  if (only && all.length === 0) {
    input.answer.cite(...every);
    return every.length === 0 ? 'There are no automations or schedules in this home.' : `None of the ${every.length} automations and schedules is ${only}.`;
  }
  input.answer.cite(...all);
  if (all.length === 0) return 'There are no automations or schedules in this home.';
  const automations = all.filter((a) => a.entity_type === 'automation');
  const schedules = all.filter((a) => a.entity_type === 'schedule');
  const parts: string[] = [];
  if (automations.length) parts.push(listOrSentence(`${plural(automations.length, 'automation', 'automations')}${only ? ` ${only}` : ''}:`, automations.map(describe)));
  if (schedules.length) parts.push(listOrSentence(`${plural(schedules.length, 'schedule', 'schedules')}${only ? ` ${only}` : ''}:`, schedules.map(describe)));
  return parts.join('\n');
}

export async function automationTargets(input: IntentAnswerInput): Promise<string> {
  const automation = entitySlot(input.match, 'automation');
  if (!automation) return '';
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: automation.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const targets: Entity[] = [];
  for (const edge of details.relationships.outgoing) {
    const to = byId.get(edge.to_entity_id);
    if (to && ACTS_ON.has(edge.relationship_type) && !targets.includes(to)) targets.push(to);
  }
  input.answer.cite(automation, ...targets);
  // A schedule says when and how (days, time, duration, what it sets); an automation its trigger.
  const trigger = automation.entity_type === 'schedule' ? scheduleDetails(automation) : describeTrigger(automation);
  if (targets.length === 0) return `The home graph doesn't link ${automation.name} to any device${trigger ? `; ${trigger}` : ''}.`;
  // What it does to each ("set temperature 17", "turn on, speed turbo"): "what does leaving home do to the heating".
  const lines = targets.map((t) => {
    const where = input.snapshot.placeOfDevice.get(t.id);
    const does = actionOn(automation, t.name);
    return `${where ? `${t.name} (${where.name})` : t.name}${does ? ` → ${does}` : ''}`;
  });
  const head = `${automation.name} acts on ${plural(targets.length, 'thing', 'things')}${trigger ? ` (${trigger})` : ''}:`;
  return targets.length <= 4 ? `${head} ${joinNames(lines)}.` : listOrSentence(head, lines);
}

/** Whether the question asks only the disabled ones or only the enabled ones ("which are off", "which are active"). */
function onlyAsked(match: IntentAnswerInput['match']): 'disabled' | 'enabled' | undefined {
  // Only a question for the subset ("which …", "any … disabled"); "is the frost automation enabled" asks of one.
  if (!said(match, 'which', 'what', 'any', 'list', 'show')) return undefined;
  const asksState = said(match, 'is', 'are') && !said(match, 'turn', 'switch', 'switches', 'turns');
  if (said(match, 'disabled', 'inactive', 'paused') || (asksState && said(match, 'off'))) return 'disabled';
  if (said(match, 'enabled', 'active') || (asksState && said(match, 'on'))) return 'enabled';
  return undefined;
}

/** "mon, wed, sat at 06:00; duration minutes 20, skip if rain": the parentheses of describeSchedule. */
function scheduleDetails(schedule: Entity): string {
  const described = describeSchedule(schedule);
  const open = described.indexOf('(');
  return open >= 0 && described.endsWith(')') ? described.slice(open + 1, -1) : describeTrigger(schedule);
}

function describe(automation: Entity): string {
  const trigger = describeTrigger(automation);
  const text = automation.content['description'];
  const extra = [trigger, typeof text === 'string' ? text : ''].filter(Boolean).join('; ');
  return extra ? `${automation.name} (${extra})` : automation.name;
}

/** "when does the coffee machine come on?": the schedules that manage a device, else the automations acting on it. */
export async function whenForDevice(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device) return '';
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  // "when was the last delivery", "till when is the warranty": a date written in a note, not a timetable (unless the
  // device keeps that event in its own state: `last_run`).
  const words = input.match.words;
  const dated = writtenDateAsked(words) && !lastEventAsked(device, new Set(words)) ? datedNoteSentence(words, details.connected_entities ?? [], input.snapshot.notes) : undefined;
  if (dated) {
    input.answer.cite(device, dated.doc);
    return `From ${dated.doc.name}: “${dated.sentence}”`;
  }
  const schedules: Entity[] = [];
  const automations: Entity[] = [];
  const triggered: Entity[] = [];
  for (const edge of details.relationships.incoming) {
    const from = byId.get(edge.from_entity_id);
    if (!from) continue;
    if (from.entity_type === 'schedule' && (edge.relationship_type === 'manages' || edge.relationship_type === 'automates')) schedules.push(from);
    else if (from.entity_type === 'automation' && edge.relationship_type === 'automates') automations.push(from);
    else if ((from.entity_type === 'automation' || from.entity_type === 'schedule') && edge.relationship_type === 'triggered_by') triggered.push(from);
  }
  // A schedule that names the device in its content runs it too (namedRunners.ts).
  for (const r of input.snapshot.runnersOfDevice.get(device.id) ?? []) if (r.entity_type === 'schedule' && !schedules.includes(r)) schedules.push(r);
  // "what's the heating schedule" where "heating" resolved to a thermostat without one: the schedule named so.
  const askedSchedule = said(input.match, ...CUES.schedule) && !said(input.match, ...CUES.automation);
  const named = schedules.length === 0 && askedSchedule ? scheduleNamedBy(words, input.snapshot, device) : undefined;
  if (named) {
    input.answer.cite(named, device);
    return `${describeSchedule(named)}. ${device.name} has no schedule of its own.`;
  }
  // "a schedule for the heating" that is a thermostat: the schedules of the boiler it controls (controlledSchedules.ts).
  const driven = schedules.length === 0 && askedSchedule ? schedulesOfControlled(input.snapshot, details.relationships.outgoing, details.connected_entities ?? []) : [];
  if (driven.length > 0) {
    input.answer.cite(device, ...driven.flatMap((d) => [d.device, d.schedule]));
    return listOrSentence(`${device.name} has no schedule of its own; it controls`, driven.map((d) => `${d.device.name}, which runs on ${describeSchedule(d.schedule)}`));
  }
  const shown = schedules.length ? schedules : automations;
  input.answer.cite(device, ...shown, ...triggered);
  // "what happens when the leak sensor goes off": the automations this device sets off.
  const setsOff = triggered.length ? listOrSentence(`${device.name} sets off`, triggered.map((a) => `${a.name}${actionsOf(a)}`)) : '';
  if (shown.length === 0 && !setsOff) {
    // "till when is the AMC": what a linked note says in the question's own words, before "no schedule".
    const said = linkedDocSentence(input.match.words, device, details.connected_entities ?? []);
    if (said) input.answer.cite(said.doc);
    if (said) return `From ${said.doc.name}: “${said.sentence}”`;
    // "when does it run" with "it" a place (the home the last answer was in): schedules run devices, not places, so
    // nothing linked to the place is no evidence that nothing there runs on one.
    if (device.entity_type !== 'device' && input.byPronoun) return `I'm not sure which device in ${device.name} you mean; say its name.`;
    // "when does it regenerate next": the device's own `next_*` field (nextEventField.ts).
    const next = device.entity_type === 'device' ? nextEventSaid(device, input.match.words) ?? clockFieldSaid(device, input.match.words) : undefined;
    // "when" about a boiler whose timer switch runs on a schedule: that schedule, through the switch.
    const through = device.entity_type === 'device' ? schedulesOfController(input.snapshot, details.relationships.incoming, details.connected_entities ?? []) : [];
    input.answer.cite(...through.flatMap((d) => [d.device, d.schedule]));
    if (through.length > 0) return listOrSentence(`${device.name} has no schedule of its own; it is controlled by`, through.map((d) => `${d.device.name}, which runs on ${describeSchedule(d.schedule)}`));
    const door = await onTheDoor(input, device);
    const found = door ?? next;
    if (found) return found;
    // "kdy se odecita elektromer": a note named for the device ("Odečet elektroměru") says it (notesNamedFor.ts).
    // "when is the new fridge coming for the beast": a note named for the other device said (otherNamedNote.ts).
    const noted = namedNoteSentence(input.snapshot, device, input.match.words, askedSchedule) ?? (device.entity_type === 'device' ? otherNamedNote(input.snapshot, device, input.match.words) : undefined);
    if (noted) input.answer.cite(noted.doc);
    return noted ? `From ${noted.doc.name}: “${noted.sentence}”` : `No schedule or automation runs ${device.name}.`;
  }
  if (shown.length === 0) return setsOff;
  const lines = shown.map((e) => (e.entity_type === 'schedule' ? describeSchedule(e) : describe(e)));
  // "any schedule for the dishwasher": an automation acting on it (a leak rule that stops it) is no schedule, so the
  // answer says there is none and names the automations as what they are.
  const runBy = schedules.length === 0 && askedSchedule && !automations.some((a) => timedFor(a, device.name))
    ? listOrSentence(`There is no schedule for ${device.name}; ${plural(automations.length, 'automation acts', 'automations act')} on it:`, lines)
    : listOrSentence(`${device.name} is ${schedules.length ? 'managed' : 'run'} by`, lines);
  return setsOff ? `${runBy}
${setsOff}` : runBy;
}

/** " (announce on Kitchen Speaker, stop Washing Machine)" from an automation's `actions`. */
function actionsOf(automation: Entity): string {
  const actions = automation.content['actions'];
  if (!Array.isArray(actions)) return '';
  const said = actions.map((a) => {
    if (!a || typeof a !== 'object') return '';
    const { action, device } = a as Record<string, unknown>;
    return typeof action === 'string' && typeof device === 'string' ? `${action.replace(/_/g, ' ')} ${device}` : '';
  }).filter(Boolean);
  return said.length ? ` (${said.join(', ')})` : '';
}

/** "set temperature 17", "turn on, speed turbo": the actions an automation takes on one device, with their values. */
function actionOn(automation: Entity, deviceName: string): string {
  const actions = automation.content['actions'];
  if (!Array.isArray(actions)) return '';
  return actions.map((a) => {
    // An action written as a sentence ("turn on Hall light for 2 min") is said as written when it names the device.
    if (typeof a === 'string') return a.toLowerCase().includes(deviceName.toLowerCase()) ? a : '';
    if (!a || typeof a !== 'object') return '';
    const { action, device, ...rest } = a as Record<string, unknown>;
    if (device !== deviceName || typeof action !== 'string') return '';
    const values = Object.entries(rest).filter(([, v]) => typeof v === 'string' || typeof v === 'number').map(([k, v]) => (k === 'value' ? String(v) : `${k.replace(/_/g, ' ')} ${String(v)}`));
    return [action.replace(/_/g, ' '), ...values].join(' ').trim();
  }).filter(Boolean).join('; ');
}

/**
 * "what happens when we lock the front door": a door has no rules of its own, the lock or sensor on it does (its name
 * says the door's). What runs those is the answer; undefined when nothing does.
 */
async function onTheDoor(input: IntentAnswerInput, door: Entity): Promise<string | undefined> {
  if (door.entity_type !== 'door' && door.entity_type !== 'window') return undefined;
  const answers: string[] = [];
  for (const device of devicesNamingDoor(input.snapshot, door).slice(0, 4)) {
    const slots = { ...input.match.slots, device: { type: 'entity' as const, text: device.name, entity: device, how: 'synonym' as const } };
    const answer = await whenForDevice({ ...input, match: { ...input.match, slots } });
    if (answer && !answer.startsWith('No schedule or automation runs')) answers.push(answer);
  }
  return answers.length > 0 ? answers.join('\n') : undefined;
}
