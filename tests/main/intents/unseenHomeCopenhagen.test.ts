// An apartment in Vesterbro and a summer house in Hornbæk (tests/fixtures/homes/copenhagen.*) and its 320 questions,
// half in Danish, often typed without æøå ("sluk lyset i stuen", "hvad er temperaturen i sovevaerelset"), written by
// someone who had not read the engine. Unseen through round 19 (60.3 % before it, 60.9 % after); a dev set from round
// 20 on, which added Danish to the language layer. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('copenhagen', 0.85);
