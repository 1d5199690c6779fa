// A farmhouse near Ames, Iowa with its farmyard (barns, grain bins, well house, shop) (tests/fixtures/homes/iowa.*)
// and its 295 questions in Midwestern English, a grandfather's old words ("the icebox", "the hired man's light"), a
// teenager's slang and a hired hand's Spanish ("prende los ventiladores del bin"), written by someone who had not read
// the engine. Unseen through round 27's fixes (68.8 % before and after them); a dev set from then on. Its temperatures
// are in Fahrenheit.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('iowa', 0.75);
