// A Marrakech family's riad in the medina (the patio "wast ed-dar" with its fountain, the Moroccan salon, the kitchen,
// the hammam, the rooms round the gallery, the roof with its cistern and solar water heater) and the son Karim's flat
// in Casablanca (tests/fixtures/homes/marrakech.*): names in Moroccan Darija in Arabic script ("الكليماتيزور د
// الصالون"), in Latin letters with digits ("Dou l7ammam", "Sba7 l7ajja") and in French, and its 354 questions from the
// parents and teenagers typing Darija in Latin letters mixed with French ("ch3el dou f kuzina stp", "wach la porte
// msdoda"), the grandmother's very polite Darija in Arabic script, a French-speaking guest and the cleaner, written by
// someone who had not read the engine. Blind before round 35: 10.5 % (37/354; right-or-honest 94.4 %, 1 wrong none,
// 0 wrong proposals); after round 35 (Darija words joined to the Egyptian reader): 57.1 % (202/354, 0 wrong none, 0 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('marrakech', 0.55);
