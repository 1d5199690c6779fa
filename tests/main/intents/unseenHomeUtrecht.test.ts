// A Dutch canal house (tests/fixtures/homes/utrecht.*) and its 353 questions, written by someone who had not read the
// engine or its templates. It was held out at the start of round 4 (77.9 %) and after it (84.1 %), then used in round 5
// to find general fixes (outdoor readings, capabilities ending in a kind word, commands over "the light" among many,
// secrets in a device's own notes), so it is no longer unseen; see describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('utrecht', 0.96);
