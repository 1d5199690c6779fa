// A Kazakh family's flat in Almaty (9th floor, a parking place with an EV charger, the block's entrance) and their
// dacha near Talgar (banya, greenhouse, apple orchard, well pump, gas bottle, the dog Бөрі's house) (tests/fixtures/
// homes/almaty.*). Names in Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і), Russian, a few in Kazakh Latin and English. Its 308
// questions come from the grandmother's formal Kazakh, the father's Russian with Kazakh words, the mother mixing
// Kazakh and Russian, the daughter typing Kazakh and Russian in Latin letters without diacritics, the son's English
// gamer slang, an uncle in Russian and an English guest, written by someone who had not read the engine.
// Blind before round 41: 16.6 % (51/308; right-or-honest 90.9 %, 3 wrong none). After round 41 (Kazakh and Russian
// read, Kazakh names known in English, not read as Mongolian): see the floor.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('almaty', 0.4);
