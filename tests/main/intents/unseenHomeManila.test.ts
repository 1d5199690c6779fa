// A townhouse in Quezon City with a sari-sari store and a roof deck (tests/fixtures/homes/manila.*) and its 280
// questions in Taglish ("patayin mo yung aircon sa kwarto ni Paolo", "bukas pa ba yung gate?"), written by someone who
// had not read the engine. Unseen through round 19 (43.6 % before it, 43.6 % after: no Tagalog was read); a dev set
// from round 20 on, which added Tagalog to the language layer. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('manila', 0.8);
