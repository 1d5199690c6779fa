// A device question asked of a kind ("manual for the fridge" with three fridges, "what automations use the leak
// sensors", "is there a schedule on the radiator thermostats"): the device answer for each one of them, together.
// Listing the devices instead would answer a question nobody asked.
import { placeName } from './AnswerBuilder';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';
import { devicesSaying } from './kindEvidence';

type Answerer = (input: IntentAnswerInput) => Promise<string | undefined>;

/** More than this and the answer is a wall of text; the first ones are answered and the rest named. */
const MAX_DEVICES = 6;
/** Makers said after a hedge only for a few candidates: more is a list nobody asked for. */
const MAX_MAYBE = 6;
/** How many devices are answered to find the ones with something to say. */
const MAX_TRIED = 12;
/** A device answer that says there is nothing ("No schedule or automation runs X."). */
const NOTHING = /^No /;

/**
 * `throughMaybe`: when no device is of the kind but one may be ("smart plug for the coffee machine"), what runs that
 * one runs the thing asked about (its automations, schedules), so it is answered for it after the hedge.
 */
export function forEachOfKind(answer: Answerer, deviceSlot: string, throughMaybe = false): Answerer {
  return async (input) => {
    const kindValue = input.match.slots['kind'];
    if (input.match.slots[deviceSlot] || kindValue?.type !== 'kind') return answer(input);
    const kind = kindValue.kind;
    const place = entitySlot(input.match, 'place');
    const all = await devicesOfKind(input, kind, place);
    // "what controls the bedside lamps": the ones whose own words say the whole phrase, when some do.
    const refine = input.match.slots['refine'];
    const said = refine?.type === 'text' ? devicesSaying(all, refine.text) : [];
    const devices = (said.length ? said : all).sort((a, b) => a.name.localeCompare(b.name));
    const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
    if (devices.length === 0) {
      const before = new Set(input.answer.citedIds());
      const none = await noneOfKind(input, kind, place, `There are no ${kind.plural}${where}.`);
      const maybe = input.answer.citedIds().filter((id) => !before.has(id)).map((id) => input.snapshot.byId.get(id)).filter((e) => e?.entity_type === 'device');
      const [one] = maybe;
      if (throughMaybe && maybe.length === 1 && one && none.includes('may be one')) {
        const slots = { ...input.match.slots, [deviceSlot]: { type: 'entity' as const, text: one.name, entity: one, how: 'synonym' as const } };
        const text = await answer({ ...input, match: { ...input.match, slots } });
        return text ? `${none}\n${text}` : none;
      }
      // "what brand is the tv" where the TV is only a maybe: the maker of each one it may be, said as such.
      if (!input.match.template.endsWith('maker+kind')) return none;
      const made = maybe.filter((d) => typeof d?.content['manufacturer'] === 'string').map((d) => `${d?.name}: ${String(d?.content['manufacturer'])}${typeof d?.content['model'] === 'string' ? ` (model ${d.content['model']})` : ''}`);
      return made.length && maybe.length <= MAX_MAYBE ? `${none}\nMade by: ${made.join('; ')}.` : none;
    }
    // Of more than can be said, the ones with something to say come first: "No schedule runs X" six times and the
    // one with a schedule only named after them reads as "none" (answers of one device are cheap, a few are tried).
    const answered: Array<{ device: (typeof devices)[number]; text: string }> = [];
    for (const device of devices.slice(0, devices.length > MAX_DEVICES ? MAX_TRIED : MAX_DEVICES)) {
      const slots = { ...input.match.slots, [deviceSlot]: { type: 'entity' as const, text: device.name, entity: device, how: 'exact' as const } };
      const text = await answer({ ...input, match: { ...input.match, slots } });
      if (text) answered.push({ device, text });
    }
    const shown = [...answered.filter((a) => !NOTHING.test(a.text)), ...answered.filter((a) => NOTHING.test(a.text))].slice(0, MAX_DEVICES);
    const parts = shown.map((a) => a.text);
    const rest = devices.filter((d) => !shown.some((a) => a.device === d));
    if (rest.length) parts.push(`(${rest.length} more ${kind.plural}: ${rest.map((d) => d.name).join(', ')})`);
    return parts.join('\n');
  };
}
