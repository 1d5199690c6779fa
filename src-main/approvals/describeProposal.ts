import type { ProposalSummary } from './ProposalRequest';

/** Lists longer than this name the first few and count the rest, so a card stays readable. */
const MAX_NAMED = 8;

/** "Turn off 3 lights in the Kitchen: Ceiling Light, Pendant, Under-cabinet Strip" / "Unlock Front Door Lock". */
export function describeProposal(summary: ProposalSummary, targetNames: readonly string[]): string {
  const detail = summary.detail ?? '';
  if (targetNames.length === 1) return `${summary.verb} ${targetNames[0] ?? ''}${detail}`;
  const noun = summary.noun ?? 'things';
  const place = summary.place ? ` in the ${summary.place}` : '';
  const named = targetNames.slice(0, MAX_NAMED).join(', ');
  const more = targetNames.length > MAX_NAMED ? ` and ${targetNames.length - MAX_NAMED} more` : '';
  return `${summary.verb} ${targetNames.length} ${noun}${place}${detail}: ${named}${more}`;
}
