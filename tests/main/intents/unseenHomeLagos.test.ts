// A duplex in Lekki, Lagos with a generator house, boys' quarters and an inverter, plus the family house in Ibadan
// (tests/fixtures/homes/lagos.*), and its 296 questions in Nigerian English with Pidgin and Yoruba ("oya start am",
// "the gate dey open?"), written by someone who had not read the engine. Unseen through round 21 (46.6 % before it,
// 47.0 % after); a dev set from round 22 on (64.2 % after it). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('lagos', 0.7);
