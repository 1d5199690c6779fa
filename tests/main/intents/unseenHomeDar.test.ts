// A walled family house in Mikocheni, Dar es Salaam (tests/fixtures/homes/dar.*) and its 324 questions, half in coastal
// Swahili ("taa za sebule zimewaka?", "tangi lina maji kiasi gani"), written by someone who had not read the engine.
// Unseen through round 15 (48.5 % before it, 75.9 % after: the Swahili reader, built on Nairobi's Sheng); a dev set
// from round 16 on. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('dar', 0.85);
