// An upstream-shaped home (tests/fixtures/homes/casa-rivera.*) and its question set, written by someone who had not
// read the engine or its templates; see describeUnseenHome.ts for how it is asked and graded.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('casa-rivera', 0.97);
