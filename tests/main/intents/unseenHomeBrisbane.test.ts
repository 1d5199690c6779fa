// An Australian English house in Brisbane (tests/fixtures/homes/brisbane.*) and its 250 questions, written by someone
// who had not read the engine or its templates: kinds said as brands and models (Daikin, Fronius, Rinnai, the Zip tap).
// Unseen through round 8 (70.4 % → 73.6 %), then a dev set of round 9 (77.6 % after it), so it is no longer unseen;
// see describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('brisbane', 0.91);
