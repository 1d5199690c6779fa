// A Québécois duplex in Montréal (tests/fixtures/homes/montreal.*) and its 308 questions, about half in Québec French
// ("y a-tu", "ferme la lumière", "barrer"), written by someone who had not read the engine. Unseen through round 12
// (48.1 % before it, 48.7 % after), then a dev set of round 13 (76.6 % after it: French sentence frames).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('montreal', 0.83);
