// "and the one in the study" after a command on one light, "n the big barn ones too" after the parlor fans were switched
// on: "one(s)" stands for the kind of what the last answer acted on, so the follow-up is also read with that kind said
// ("the light in the study", "big barn fans"). Read as the place alone, "turn on the big barn" switched its lights.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { sharedKind } from './sharedKind';

const ONE_IN_PLACE = /\bthe one (in|at|of|on)\b/i;
/** "the big barn ones": a word that is no determiner before "one(s)" (not "which ones", "the other one"). */
const NAMED_ONES = /\b(?!(?:the|which|those|these|this|that|other|any|all|both|some|every|each|new|old)\b)([\p{L}]{3,})\s+(ones?)\b/iu;

/**
 * `ofKind`: the fragment with the kind said; `namedOnes`: "X ones" said after a command, whose kind reading goes first
 * (after a question, "and the bach one?" is read as said first: the place's own device answers it).
 */
export function onesOfKind(text: string, fragment: string | undefined, listed: readonly Entity[], snapshot: HomeSnapshot, afterCommand: boolean): { ofKind: string | undefined; namedOnes: boolean } {
  const inPlace = ONE_IN_PLACE.test(text);
  const onesSaid = inPlace || !afterCommand ? undefined : NAMED_ONES.exec(text)?.[2]?.toLowerCase();
  // The fragment as the reader cut it has lost "ones" ("big barn"): the kind is put back after its words.
  const namedOnes = onesSaid !== undefined && fragment !== undefined && !/\bones?\b/i.test(fragment);
  const kind = inPlace || namedOnes ? sharedKind(listed, snapshot) : undefined;
  if (!fragment || !kind) return { ofKind: fragment, namedOnes: false };
  if (namedOnes) return { ofKind: `${fragment} ${onesSaid === 'ones' ? kind.plural : kind.singular}`, namedOnes };
  return { ofKind: fragment.replace(/^(the\s+)?one\b/i, `the ${kind.singular}`), namedOnes: false };
}
