// "morning geyser schedule", "the night lock up automation": a schedule or automation said by its whole name, with
// only the word for what it is beside it. The asker named one rule; listing every automation and schedule of the
// home (the bare "schedule" cue) buried its times. The named rule is the answer; a partial or loose name stays a list.
import type { Mention } from './mentions';
import { nameWordsSaid } from './nameWordsSaid';
import { tokenize } from './normalizeText';

/** True when the mention names exactly one rule by every word of its name (not a typo or a part of it). */
export function automationNamedWhole(mention: Mention | undefined): boolean {
  const rules = mention?.entities.automation ?? [];
  const [rule] = rules;
  if (!mention || mention.loose || rules.length !== 1 || !rule) return false;
  const said = new Set(tokenize(mention.text).map((t) => t.key));
  // No letter bound: every word of the rule's name but the stop words must be said.
  return nameWordsSaid(rule.name, said, 0);
}
