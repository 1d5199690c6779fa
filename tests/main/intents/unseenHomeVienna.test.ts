// A family flat in Vienna-Margareten with a cellar compartment and an allotment garden (tests/fixtures/homes/vienna.*)
// and its 312 questions, half in colloquial Austrian German ("mach as Licht im Vorzimmer aus", "wo is der Boiler"),
// written by someone who had not read the engine. Unseen through round 15 (68.3 % before it, 75.0 % after: the
// German/Dutch verb-second reader); a dev set from round 16 on. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('vienna', 0.86);
