// "hot water setpoint for the house": "the house" is the whole home here, so the setpoint answer was asked of the home
// entity and said "Whitcomb farm has no temperature setting", a wrong none in a home full of setpoints. Asked of the
// home, the devices that take a setpoint are the answer, narrowed to the kind the question names ("hot water" → the
// water heaters) when it names one.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { kindForPhrase } from './kindLexicon';

/** Most devices said in one answer. */
const MAX_SAID = 6;

/** The home's devices with a setpoint (of the kind named, if any), or undefined when too many or none to say. */
export function homeSetpointDevices(snapshot: HomeSnapshot, words: readonly string[], hasSetpoint: (d: Entity) => boolean): Entity[] | undefined {
  const all = snapshot.devices.filter(hasSetpoint);
  const kind = kindSaid(words);
  const ofKind = kind ? all.filter((d) => kindMatch(snapshot, d, kind) !== undefined) : [];
  const said = ofKind.length > 0 ? ofKind : all;
  return said.length > 0 && said.length <= MAX_SAID ? said : undefined;
}

/** The kind two words or one of the question name (longest first). */
function kindSaid(words: readonly string[]): ReturnType<typeof kindForPhrase> {
  for (let i = 0; i + 1 < words.length; i++) {
    const kind = kindForPhrase(`${words[i]} ${words[i + 1]}`);
    if (kind) return kind;
  }
  for (const w of words) {
    const kind = kindForPhrase(w);
    if (kind) return kind;
  }
  return undefined;
}
