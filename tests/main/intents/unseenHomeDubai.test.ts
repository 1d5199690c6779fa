// A villa in Arabian Ranches, Dubai, and a desert camp at Al Qudra (tests/fixtures/homes/dubai.*) and its 299 questions
// in Gulf English with Arabic, Hindi/Urdu and Tagalog words ("yalla open the gate", "ac band karo", "ilang percent na
// po?"), written by someone who had not read the engine. Unseen through round 23's five fixers (70.2 % before them,
// 69.9 % after); a dev set from then on (71.6 %). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('dubai', 0.8);
