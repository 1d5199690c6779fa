// A Victorian terrace in Canton, Cardiff and a static caravan on the Gower (tests/fixtures/homes/cardiff.*) and its 288
// questions in South Walian English and Welsh ("where's the remote to, butt?", "diffodd y gwres plis"), written by
// someone who had not read the engine. Unseen through round 25's six fixes (70.5 % before them, 70.1 % after); a dev
// set from then on. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('cardiff', 0.8);
