// Control intents never write: they resolve the targets, check the devices can do it, and hand an exact change to
// the approval service, which shows it as an action card (and runs it only after a decision).
import type { ActionProposalView } from '../../src-preload/contract/views';
import type { Entity } from '../../src-shared/protocol/entities';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { ProposalSummary } from '../approvals/ProposalRequest';
import { chosenByWeakerKind } from './ableByWeakerKind';
import { bareKindOpening } from './bareKindOpening';
import { entityChangeTier } from '../tools/entityChangeTier';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames, placeName } from './AnswerBuilder';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { devicesWithin, onlyDevices } from './placeClaims';
import { levelOf, lockStateOf, openStateOf, otherReadings, partnerOf, setpointOf } from './deviceReadings';
import { deviceNamingDoor } from './deviceNamingDoor';
import { locksAlsoMeant } from './lockThatOpens';
import { locksForKindWord } from './lockWordTarget';
import { actionSpec, fanSpeedKey, numberSlot, opensAndCloses, TEMPERATURE_RANGES, type Reading } from './controlActions';
import { capabilitiesOf, deviceType, isOfKind, kindById, phraseKey } from './deviceKinds';
import { said, type IntentAnswerInput } from './IntentAnswerInput';
import { runsJobs, switchedByField } from './switchControl';
import type { IntentMatch } from './IntentEngine';
import { waterSupplyTarget } from './waterSupply';
import { poweringSwitch } from './poweringSwitch';
import { weakerEvidence } from './noneGuard';
import { ownVerbFor } from './ownVerb';
import { alarmOver, controlledTarget, thermostatOver } from './controlledTarget';
import { controlledThroughNote } from './controlledThrough';
import { cameraOffNote } from './cameraOffNote';
import { stepAmongSeveral } from './stepAmongSeveral';
import { offAtLowestNote, offSetpointOf } from './valveOffAtLowest';

/** Actions on security and safety (tier 3 kinds) that are never proposed for a device picked from a guess. */
const GUESS_NEEDS_ASKING = new Set(['lock', 'unlock', 'open', 'close', 'arm', 'disarm', 'set_temperature']);

const LOCK = kindById('lock');
const PET_DOOR = kindById('pet_door');
const isPetDoor = (device: Entity): boolean => PET_DOOR !== undefined && isOfKind(device, PET_DOOR);
const THERMOSTAT = kindById('thermostat');
/** Intents a plug can carry out for what it powers. */
const SWITCHING = new Set(['turn_on', 'turn_off']);
const HEATING_KINDS = Object.keys(TEMPERATURE_RANGES);
/** Kinds that open/close never moves but that "ferme la lumière", "ouvre la télé" switch. */
const SWITCHED_BY_OPENING = new Set(['light', 'tv', 'heater', 'thermostat', 'climate', 'air_conditioner', 'floor_heating', 'water_heater']);

export async function answerControl(input: IntentAnswerInput, approvals: ApprovalService): Promise<string> {
  const intent = resolveSetIntent(input);
  input.answer.intent = intent;
  if (input.context.role !== 'admin') {
    return "You're signed in as a guest, so I can't change anything in the home. Ask someone with an admin account.";
  }
  if (intent === 'run_automation') return runAutomation(input, approvals);
  const named = input.match.slots['target'];
  if (named?.type === 'entity' && named.entity.entity_type === 'automation') {
    if (intent !== 'turn_on') return `${named.entity.name} is an automation; I can run it, but not ${intent.replace(/_/g, ' ')} it.`;
    input.answer.intent = 'run_automation';
    return runAutomation({ ...input, match: { ...input.match, slots: { ...input.match.slots, automation: named } } }, approvals);
  }
  // "run the irrigation", "run the dishwasher": "run" starts a device only when it runs a job; "run movie night" with
  // no such automation is not the night lamp.
  if (input.match.template.startsWith('run ') && named?.type === 'entity' && !runsJobs(named.entity)) return `I couldn't find '${named.text}' in this home.`;
  // "water the veg beds": only what lets water through (a valve, an irrigation zone) is opened for it, never a gate.
  // A place or other group ("water the garden") is left to the model: which zone is meant is not read here. An
  // irrigation controller that runs its programme ("regá el parque") is started, not opened.
  const watering = input.match.template.startsWith('(water|irrigate)') && intent === 'open';
  if (watering && named?.type === 'entity' && runsJobs(named.entity) && !opensAndCloses(named.entity)) return answerControl({ ...input, match: { ...input.match, intent: 'turn_on' } }, approvals);
  if (input.match.template.startsWith('(water|irrigate)') && named?.type === 'entity' && !letsWaterThrough(input, named.entity)) return `${named.entity.name} is no valve or sprinkler, so I can't water with it.`;
  if (input.match.template.startsWith('(water|irrigate)') && named?.type === 'group' && !WATER_KINDS.includes(named.kind?.id ?? '')) return '';
  const switching = await switchingForOpening(input, intent);
  if (typeof switching === 'object') return switching.ask;
  if (switching) return answerControl({ ...input, match: { ...input.match, intent: switching } }, approvals);
  const spec = actionSpec(intent, input);
  if (typeof spec === 'string') return spec;
  // "lock up for the night": no target said is every lock of the home.
  const slot = input.match.slots['target'] ?? (intent === 'lock' && LOCK ? { type: 'group' as const, text: 'locks', kind: LOCK, place: undefined } : undefined);
  let targets: Entity[] = [];
  let lastRead = '';
  let poweredBy = '';
  let summary: ProposalSummary = { verb: spec.verb, ...(spec.detail ? { detail: spec.detail } : {}) };
  // "lock the front door" where nothing says front and one lock fits: proposed, saying why it was taken.
  const why = slot?.type === 'entity' && slot.why ? `${slot.why} ` : '';
  if (slot?.type === 'entity') {
    const device = await redirectDoor(input, slot.entity, intent);
    // "open the front door" where the door's only motor is its smart lock: opening it is unlocking that lock (tier 3
    // as every unlock), never "it has no motor".
    const doorLock = intent === 'open' && slot.entity.entity_type !== 'device' && !spec.can(device) ? await redirectDoor(input, slot.entity, 'unlock') : undefined;
    if (doorLock && doorLock !== slot.entity && lockStateOf(doorLock) !== undefined) {
      return answerControl({ ...input, match: { ...input.match, intent: 'unlock', slots: { ...input.match.slots, target: { ...slot, entity: doorLock } } } }, approvals);
    }
    // "Alarmanlage aus", "open it" about a smart lock: the verb the device's own data takes (ownVerb.ts).
    const own = ownVerbFor(intent, device, input);
    if (own) return answerControl({ ...input, match: { ...input.match, intent: own, slots: { ...input.match.slots, target: { ...slot, entity: device } } } }, approvals);
    // "unlock the front door" read as the keypad by it: the lock the keypad `controls` is what is unlocked.
    const controlled = slot.entity === device ? await controlledTarget(input, device, spec.can) : undefined;
    if (controlled) {
      input.answer.cite(device);
      const through = await answerControl({ ...input, match: { ...input.match, slots: { ...input.match.slots, target: { ...slot, entity: controlled } } } }, approvals);
      return input.answer.proposal ? `${device.name} controls ${controlled.name}. ${through}` : through;
    }
    // …and "disarm it" about a sensor: the alarm hub that manages it (controlledTarget.ts).
    const arming = intent === 'arm' || intent === 'disarm';
    const keeper = slot.entity !== device ? undefined : intent === 'set_temperature' ? await thermostatOver(input, device, spec.can) : arming ? await alarmOver(input, device, spec.can) : undefined;
    if (keeper) {
      input.answer.cite(device);
      const through = await answerControl({ ...input, match: { ...input.match, slots: { ...input.match.slots, target: { ...slot, entity: keeper } } } }, approvals);
      return input.answer.proposal ? `${device.name} is ${arming ? 'part of the alarm of' : 'set by'} ${keeper.name}. ${through}` : through;
    }
    // "unlock it" after "is the sauna locked" answered through the sauna sensor: a lock is never taken for a device of
    // another kind unasked; the lock next to it is named so that it can be asked for.
    const partner = spec.can(device) || slot.entity !== device ? undefined : lockNextTo(input, device, intent);
    if (partner) {
      input.answer.cite(device, partner);
      return `${why}${device.name} has no lock of its own. Do you mean ${partner.name}, the lock next to it? Say "${intent} ${partner.name}".`;
    }
    input.answer.cite(device);
    const lowest = offSetpointOf(input.snapshot, device, intent); // a radiator valve is off at its lowest (valveOffAtLowest.ts)
    if (lowest !== undefined) return offAtLowestNote(device) + (await answerControl({ ...input, match: { ...input.match, intent: 'set_temperature', slots: { ...input.match.slots, target: { ...slot, entity: device }, temperature: { type: 'number', text: String(lowest), value: lowest } } } }, approvals));
    // "and the tree lights?" after a dimming: a plug can't be dimmed, and what it last read is said with that.
    if (!spec.can(device)) {
      const through = intent === 'turn_on' || intent === 'turn_off' ? ((await controlledThroughNote(input, device, intent === 'turn_on' ? 'on' : 'off')) ?? cameraOffNote(input.snapshot, device, intent === 'turn_on' ? 'on' : 'off')) : undefined;
      return `${why}${through ?? spec.cannot(device)}${lastReadings(device, input)}${switchInstead(input, device, intent)}`;
    }
    // The last reading may be stale (the home server may be offline): an explicit command is still proposed, saying
    // what was last read and when.
    // "turn it on" after an answer that said it is on stays "already on": the pronoun names what that answer read.
    if (!spec.patch(device) && input.byPronoun) return `${why}${device.name} is already ${spec.already}.`;
    if (!spec.patch(device)) lastRead = `${device.name} is already ${spec.already} by its last reading${input.context.freshness.label ? ` (${input.context.freshness.label})` : ''}; in case that has changed: `;
    // "unlock the back door" where nothing says back and the one lock is the front door's: a lock, door, gate, valve
    // or alarm is never acted on from a guess. The one that fits is named so that it can be asked for by name.
    // "open the door" where the one door that opens is the garage door (bareKindOpening.ts).
    const onlyAble = why ? undefined : bareKindOpening(intent, slot.text, device, input.snapshot);
    if (onlyAble) return onlyAble;
    if (why && GUESS_NEEDS_ASKING.has(intent)) {
      const room = input.snapshot.placeOfDevice.get(device.id);
      const now = lastRead ? `, already ${spec.already} by its last reading` : '';
      return `${slot.why?.split(';')[0] ?? ''}. The only one that could be meant is ${device.name}${room ? ` (${room.name})` : ''}${now}; say "${intent} ${device.name}" if it is.`;
    }
    targets = [device];
  } else if (slot?.type === 'group') {
    // "turn on the sauna" where "sauna" was read from the letters of "Saunamaja": too weak to switch the room's lights
    // by default (the heater may be meant); asked back with what is there.
    const guessed = !slot.kind && slot.place && input.snapshot.guessedPlaceWords.has(phraseKey(slot.text).replace(/^the /, ''));
    if (guessed && spec.defaultKind && slot.place) return whichThere(input, slot.place);
    // Devices listed one by one ("everything in the kitchen") are no one kind unless said: "3 devices", not "3 lights".
    const kind = slot.kind ?? (slot.devices ? undefined : spec.defaultKind);
    // "the kitchen ceiling lights": the devices the words described, when they were read one by one.
    let all = slot.devices ?? (await devicesOfKind(input, kind, slot.place));
    // "set the kinderzimmer heating to 22": what takes the setpoint may be called a radiator valve, a mini-split or a
    // heater; a setpoint request goes to whatever in that place has a temperature to set (never an oven unasked).
    if (all.length === 0 && intent === 'set_temperature' && slot.place && kind?.id !== 'oven') {
      const there = (await devicesOfKind(input, undefined, slot.place)).filter((d) => deviceType(d) !== 'oven' && spec.can(d));
      // "the floor heating" in a room with an "underfloor heating" thermostat and a heat pump: the one that says it.
      const saying = kind ? weakerEvidence(input.snapshot, kind, there).maybe.map((m) => m.device) : [];
      all = saying.length > 0 ? saying : there;
    }
    // "turn on the terrace lights" where a plug "for the string lights on the terrace" is all there is: that plug.
    const powering = all.length === 0 && kind && SWITCHING.has(intent) ? poweringSwitch(input.snapshot, await devicesOfKind(input, undefined, slot.place), kind) : undefined;
    if (powering) {
      all = [powering.device];
      poweredBy = `There is no ${kind?.singular ?? 'device'}${slot.place && slot.place.entity_type !== 'home' ? ` in ${placeName(slot.place)}` : ''} as such, but ${powering.device.name} is the “${powering.says}”: `;
    }
    const can = all.filter(spec.can);
    // "set the basement to 19", "mets-le à 20" about a room: its thermostats when it has any, not the water heater.
    const thermostats = intent === 'set_temperature' && !slot.kind && THERMOSTAT ? can.filter((d) => isOfKind(d, THERMOSTAT)) : [];
    const able = thermostats.length > 0 ? thermostats : can;
    const noun = kind && !powering ? kind.plural : 'devices';
    const where = slot.place && slot.place.entity_type !== 'home' ? ` in ${placeName(slot.place)}` : '';
    // "turn on the sauna" of a room with no lights: the lights were only the default, never said, so "no lights" would
    // be a wrong none about the heater there; what is there that can do it is asked back.
    if (all.length === 0 && !slot.kind && !slot.devices && spec.defaultKind && slot.place?.entity_type === 'room' && phraseKey(slot.text).replace(/^the /, '') === phraseKey(slot.place.name) && onlyDevices(devicesWithin(input.snapshot, slot.place)).some(spec.can)) return whichThere(input, slot.place);
    if (all.length === 0) return kind ? noneOfKind(input, kind, slot.place, `There are no ${noun}${where}.`) : `There are no ${noun}${where}.`;
    if (able.length === 0) return `None of the ${noun}${where} can do that.`;
    targets = able.filter((d) => spec.patch(d) !== undefined);
    input.answer.cite(...(targets.length ? targets : able));
    // "all of them" after the blinds were offered by name: each was asked for, so each is proposed (a last reading may
    // be stale), saying which ones already read so.
    const done = slot.offered && targets.length > 0 ? able.filter((d) => spec.patch(d) === undefined) : [];
    if (done.length > 0) {
      lastRead = `${joinNames(done.map((d) => d.name), 6)} ${done.length === 1 ? 'is' : 'are'} already ${spec.already} by the last reading${input.context.freshness.label ? ` (${input.context.freshness.label})` : ''}; in case that has changed: `;
      targets = able;
    }
    if (targets.length === 0 && input.byPronoun) return `All ${noun}${where} are already ${spec.already}.`;
    // Said outright, a command is proposed even when the last readings show it done (they may be stale).
    if (targets.length === 0) {
      targets = able;
      lastRead = `${able.length === 1 && able[0] ? `${able[0].name} is` : `All ${noun}${where} are`} already ${spec.already} by the last reading${input.context.freshness.label ? ` (${input.context.freshness.label})` : ''}; in case that has changed: `;
    }
    if (!powering) summary = { ...summary, noun, ...(slot.place && slot.place.entity_type !== 'home' ? { place: slot.place.name } : {}) };
  } else {
    return '';
  }
  const proposal = await approvals.create({
    conversationId: input.context.conversationId,
    correlationId: input.context.correlationId,
    proposer: 'intent-engine',
    userId: input.context.userId,
    summary,
    targets: targets.map((entity) => ({ entity, patch: spec.patch(entity) ?? spec.change(entity) })),
    // Heating and cooling setpoints are safety-relevant whatever the device calls itself ("climate", "mini-split").
    ...(intent === 'set_temperature' ? { minTier: 3 as const } : {}),
  });
  input.answer.proposal = proposal;
  const lead = `${why}${poweredBy}${lastRead}`;
  return `${lead}${lead ? lowerFirst(proposalText(proposal)) : proposalText(proposal)}`;
}

/**
 * A command whose target fits several devices goes to the one that can do it ("turn on the sauna": the heater, not
 * the sauna house's lock); with none or several able, the question back stays.
 */
export function narrowControlTarget(given: Reading, byPronoun = false): IntentMatch {
  const reading = { ...given, match: waterSupplyTarget(given) };
  const slot = reading.match.slots['target'];
  if (reading.match.category === 'control' && slot?.type === 'entity' && byPronoun) return offerAbleOfKind(reading, slot.entity, slot.text);
  if (reading.match.category === 'control' && slot?.type === 'entity') return locksForKindWord(reading.match, reading.snapshot); // "lock the door" (lockWordTarget.ts)
  if (reading.match.category !== 'control' || slot?.type !== 'ambiguous') return reading.match;
  // Each candidate is read as the target ("set … to 85" is a temperature for a heater, a level for a light).
  const as = (entity: Entity): IntentMatch => ({ ...reading.match, slots: { ...reading.match.slots, target: { type: 'entity', text: slot.text, entity, how: 'synonym' } } });
  const able = slot.candidates.filter((c) => {
    const spec = actionSpec(resolveSetIntent({ ...reading, match: as(c) }), { ...reading, match: as(c) });
    return typeof spec !== 'string' && spec.can(c);
  });
  // "turn the heating down to 19" among radiator valves, a floor heating and one room thermostat: the thermostat
  // itself is the heating's control (a radiator valve or a floor heating is one room's).
  const heating = /\bheat(ing)?\b/i.test(slot.text) && numberSlot(reading) !== undefined && !said(reading.match, 'percent');
  const thermostats = heating ? able.filter((c) => reading.snapshot.kindsOfDevice.get(c.id)?.has('thermostat') === true) : [];
  // "kill the power to oskars pc": power is cut at a plug; the one plug or socket among the candidates is meant.
  const plugs = reading.match.template.includes('the power') ? able.filter((c) => reading.snapshot.kindsOfDevice.get(c.id)?.has('switch') === true) : [];
  // "set the geyser to 55" between a geyser that keeps a target temperature and one that only reads its water: the one
  // whose data keeps a setpoint takes it.
  const keeping = able.filter((c) => resolveSetIntent({ ...reading, match: as(c) }) === 'set_temperature' && setpointOf(c) !== undefined);
  const locks = locksAlsoMeant(reading.match.intent, slot.candidates, able, reading.snapshot); // lockThatOpens.ts
  if (locks.length > 0 && able.length > 0) return { ...reading.match, slots: { ...reading.match.slots, target: { ...slot, candidates: [...able, ...locks] } } };
  const narrowed = thermostats.length === 1 ? thermostats : plugs.length === 1 ? plugs : keeping.length === 1 ? keeping : able;
  const [one] = narrowed;
  // "turn the tv down": the TV whose volume was read is no better a target than the other (stepAmongSeveral.ts).
  if (stepAmongSeveral(reading.match, slot.candidates, numberSlot(reading) !== undefined)) return reading.match;
  // …never a device that is the kind said only by its description over one that is it by name ("the oven": not the
  // oil heater described as "the oil stove" beside the range; ableByWeakerKind.ts).
  if (one && chosenByWeakerKind(reading.snapshot, slot.text, one, slot.candidates)) return reading.match;
  return narrowed.length === 1 && one ? as(one) : reading.match;
}

/**
 * "preheat it to 200" where "it" is the hob (the oven question before found it by the oven-kind word "hob"): the
 * device a pronoun stands for can't do it, the other devices of its own kinds (never a broad family) that can are
 * asked about, saying why; none is ever proposed from the guess.
 */
function offerAbleOfKind(reading: Reading, device: Entity, text: string): IntentMatch {
  const spec = actionSpec(resolveSetIntent(reading), reading);
  if (typeof spec === 'string' || spec.can(device) || device.entity_type !== 'device') return reading.match;
  const kinds = [...(reading.snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])].filter((id) => (kindById(id)?.includes.length ?? 1) === 0);
  const same = reading.snapshot.devices.filter((d) => d.id !== device.id && kinds.some((k) => reading.snapshot.kindsOfDevice.get(d.id)?.has(k) === true));
  const able = same.filter((d) => {
    const as = { ...reading.match, slots: { ...reading.match.slots, target: { type: 'entity' as const, text, entity: d, how: 'synonym' as const } } };
    const other = actionSpec(resolveSetIntent({ ...reading, match: as }), { ...reading, match: as });
    return typeof other !== 'string' && other.can(d);
  });
  if (able.length === 0 || able.length > 3) return reading.match;
  return { ...reading.match, slots: { ...reading.match.slots, target: { type: 'ambiguous', text, expected: 'device', candidates: able, withPlaces: true, note: spec.cannot(device) } } };
}

export function proposalText(proposal: ActionProposalView): string {
  if (proposal.status === 'executed') return `Done: ${proposal.description} (allowed by your "always allow" choice).`;
  if (proposal.status === 'failed') return `I couldn't do it: ${proposal.result?.error ?? 'unknown error'}`;
  const how = proposal.tier === 3 ? 'This is security- or safety-relevant, so it needs your explicit confirmation.' : 'Approve it with one click.';
  return `Ready to ${lowerFirst(proposal.description)}. ${how}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "set X to 21" is a temperature for thermostats and a level for lights, whatever template matched. */
export function resolveSetIntent(input: Reading): string {
  const intent = input.match.intent;
  const named = input.match.slots['target'];
  // "shut off the water", "turn the water back on": a valve is opened and closed, not switched.
  if ((intent === 'turn_on' || intent === 'turn_off') && named?.type === 'entity' && opensAndCloses(named.entity) && !switchedByField(named.entity)) {
    return intent === 'turn_on' ? 'open' : 'close';
  }
  if (intent !== 'set_level' && intent !== 'set_temperature') return intent;
  if (said(input.match, 'percent')) return 'set_level';
  if (said(input.match, 'degree', 'celsius', 'c')) return 'set_temperature';
  const slot = input.match.slots['target'];
  const device = slot?.type === 'entity' ? slot.entity : undefined;
  const place = slot?.type === 'group' && !slot.kind ? slot.place : undefined;
  // "make elsas room 21": a room with something that heats it takes a temperature.
  const placeKinds = place ? devicesWithin(input.snapshot, place).flatMap((d) => [...(input.snapshot.kindsOfDevice.get(d.id)?.keys() ?? [])].filter((k) => k !== 'oven')) : [];
  const kinds = slot?.type === 'group' ? [slot.kind?.id, ...placeKinds] : device ? [deviceType(device), ...(input.snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])] : [];
  // "set the rekuperator to 3": a ventilation unit with a fan speed and no setpoint takes a speed step.
  if (device && fanSpeedKey(device) && setpointOf(device) === undefined) return 'set_level';
  const heats = kinds.some((k) => k !== undefined && HEATING_KINDS.includes(k));
  // "turn the towel rail up to 24": a device whose only number to set is a temperature setpoint takes it there.
  const onlySetpoint = device !== undefined && capabilitiesOf(device).includes('setpoint') && levelOf(device) === undefined && setpointOf(device) !== undefined;
  return heats || onlySetpoint ? 'set_temperature' : 'set_level';
}

/**
 * "ferme la lumière" (Québec French), "close the heater": open or close said of what has no motor or valve but can be
 * switched is off or on; never "can't do that" for a light.
 */
async function switchingForOpening(input: IntentAnswerInput, intent: string): Promise<string | { ask: string } | undefined> {
  if (intent !== 'open' && intent !== 'close') return undefined;
  const slot = input.match.slots['target'];
  const devices = slot?.type === 'entity' ? [slot.entity] : slot?.type === 'group' ? (slot.devices ?? (await devicesOfKind(input, slot.kind, slot.place))) : [];
  if (devices.length === 0 || devices.some(opensAndCloses)) return undefined;
  const turn = intent === 'open' ? 'turn_on' : 'turn_off';
  const spec = actionSpec(turn, input);
  const switched = typeof spec === 'string' ? [] : devices.filter(spec.can);
  if (switched.length === 0) return undefined;
  // A place said with no kind ("open it" about a room): which of its switched devices is meant is asked, not guessed.
  if (slot?.type === 'group' && !slot.kind && !slot.devices) {
    input.answer.cite(...switched);
    const names = switched.slice(0, 6).map((d) => d.name);
    return { ask: `Which one do you mean: ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]}? Nothing there opens or closes, so I would turn it ${turn === 'turn_on' ? 'on' : 'off'}.` };
  }
  // Lights, heaters and screens are what "ferme/ouvre" switches; for anything else (a hood, a fan) it is asked.
  // Said by the device's name, type or description, not only read from a capability (a hood with a lamp is no light).
  const plainly = (d: Entity): boolean => [...(input.snapshot.kindsOfDevice.get(d.id) ?? [])].some(([k, how]) => SWITCHED_BY_OPENING.has(k) && how !== 'capability' && how !== 'reading');
  if (!switched.every(plainly)) return undefined;
  return turn;
}

/** " Did you mean to turn it on?" after "open the hood": what has no motor or valve but a switch is asked about. */
function switchInstead(input: IntentAnswerInput, device: Entity, intent: string): string {
  if (intent !== 'open' && intent !== 'close') return '';
  const turn = actionSpec(intent === 'open' ? 'turn_on' : 'turn_off', input);
  return typeof turn !== 'string' && turn.can(device) ? ` Did you mean to turn it ${intent === 'open' ? 'on' : 'off'}?` : '';
}

/** " Its last reading: switched off, current power 0 W (as of …)." for a device a command can't act on. */
function lastReadings(device: Entity, input: IntentAnswerInput): string {
  // A door or window with no motor says whether it reads open ("close the safe room window" → "closed").
  const opening = device.entity_type === 'door' || device.entity_type === 'window' ? openStateOf(device) : undefined;
  const read = device.entity_type === 'device' ? otherReadings(device).slice(0, 4) : opening ? [opening] : [];
  if (read.length === 0) return '';
  return ` Its last reading: ${read.join(', ')}${input.context.freshness.label ? ` (${input.context.freshness.label})` : ''}.`;
}

function whichThere(input: IntentAnswerInput, place: Entity): string {
  const there = onlyDevices(devicesWithin(input.snapshot, place));
  input.answer.cite(place, ...there);
  const names = there.slice(0, 6).map((d) => d.name);
  const last = names.pop();
  if (!last) return `There are no devices in ${placeName(place)}.`;
  return `Which device in ${placeName(place)} do you mean: ${names.length ? `${names.join(', ')} or ${last}` : last}?`;
}

/** The one lock linked to a device that has none, or in its room (what a lock question about it answered through). */
function lockNextTo(input: IntentAnswerInput, device: Entity, intent: string): Entity | undefined {
  if ((intent !== 'lock' && intent !== 'unlock') || device.entity_type !== 'device') return undefined;
  return partnerOf(input.snapshot, [], device, 'lock');
}

/** "lock the front door": the door itself has no state, the lock that is part of it does. */
async function redirectDoor(input: IntentAnswerInput, entity: Entity, intent: string): Promise<Entity> {
  if (entity.entity_type === 'device' || !['lock', 'unlock', 'open', 'close'].includes(intent)) return entity;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: entity.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  for (const edge of details.relationships.incoming) {
    const part = byId.get(edge.from_entity_id);
    if (edge.relationship_type === 'part_of' && part?.entity_type === 'device' && !isPetDoor(part) && (intent === 'lock' || intent === 'unlock' ? LOCK && isOfKind(part, LOCK) : opensAndCloses(part))) {
      return part;
    }
  }
  // No part_of edge: the lock (or opener) in the same room as the door.
  const locking = intent === 'lock' || intent === 'unlock';
  // A pet door in the door ("Microchip dog flap in the back door") locks the pet's way through, never the door.
  // A contact sensor in the window's room reads it open or closed but moves nothing: it is no opener to command.
  const partner = partnerOf(input.snapshot, [], entity, locking ? 'lock' : 'open');
  return (partner && (locking || opensAndCloses(partner)) ? partner : undefined) ?? deviceNamingDoor(input.snapshot, entity, (d) => !isPetDoor(d) && (locking ? lockStateOf(d) !== undefined && LOCK !== undefined && isOfKind(d, LOCK) : opensAndCloses(d))) ?? entity;
}

async function runAutomation(input: IntentAnswerInput, approvals: ApprovalService): Promise<string> {
  const slot = input.match.slots['automation'];
  if (slot?.type !== 'entity') return '';
  const automation = slot.entity;
  input.answer.cite(automation);
  if (automation.entity_type !== 'automation') return `${automation.name} is a ${automation.entity_type}, not something I can run.`;
  // Running a scene is as risky as the riskiest thing it touches.
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: automation.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  const affected = (details.connected_entities ?? []).filter((e) => details.relationships.outgoing.some((r) => r.relationship_type === 'automates' && r.to_entity_id === e.id));
  const risky = affected.some((d) => entityChangeTier(d, { content: { state: {} } }) === 3);
  const proposal = await approvals.create({
    conversationId: input.context.conversationId,
    correlationId: input.context.correlationId,
    proposer: 'intent-engine',
    userId: input.context.userId,
    summary: { verb: 'Run', ...(affected.length ? { detail: ` (affects ${joinNames(affected.map((a) => a.name), 6)})` } : {}) },
    targets: [{ entity: automation, patch: { content: { last_run_requested_at: new Date().toISOString() } } }],
    ...(risky ? { minTier: 3 as const } : {}),
  });
  input.answer.proposal = proposal;
  return proposalText(proposal);
}

const WATER_KINDS = ['irrigation', 'water_valve'];

/** A valve or irrigation zone, by its capabilities ("valve_open_close") or its kinds. */
function letsWaterThrough(input: IntentAnswerInput, device: Entity): boolean {
  if (capabilitiesOf(device).some((c) => /valve|irrigat|sprinkl/.test(c))) return true;
  return WATER_KINDS.some((k) => input.snapshot.kindsOfDevice.get(device.id)?.has(k) === true);
}
