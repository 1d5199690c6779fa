// A 5-room HDB flat in Tampines with the family's shop unit downstairs (tests/fixtures/homes/singapore.*) and its 244
// questions in Singapore English ("on the aircon in master bedroom can", "ah ma room fan still on or not"), written by
// someone who had not read the engine. Unseen through round 17 (72.5 % before it, 72.5 % after); a dev set from round
// 17's last fixer on (76.6 % after round 18). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('singapore', 0.86);
