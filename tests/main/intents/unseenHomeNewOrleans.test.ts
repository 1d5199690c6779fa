// A raised shotgun double in the Bywater and a fishing camp on the bayou near Lafitte (tests/fixtures/homes/
// neworleans.*), devices by the family's nicknames ("Big Gennie", "Mawmaw's lamp", "the Frigidaire") and some Cajun
// French labels, and its 284 questions in Yat, Cajun English with a grandfather's French, a teenager's texting and
// hurricane talk, in °F, written by someone who had not read the engine. Unseen through round 30's fixers (72.2 %
// before round 30); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('neworleans', 0.75);
