// A British English terrace house in Leeds (tests/fixtures/homes/leeds.*) and its 286 questions, written by someone who
// had not read the engine or its templates: kinds said as brands and British words (Hive, combi, immersion, telly, hob,
// Henry, "the big light"). It stayed unseen through rounds 6 and 7 (66.1 % → 71.0 %) and was the dev set of round 8
// (95.8 % after it: values written with their units, household reading words, outbuildings called by their first
// word, notes that hold the question's words, British command verbs), so it is no longer unseen; see
// describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('leeds', 0.97);
