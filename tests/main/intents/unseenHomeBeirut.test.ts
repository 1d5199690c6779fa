// A Lebanese family's flat in Achrafieh, Beirut, and their mountain house in the Chouf (tests/fixtures/homes/beirut.*):
// names in Lebanese Arabic (Arabizi and Arabic script), French, English and a little Armenian. Its 306 questions come
// from a teta in Lebanese Arabic in Arabic script, a father mixing French, Arabic and English in one sentence, a mother
// in formal French, a teen in Arabizi slang, a Filipina helper in English with Tagalog words, a Québécois cousin, the
// concierge in short Arabic and a guest, written by someone who had not read the engine. Blind before round 45: 35.9 %
// (110/306; right-or-honest 87.6 %, 9 wrong none, 3 wrong proposals); after round 45: 47.1 % (144/306; 6 wrong none, no
// wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('beirut', 0.45);
