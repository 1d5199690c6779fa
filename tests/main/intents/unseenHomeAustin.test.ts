// A two-storey suburban house in Austin, Texas, with a casita over the garage and a pool
// (tests/fixtures/homes/austin.*) and its 274 questions in casual US English ("yall left the garage open again?", "kill
// the den fan"), written by someone who had not read the engine. Unseen through round 17 (83.2 % before it, 83.2 %
// after: the round's fixes on other homes did not reach it); a dev set from round 17's last fixer on (85.4 % after
// round 18). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('austin', 0.9);
