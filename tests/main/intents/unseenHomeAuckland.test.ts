// A weatherboard villa in Auckland with a sleepout and a bach at Raglan (tests/fixtures/homes/auckland.*) and its 330
// questions in casual Kiwi English with te reo Māori words ("chuck the deck lights on", "whats koro's room at"),
// written by someone who had not read the engine. Unseen through round 19 (82.4 % before it, 83.3 % after); a dev set
// from round 20 on. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('auckland', 0.9);
