// "what does the load shedding automation do" in a home with a schedule "K-Electric load-shedding" (the utility's
// outage times) and an automation "Load-shedding mode": the words found the schedule first, and the answer said the
// graph links it to no device. The asker said "automation": among the rules the words name, the one automation (by
// its entity type) is meant. With none or several automations named by every word said, the reading stays.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS, type Mention } from './mentions';
import { tokenize, type Token } from './normalizeText';

/** Words that say the thing asked about is an automation (not a schedule or a device). */
const AUTOMATION_WORDS: ReadonlySet<string> = new Set(['automation', 'automations', 'routine', 'routines']);

/** The mention, its rule swapped for the one automation its words name when the asker said "automation". */
export function automationWhenSaid(snapshot: HomeSnapshot, tokens: readonly Token[], mention: Mention): Mention {
  const rules = mention.entities.automation ?? [];
  if (rules.length === 0 || rules.some((e) => e.entity_type === 'automation')) return mention;
  if (!tokens.some((t, i) => (i < mention.start || i >= mention.end) && AUTOMATION_WORDS.has(t.key))) return mention;
  const words = tokenize(mention.text).map((t) => t.key).filter((k) => !STOP_WORDS.has(k));
  if (words.length === 0) return mention;
  const named = [...snapshot.byId.values()].filter((e): e is Entity => e.entity_type === 'automation' && words.every((w) => tokenize(e.name).some((t) => t.key === w)));
  const [one] = named;
  return named.length === 1 && one ? { ...mention, entities: { ...mention.entities, automation: [one] } } : mention;
}
