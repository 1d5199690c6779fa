// A house in Brampton with a basement suite and a cottage in Muskoka (tests/fixtures/homes/toronto.*) and its 284
// questions in Canadian English, romanized Punjabi and Toronto slang ("lights band kar do", "garage da door bund
// hai?"), written by someone who had not read the engine. Unseen through round 26's fixes (60.6 % before and after
// them); a dev set from then on, with the Punjabi reader.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('toronto', 0.8);
