// A flat on the Navigli in Milan plus a holiday house on Lake Como (tests/fixtures/homes/milano.*) and its 285
// questions, half in Italian as typed on phones ("la caldaia e accesa?", "spegnila"), written by someone who had not
// read the engine. Unseen through round 17 (58.2 % before it, 61.1 % after: the Romance closed classes, tested on no
// Italian dev home); a dev set from round 17's last fixer on (64.9 % after round 18). See describeUnseenHome.ts for the
// grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('milano', 0.85);
