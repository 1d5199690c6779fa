// A family's flat in a panelák in Prague's Jižní Město, with its cellar box and bike room, and the weekend chata in the
// Sázava valley with its well pump, sauna and kamna (tests/fixtures/homes/prague.*): names in Czech with and without
// diacritics ("Obývák", "Bojler", "Zasuvka pracka"), and its 298 questions in the parents' colloquial Prague Czech
// ("zhasni v obyvaku", "jakej je stav bojleru"), the grandmother's formal Czech, the son's English with Czech words and
// a daughter-in-law's Slovak, written by someone who had not read the engine. Unseen through round 32's fixers (11.7 %
// before round 32); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('prague', 0.55);
