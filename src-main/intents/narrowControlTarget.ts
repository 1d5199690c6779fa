// A command whose target fits several devices goes to the one able to do it, and a pronoun's device that can't to
// the others of its own kinds that can. Split out of answerControl.ts: this only narrows the match's target, it
// never proposes anything.
import { chosenByWeakerKind } from './ableByWeakerKind';
import type { Entity } from '../../src-shared/protocol/entities';
import { actionSpec, numberSlot, type Reading } from './controlActions';
import { setpointOf } from './deviceReadings';
import { kindById } from './deviceKinds';
import { said } from './IntentAnswerInput';
import type { IntentMatch } from './IntentEngine';
import { locksAlsoMeant, locksNamedAlike } from './lockThatOpens';
import { locksForKindWord } from './lockWordTarget';
import { resolveSetIntent } from './resolveSetIntent';
import { stepAmongSeveral } from './stepAmongSeveral';
import { othersOfKindSaid, unableOfKindSaid } from './kindSaidAmongAble';
import { waterSupplyTarget } from './waterSupply';

/** Only a switch leaves an unswitchable one of the kind as meant as the other ("arm the alarm" is never a freeze alarm). */
const SWITCHING_ONLY: ReadonlySet<string> = new Set(['turn_on', 'turn_off']);
/** A number set on a kind word ("set the boiler to 55") goes to one of several of the kind only when asked which. */
const SETTING: ReadonlySet<string> = new Set(['set_temperature', 'set_level']);

/**
 * A command whose target fits several devices goes to the one that can do it ("turn on the sauna": the heater, not
 * the sauna house's lock); with none or several able, the question back stays.
 */
export function narrowControlTarget(given: Reading, byPronoun = false): IntentMatch {
  const reading = { ...given, match: waterSupplyTarget(given) };
  const slot = reading.match.slots['target'];
  if (reading.match.category === 'control' && slot?.type === 'entity' && byPronoun) return offerAbleOfKind(reading, slot.entity, slot.text);
  // "open pòtay" found the one gate that opens, but a lock is named by the same word: which one (lockThatOpens.ts).
  const alikeLocks = reading.match.category === 'control' && slot?.type === 'entity' && slot.how !== 'exact' ? locksNamedAlike(reading.match.intent, slot.text, slot.entity, reading.snapshot) : [];
  if (slot?.type === 'entity' && alikeLocks.length > 0) return { ...reading.match, slots: { ...reading.match.slots, target: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: [slot.entity, ...alikeLocks] } } };
  if (reading.match.category === 'control' && slot?.type === 'entity') return locksForKindWord(reading.match, reading.snapshot); // "lock the door" (lockWordTarget.ts)
  if (reading.match.category !== 'control' || slot?.type !== 'ambiguous') return reading.match;
  // Each candidate is read as the target ("set … to 85" is a temperature for a heater, a level for a light).
  const as = (entity: Entity): IntentMatch => ({ ...reading.match, slots: { ...reading.match.slots, target: { type: 'entity', text: slot.text, entity, how: 'synonym' } } });
  const canDo = (c: Entity): boolean => {
    const spec = actionSpec(resolveSetIntent({ ...reading, match: as(c) }), { ...reading, match: as(c) });
    return typeof spec !== 'string' && spec.can(c);
  };
  const able = slot.candidates.filter(canDo);
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
  // "geyser band kar do" with two geysers, one switchable: the other is the geyser meant as much (kindSaidAmongAble.ts).
  if (SWITCHING_ONLY.has(reading.match.intent) && narrowed === able && able.length === 1 && unableOfKindSaid(reading.snapshot, slot.text, slot.candidates, able)) return reading.match;
  // "set the boiler to 55": the one able among the names found is no choice between the devices of the kind said.
  const alsoAble = one && narrowed === able && able.length === 1 && SETTING.has(reading.match.intent) ? othersOfKindSaid(reading.snapshot, slot.text, one, canDo) : [];
  if (one && alsoAble.length > 0) return { ...reading.match, slots: { ...reading.match.slots, target: { ...slot, candidates: [one, ...alsoAble], withPlaces: true } } };
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
