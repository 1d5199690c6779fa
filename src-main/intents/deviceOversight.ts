// "what does the NVR manage", "what does the alarm panel look after", "what manages the Hilo thermostat": a hub, panel,
// recorder or meter is tied to its devices by `manages` and `monitors` edges as often as by `controls`. Saying "the
// NVR doesn't control any other device" while it manages three cameras is a wrong none: those edges are read too.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto, linkedOutOf } from './linkedInto';

/** Edges from a device to what it looks after, in the order they are said. */
const OVERSIGHT_EDGES = ['manages', 'monitors'] as const;
type Oversight = (typeof OVERSIGHT_EDGES)[number] | 'controls';
/** What a device can look after: other devices and openings, and rooms (a motion sensor watching a room). */
const OVERSEEN_TYPES: ReadonlySet<string> = new Set(['device', 'door', 'window', 'room']);
const DEVICE: ReadonlySet<string> = new Set(['device']);

/** An entity's links with the entities at their far ends (one get_entity_details read). */
export async function detailsOf(input: IntentAnswerInput, entity: Entity): Promise<GetEntityDetailsResult> {
  return input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: entity.id, include_connected: true }, (r) => `${r.relationships.incoming.length + r.relationships.outgoing.length} links`);
}

/** What the device manages and monitors (besides the ones left out), by edge, each list sorted by name. */
/** `controlled`: its `controls` edges too ("what controls the hub" asked of a hub nothing controls says what it runs). */
export async function overseenBy(input: IntentAnswerInput, device: Entity, leftOut: ReadonlySet<string> = new Set(), controlled = false): Promise<Array<{ edge: Oversight; entities: Entity[] }>> {
  const details = await detailsOf(input, device);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const out: Array<{ edge: Oversight; entities: Entity[] }> = [];
  const said = new Set(leftOut);
  for (const edge of controlled ? (['controls', ...OVERSIGHT_EDGES] as const) : OVERSIGHT_EDGES) {
    const entities = details.relationships.outgoing
      .filter((r) => r.relationship_type === edge && !said.has(r.to_entity_id))
      .map((r) => byId.get(r.to_entity_id))
      .filter((e): e is Entity => e !== undefined && e.id !== device.id && OVERSEEN_TYPES.has(e.entity_type));
    const unique = [...new Map(entities.map((e) => [e.id, e])).values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const e of unique) said.add(e.id);
    if (unique.length > 0) out.push({ edge, entities: unique });
  }
  return out;
}

/** "It also manages Gate camera and Driveway camera." / "NVR manages 3 devices: …" — empty when there is nothing. */
export function oversightSentence(subject: string, found: ReadonlyArray<{ edge: Oversight; entities: Entity[] }>): string {
  return found
    .map(({ edge, entities }, i) => `${i === 0 ? subject : 'It also'} ${edge} ${joinNames(entities.map((e) => e.name))}.`)
    .join(' ');
}

/** The devices that manage this one (a gateway over its thermostats, a panel over its sensors). */
export async function managersOf(input: IntentAnswerInput, device: Entity): Promise<Entity[]> {
  return linkedInto(await detailsOf(input, device), new Set(['manages']), DEVICE);
}

/**
 * "what keeps an eye on the smoke alarms": the devices whose `monitors` edge points at this one (an alarm gateway, a
 * monitoring hub). "Nothing controls the smoke alarm" while a gateway monitors it is a wrong none.
 */
export async function monitorsOf(input: IntentAnswerInput, device: Entity): Promise<Entity[]> {
  return linkedInto(await detailsOf(input, device), new Set(['monitors']), DEVICE).filter((e) => e.id !== device.id);
}

// A device that `depends_on` or is `powered_by` another (a modem on a UPS) is connected to it as well.
const CONNECTS: ReadonlySet<string> = new Set(['connects_to', 'depends_on', 'powered_by']);

/**
 * "what's connected to the caravan router", "what does the barn bridge feed": the devices tied to it by `connects_to`,
 * each list sorted by name, from one look-up of the device. `inward` point at it (a router, hub or bridge they reach
 * the network through); `onwards` are what its own edges point at (a home may write the link from the upstream router
 * or bridge to what it feeds). Saying it "doesn't control any other device" then is a wrong none.
 */
export async function networkLinksOf(input: IntentAnswerInput, device: Entity): Promise<{ inward: Entity[]; onwards: Entity[] }> {
  const details = await detailsOf(input, device);
  const others = (linked: Entity[]): Entity[] => linked.filter((e) => e.id !== device.id).sort((a, b) => a.name.localeCompare(b.name));
  return { inward: others(linkedInto(details, CONNECTS, DEVICE)), onwards: others(linkedOutOf(details, CONNECTS, DEVICE)) };
}

/**
 * "what automations use the water heater" where none acts on it, but on the controller that switches it: those
 * automations, said through the controller (the heater is switched by them all the same). Undefined when none.
 */
export async function automationsThroughController(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const controllers = linkedInto(await detailsOf(input, device), new Set(['controls']), DEVICE);
  for (const controller of controllers) {
    const rules = linkedInto(await detailsOf(input, controller), new Set(['automates', 'triggered_by']), new Set(['automation']));
    if (rules.length === 0) continue;
    input.answer.cite(device, controller, ...rules);
    return `No automation acts on ${device.name} itself, but it is controlled by ${controller.name}, which ${rules.length === 1 ? 'this automation affects' : `${rules.length} automations affect`}: ${joinNames(rules.map((r) => r.name))}.`;
  }
  return undefined;
}

/**
 * "what's connected to the pump": the pump controls nothing, but the irrigation controller controls it. "The pump
 * doesn't control any other device" alone hides the link asked about; the controllers are said after it.
 */
export async function controlledByNote(input: IntentAnswerInput, device: Entity): Promise<string> {
  const controllers = linkedInto(await detailsOf(input, device), new Set(['controls']), DEVICE).filter((c) => c.id !== device.id);
  input.answer.cite(...controllers);
  return controllers.length ? ` It is controlled by ${joinNames(controllers.map((c) => c.name))}.` : '';
}

/**
 * "any automation for the boiler" where one automation acts on the boiler and another on the switch that controls it
 * (a Shabbat routine that turns the booster switch off): the second one affects the boiler too, so it is said after
 * the first (" It is also controlled by …"). Undefined when no controller has a rule the answer has not named.
 */
export async function alsoThroughController(input: IntentAnswerInput, device: Entity, said: string): Promise<string | undefined> {
  const controllers = linkedInto(await detailsOf(input, device), new Set(['controls']), DEVICE);
  const parts: string[] = [];
  for (const controller of controllers) {
    const rules = linkedInto(await detailsOf(input, controller), new Set(['automates']), new Set(['automation'])).filter((r) => !said.includes(r.name));
    if (rules.length === 0) continue;
    input.answer.cite(controller, ...rules);
    parts.push(` It is also controlled by ${controller.name}, which ${rules.length === 1 ? 'this automation affects' : `${rules.length} automations affect`}: ${joinNames(rules.map((r) => r.name))}.`);
  }
  return parts.length ? parts.join('') : undefined;
}

/**
 * "what happens if the chest freezer warms up": no automation acts on the freezer, but one is set off by the sensor
 * that monitors it (or by the device itself): those rules, said through what sets them off. A flat "no automations
 * affect it" would be a wrong none. Undefined when none.
 */
export async function automationsSetOffFor(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const TRIGGERED = new Set(['triggered_by']);
  const own = linkedInto(await detailsOf(input, device), TRIGGERED, new Set(['automation']));
  if (own.length > 0) {
    input.answer.cite(device, ...own);
    return `No automation acts on ${device.name} itself, but ${device.name} sets off ${own.length === 1 ? 'this automation' : `${own.length} automations`}: ${joinNames(own.map((r) => r.name))}.`;
  }
  for (const watcher of await monitorsOf(input, device)) {
    const rules = linkedInto(await detailsOf(input, watcher), TRIGGERED, new Set(['automation']));
    if (rules.length === 0) continue;
    input.answer.cite(device, watcher, ...rules);
    return `No automation acts on ${device.name} itself, but ${watcher.name}, which monitors it, sets off ${rules.length === 1 ? 'this automation' : `${rules.length} automations`}: ${joinNames(rules.map((r) => r.name))}.`;
  }
  return undefined;
}

/**
 * "what monitors the sump pump", "is anything monitoring it": a home often points a sensor's `monitors` edge at the room
 * it watches ("Sump pit leak sensor monitors Utility room"), not at the device beside it. With no watcher of its own,
 * "nothing controls the sump pump" hides the sensor there: the devices that monitor the device's room are named, said
 * as watching the room.
 */
export async function roomWatchersOf(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const room = input.snapshot.placeOfDevice.get(device.id);
  if (!room || room.entity_type !== 'room') return undefined;
  const watchers = (await monitorsOf(input, room)).filter((w) => w.id !== device.id);
  if (watchers.length === 0) return undefined;
  input.answer.cite(room, ...watchers);
  return `Nothing monitors ${device.name} itself; its room, ${room.name}, is monitored by ${joinNames(watchers.map((w) => w.name))}.`;
}
