// "turn off the water pump" … "and lock up" while closing the summer house for the winter: "lock up" with no target
// said is every lock of the home, and the one unlocked there was the main house's back door, so the proposal locked a
// door in the other house (tier 3, the wrong one). When the conversation is about a device or place of an away site
// (a second house, homeSites.ts), "lock up" locks that site's locks; a conversation at the main house, or none, keeps
// every lock as before.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { isOfKind, kindById } from './deviceKinds';
import { siteOf } from './homeSites';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

const LOCK = kindById('lock');

/** "lock up" kept to the away site the conversation is at, or the match as it was. */
export function lockUpAtSite(match: IntentMatch, focus: Focus | undefined, snapshot: HomeSnapshot): IntentMatch {
  if (match.intent !== 'lock' || match.slots['target'] || !focus || !LOCK) return match;
  const subject = focus.subjects[0];
  const site = subject ? siteOf(snapshot, subject) : undefined;
  if (!site?.away) return match;
  const kind = LOCK;
  const locks = snapshot.devices.filter((d) => isOfKind(d, kind) && siteOf(snapshot, d) === site);
  const [one] = locks;
  if (!one) return match;
  const target = locks.length === 1 ? { type: 'entity' as const, text: 'lock', entity: one, how: 'synonym' as const } : { type: 'group' as const, text: 'locks', kind, place: site.zones[0] as Entity | undefined, devices: locks };
  return { ...match, slots: { ...match.slots, target } };
}
