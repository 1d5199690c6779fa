// A red-sandstone tenement flat in Glasgow's West End and a static caravan on Arran (tests/fixtures/homes/glasgow.*)
// and its 290 questions in casual Scottish English ("pit the big light aff", "is it baltic in ruaridhs room"),
// written by someone who had not read the engine. Unseen through round 21 (54.8 % before it, 55.2 % after); a dev
// set from round 22 on (61.4 % after it). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('glasgow', 0.7);
