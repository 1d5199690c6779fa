// A Croatian house (tests/fixtures/homes/zagreb.*) and its 344 questions, written by someone who had not read the
// engine or its templates. It stayed unseen through rounds 4 and 5 (77.3 % → 84.6 %), was then the dev set of round 6
// (98.0 % after it: capability spellings, people's rooms named with possessive adjectives, qualified kinds, schedules
// asked by what they do), so it is no longer unseen; see describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('zagreb', 0.97);
