// A saltbox house in downtown St. John's, Newfoundland, with a rented basement apartment, a shed and the family's cabin
// around the bay (tests/fixtures/homes/stjohns.*): English names with family nicknames ("Nan's lamp", "the Big
// Freezer"), and its 295 questions in a grandfather's Newfoundland English ("where ya to with the furnace", "is the
// stove on, me son"), a mother's fast typing and Acadian French, teenagers' texting, the tenant's and a very polite
// son-in-law's English, written by someone who had not read the engine. Unseen through round 31's fixers (65.1 % before
// round 31); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('stjohns', 0.8);
