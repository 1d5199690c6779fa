// A Bauhaus flat in Tel Aviv and the grandparents' house on a moshav near Rehovot (tests/fixtures/homes/telaviv.*),
// names mostly in Hebrew script (סלון, ממ"ד, דוד חשמל), some transliterated ("Dud Shemesh") or Cyrillic, and its 294
// questions in Israeli English with Hebrew words ("is the dud on?", "close the trisim"), transliterated Hebrew, Hebrew
// script and a grandfather's Russian, written by someone who had not read the engine. Unseen through round 30's fixers
// (43.2 % before round 30); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('telaviv', 0.55);
