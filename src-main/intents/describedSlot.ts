// A device slot no name matched, read by what the devices' own words describe ("the floor lamp" for "Golvlampa", the
// night light whose model says "night light"): only one device that fits counts. Split out of SlotResolver.ts.
import type { Entity } from '../../src-shared/protocol/entities';
import type { NameResolution } from '../graph/EntityNameResolver';
import { commandTarget } from './commandTarget';
import { describedDevices, deviceDescribedAs } from './describedDevice';
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { looseOverKind } from './kindOwnMembers';
import type { Token } from './normalizeText';
import { stripPrefix, type ScoredSlot } from './slotValue';

/** "the floor lamp" for "Golvlampa", "johans bedside lamp" for "Sänglampa Johan": described, not named. */
export function describedTarget(snapshot: HomeSnapshot, tokens: readonly Token[], type: string, text: string, result: NameResolution, kindSaid: DeviceKind | undefined): ScoredSlot | undefined {
  // "lock battery": a capability the home's devices list, said alone and no kind, that no device's name says, is what
  // is read of them, never the one device whose model happens to say it ("Spotlight Cam Plus battery").
  const keys = stripPrefix(tokens).map((t) => t.key);
  if (!kindSaid && snapshot.capabilities.has(keys.join(' ')) && !keys.some((k) => snapshot.deviceNameKeys.has(k))) return undefined;
  // Among names that share a word ("Elsas Nattlampa", "Elsas Taklampa"), the description picks ("elsas night light").
  const all = looseOverKind(snapshot, describedDevices(snapshot, stripPrefix(tokens)), kindSaid, text);
  const described = result.kind === 'ambiguous' ? all.filter((d) => result.candidates.some((c) => c.entity.id === d.id)) : all;
  const [one] = described;
  if (described.length === 1 && one) return { value: { type: 'entity', text, entity: one, how: 'synonym' }, score: 0.9 };
  if (described.length > 1) return { value: { type: 'ambiguous', text, expected: type, candidates: described.slice(0, 6) }, score: 0.6 };
  // "is the night light on" for "Liisa öölamp", model "Go portable light (night light)": the device's own English
  // words, read as a command target is (commandTarget.ts), with a kind said; only one device that fits counts,
  // among names that share a word ("Saunan valo", "Saunamaja lukk", "Kiuas": "sauna heater") one of them.
  if (described.length === 0) {
    const read = commandTarget(snapshot, stripPrefix(tokens));
    // A one-word kind that is the shared name ("the sauna") stays shared: read questions answer for each.
    const sharedWord = kindSaid !== undefined && stripPrefix(tokens).length === 1;
    const among = result.kind !== 'ambiguous' || (!sharedWord && read?.type === 'one' && result.candidates.some((c) => c.entity.id === read.device.id));
    const loose = read?.type === 'one' && !read.why && among ? looseOverKind(snapshot, [read.device], kindSaid, text) : [];
    if (loose.length > 0) return loose.length > 1 ? { value: { type: 'ambiguous', text, expected: type, candidates: loose.slice(0, 6) }, score: 0.6 } : { value: { type: 'entity', text, entity: loose[0] as Entity, how: 'synonym' }, score: 0.9 };
    // "the pool pump" for "Bomba da Piscina" (description "relay for the pool filtration pump"): only when no
    // name of the home was matched at all, and exactly one device's own description or model says every word.
    const own = result.kind === 'ambiguous' ? undefined : deviceDescribedAs(snapshot, stripPrefix(tokens));
    if (own) return { value: { type: 'entity', text, entity: own, how: 'synonym' }, score: 0.9 };
  }
  return undefined;
}
