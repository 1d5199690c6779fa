// A house in Zürich-Wipkingen and a chalet in Flims (tests/fixtures/homes/zurich.*) and its 285 questions in Swiss
// German, Standard German and English ("isch s Liecht no aa?", "mach d Heizig uf 21"), written by someone who had not
// read the engine. Unseen through round 23's five fixers (48.1 % before them, 48.1 % after); a dev set from then on
// (63.5 % after Swiss German was read as Standard German, 66.7 % after round 24). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('zurich', 0.75);
