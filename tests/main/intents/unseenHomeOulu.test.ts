// A Finnish house in Oulu (tests/fixtures/homes/oulu.*) and its 249 questions, written by someone who had not read the
// engine or its templates. Unseen through round 8 (73.5 % → 75.5 %), then a dev set of round 9 (80.3 % after it: fans
// kept by their speed, a sensor on a device that isn't smart, kind phrases several descriptions use, situations in
// how-tos), so it is no longer unseen; see describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('oulu', 0.91);
