// An Altbau flat in Hamburg-Eimsbüttel and a thatched holiday house on Sylt (tests/fixtures/homes/hamburg.*) and its
// 298 questions in German with and without umlauts, kids' texting German, a grandmother's formal "Sie", Plattdeutsch
// and a father's Turkish asides ("mach mal das licht aus pls", "Wat is mit de Heizung in de Köök?"), written by
// someone who had not read the engine. Unseen through round 27's fixes (50.0 % before and after them, although German
// was read: the German of Munich, Vienna and Zurich did not carry to a new household); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('hamburg', 0.6);
