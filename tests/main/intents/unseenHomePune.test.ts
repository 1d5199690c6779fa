// An Indian joint-family bungalow in Pune (tests/fixtures/homes/pune.*) and its 308 questions in Indian English with
// Hindi/Marathi words ("geyser kidhar hai", "band kar do"), written by someone who had not read the engine. Unseen
// through round 12 (80.5 % before it, 81.5 % after), then a dev set of round 13 (89.9 % after it).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('pune', 0.95);
