// The home's time zone (home entity content.timezone, an IANA name) decides what "tomorrow at 8" means. Without one,
// the machine's zone is used, and UTC as the last resort.
import type { GraphStore } from '../graph/GraphStore';
import { isValidTimeZone } from './zonedTime';

export async function homeTimeZone(store: GraphStore, fallback = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<string> {
  const homes = await store.listEntities({ types: ['home'], limit: 5 });
  for (const home of homes) {
    const tz = home.content['timezone'];
    if (typeof tz === 'string' && isValidTimeZone(tz)) return tz;
  }
  return fallback && isValidTimeZone(fallback) ? fallback : 'UTC';
}
