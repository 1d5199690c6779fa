// Control intents never write: they resolve the targets, check the devices can do it, and hand an exact change to
// the approval service, which shows it as an action card (and runs it only after a decision).
import type { Entity } from '../../src-shared/protocol/entities';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { ProposalSummary } from '../approvals/ProposalRequest';
import { placeCalledAlike } from './placeCalledAlikeCommand';
import { onFloor, roomsOnFloorSaid } from './roomFloorSaid';
import { lockNamedAsSaid } from './lockNamedAsSaid';
import { bareKindOpening } from './bareKindOpening';
import { joinNames, placeName } from './AnswerBuilder';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { devicesWithin, onlyDevices } from './placeClaims';
import { lockStateOf, openStateOf, otherReadings } from './deviceReadings';
import { actionSpec, opensAndCloses } from './controlActions';
import { capabilitiesOf, deviceType, isOfKind, kindById, phraseKey } from './deviceKinds';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { runsJobs } from './switchControl';
import { poweringSwitch } from './poweringSwitch';
import { weakerEvidence } from './noneGuard';
import { groupOfKindOnly } from './groupOfKindOnly';
import { ownVerbFor } from './ownVerb';
import { alarmOver, controlledTarget, thermostatOver } from './controlledTarget';
import { controlledThroughNote } from './controlledThrough';
import { cameraOffNote } from './cameraOffNote';
import { offAtLowestNote, offSetpointOf } from './valveOffAtLowest';
import { resolveSetIntent } from './resolveSetIntent';
import { lowerFirst, proposalText } from './proposalText';
import { runAutomation } from './runAutomation';
import { setpointKeepers } from './setpointKeepers';
import { lockNextTo, redirectDoor } from './doorControlTarget';
import { switchingForOpening, switchInstead } from './switchingForOpening';
import { levelOverLit } from './levelOverLit';
import { lampsOnPlugs } from './lampsOnPlugs';
import { doorLocksOfPlace } from './placeDoorLocks';

/** Actions on security and safety (tier 3 kinds) that are never proposed for a device picked from a guess. */
const GUESS_NEEDS_ASKING = new Set(['lock', 'unlock', 'open', 'close', 'arm', 'disarm', 'set_temperature']);

const LOCK = kindById('lock');
const THERMOSTAT = kindById('thermostat');
/** Intents a plug can carry out for what it powers. */
const SWITCHING = new Set(['turn_on', 'turn_off']);

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
    // "lock the front door" read as the camera on it, beside the lock called "front door lock": that lock (lockNamedAsSaid.ts).
    if (partner && !why && lockNamedAsSaid(slot.text, partner)) {
      return answerControl({ ...input, match: { ...input.match, slots: { ...input.match.slots, target: { ...slot, entity: partner } } } }, approvals);
    }
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
    // "all the lights": not the aquarium's plug that also runs its pump, nor the terrarium's heat lamp (groupOfKindOnly.ts).
    all = groupOfKindOnly(input.snapshot, all, kind, slot.text);
    // "all the lights on the ground floor" of a house whose rooms say their floor: those rooms' (roomFloorSaid.ts).
    const floorRooms = slot.place?.entity_type === 'room' ? undefined : roomsOnFloorSaid(input.snapshot, input.match.words);
    if (floorRooms) all = onFloor(input.snapshot, all, floorRooms);
    // "unlock the shed": a place whose doors keep their own lock reading, no lock device there (placeDoorLocks.ts).
    if (all.length === 0 && (intent === 'lock' || intent === 'unlock') && slot.place && !slot.devices) all = doorLocksOfPlace(input.snapshot, slot.place, slot.text);
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
    // …and of a mini-split and an on/off heater, the one that keeps a setpoint (setpointKeepers.ts).
    // "set the salon lights to 70%": the lit ones, not a lamp that is off (levelOverLit.ts).
    const able = intent === 'set_temperature' ? setpointKeepers(thermostats.length > 0 ? thermostats : can) : slot.offered ? can : levelOverLit(input, can);
    const noun = kind && !powering ? kind.plural : 'devices';
    const where = slot.place && slot.place.entity_type !== 'home' ? ` in ${placeName(slot.place)}` : '';
    // "turn on the sauna" of a room with no lights: the lights were only the default, never said, so "no lights" would
    // be a wrong none about the heater there; what is there that can do it is asked back.
    if (all.length === 0 && !slot.kind && !slot.devices && spec.defaultKind && slot.place?.entity_type === 'room' && phraseKey(slot.text).replace(/^the /, '') === phraseKey(slot.place.name) && onlyDevices(devicesWithin(input.snapshot, slot.place)).some(spec.can)) return whichThere(input, slot.place);
    // "turn the TV off in the living room": the place named so holds none, the one described so does (placeCalledAlikeCommand.ts).
    const alike = all.length === 0 && kind && slot.place && !slot.devices ? placeCalledAlike(input.snapshot, slot.place, input.match.words, kind, spec.can) : undefined;
    if (alike) return answerControl({ ...input, match: { ...input.match, slots: { ...input.match.slots, target: { ...slot, place: alike } } } }, approvals);
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
    // "turn on the light in the salon" with its one light on and a plug there running a floor lamp that is off: which?
    const plugged = targets.length === 0 && kind && !powering && !slot.devices && slot.place && SWITCHING.has(intent) ? lampsOnPlugs(input.snapshot, await devicesOfKind(input, undefined, slot.place), kind, (d) => spec.patch(d) !== undefined) : [];
    if (plugged.length > 0) {
      input.answer.cite(...able, ...plugged);
      const names = [...able, ...plugged].slice(0, 6).map((d) => d.name);
      const last = names.pop() ?? '';
      return `${joinNames(able.map((d) => d.name), 6)} ${able.length === 1 ? 'is' : 'are'} already ${spec.already} by the last reading${input.context.freshness.label ? ` (${input.context.freshness.label})` : ''}. Which one do you mean: ${names.join(', ')} or ${last}?`;
    }
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

const WATER_KINDS = ['irrigation', 'water_valve'];

/** A valve or irrigation zone, by its capabilities ("valve_open_close") or its kinds. */
function letsWaterThrough(input: IntentAnswerInput, device: Entity): boolean {
  if (capabilitiesOf(device).some((c) => /valve|irrigat|sprinkl/.test(c))) return true;
  return WATER_KINDS.some((k) => input.snapshot.kindsOfDevice.get(device.id)?.has(k) === true);
}
