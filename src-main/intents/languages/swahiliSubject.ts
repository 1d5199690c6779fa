// A Swahili noun phrase in English order (split from swahiliPhrasing.ts, a pure move): "taa za sebule" → "sebule
// lights", "heater ya bibi" → "bibi's heater", the home's own name for it when it has one ("Y X", "Y's X").
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import type { Token } from './swahiliWords';

/** The words of a thing in English order: "taa za sebule" → "sebule lights", "heater ya bibi" → "bibi's heater". */
export function subject(tokens: readonly Token[], snapshot: HomeSnapshot, plural: boolean): string {
  let out: string[] = [];
  let all = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'of' && i + 1 < tokens.length) {
      const owner = ownerRun(tokens, i + 1, out.join(' '), snapshot);
      const ownerSaid = subject(tokens.slice(i + 1, owner), snapshot, false);
      const byKind = tokens.slice(i + 1, owner).every((o) => o.kind === 'noun' || o.kind === 'outside');
      out = genitive(out.join(' '), ownerSaid, snapshot, t.said === 'kwa', byKind).split(' ').filter(Boolean);
      i = owner - 1;
    } else if (t.kind === 'name') out.push(t.text);
    else if (t.kind === 'noun') out.push(plural ? t.plural : t.singular);
    else if (t.kind === 'all') all = true;
    else if (t.kind === 'its') out.unshift('its');
    else if (t.kind === 'it') out.push(tokens[i + 1]?.kind === 'other' ? 'the' : out.length > 0 ? '' : 'it');
    else if (t.kind === 'other') out.push(out[out.length - 1] === 'the' ? 'other one' : 'other');
    else if (t.kind === 'in') out.push('in');
    else if (t.kind === 'outside') out.push('outside');
    else if (t.kind === 'unit') out.push(t.english);
    else if (t.kind === 'state') out.push(t.state);
    else if (t.kind === 'word') out.push(t.said);
  }
  const said = out.filter(Boolean).join(' ');
  return all && said ? `all ${said}` : said;
}

/** Where the owner of "X ya Y …" ends: the run of words after "ya", cut where the home names "Y X" ("panic button ya askari battery"). */
function ownerRun(tokens: readonly Token[], from: number, thing: string, snapshot: HomeSnapshot): number {
  let end = from;
  while (end < tokens.length && ['name', 'word', 'noun', 'outside'].includes(tokens[end]?.kind ?? '')) end++;
  for (let cut = end - 1; cut > from; cut--) {
    const owner = tokens.slice(from, cut).map((t) => (t.kind === 'name' ? t.text : t.said)).join(' ');
    if (snapshot.phrases.has(phraseKey(`${owner} ${thing}`))) return cut;
  }
  return Math.max(end, from + 1);
}

/** "X ya Y": the home's own name for it if it has one ("Y X", "Y's X"), else "Y X" for a place, else "Y's X". */
function genitive(thing: string, owner: string, snapshot: HomeSnapshot, located: boolean, byKind: boolean): string {
  if (!thing) return `the ${owner} one`;
  if (!owner) return thing;
  const plain = `${owner} ${thing}`;
  const owned = `${owner.replace(/'s$/, '')}'s ${thing}`;
  if (snapshot.phrases.has(phraseKey(plain))) return plain;
  if (snapshot.phrases.has(phraseKey(owned))) return owned;
  const named = snapshot.phrases.get(phraseKey(owner)) ?? [];
  if (named.some((e) => ['room', 'zone', 'home'].includes(e.entity_type))) return located ? `${thing} in ${owner}` : plain;
  // "battery ya inverter": a part or reading of a device; "pressure ya maji": a compound ("water pressure").
  if (named.some((e) => e.entity_type === 'device')) return `${thing} of ${owner}`;
  return byKind || snapshot.manufacturers.has(phraseKey(owner)) ? plain : owned;
}
