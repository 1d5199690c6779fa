// An Uzbek family's hovli in old Tashkent with a dacha in Chimgan (tests/fixtures/homes/tashkent.*): the courtyard
// (hovli) with its ayvon, tandirxona, qozonxona and water tank, the buvi's room, the orchard and aryq pump, and the
// mountain dacha with its sauna, pechka and generator. Names are Uzbek Latin with oʻ/gʻ (U+02BB, typed ' or o' or
// bare), Uzbek Cyrillic, Russian, a little Tajik and English. Its 305 questions come from the buvi in Uzbek Cyrillic,
// the father mixing Russian and Uzbek ("включи chiroqni hovlida"), the mother in Russian, the teen in bare Uzbek
// Latin ("konditsionerni yoq bro"), a Tajik relative, an English guest and the gardener, written by someone who had
// not read the engine. Blind on main before round 46: 23.0 % (70/305; right-or-honest 92.8 %, 2 wrong none, 1 wrong
// proposal); after round 46's Uzbek reader: 47.9 % (146/305; the same 2 wrong none and 1 wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('tashkent', 0.45);
