// A Kenyan family home in Karen, Nairobi (tests/fixtures/homes/nairobi.*) and its 329 questions in Kenyan English with
// Swahili and Sheng ("washa taa za sebule", "tank iko na maji ngapi"), written by someone who had not read the engine.
// Unseen through round 14 (52.9 % before it, 53.5 % after): Swahili sentence order was not read yet; a dev set of
// round 15 (86.9 % after it: the Swahili reader, swahiliPhrasing.ts). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('nairobi', 0.91);
