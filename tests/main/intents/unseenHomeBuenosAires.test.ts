// A PH in Palermo and a quinta in Pilar (tests/fixtures/homes/buenosaires.*) and its 297 questions in Rioplatense
// Spanish as typed in WhatsApp, with an Italian nonna and a teenager's English ("prendé el aire x favor", "q luces
// quedaron prendidas"), written by someone who had not read the engine. Unseen through round 24's five fixers (51.9 %
// before them, 51.9 % after); a dev set from then on (57.6 %). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('buenosaires', 0.65);
