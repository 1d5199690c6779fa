// A Senegalese extended family's two-storey house in Dakar, Sacré-Cœur (tests/fixtures/homes/dakar.*), and the village
// house in Touba: the eth (courtyard) with its mango tree, the shop on the street, the roof terrace, water tank and
// booster pump, Woyofal prepaid meter, solar inverter and generator; in Touba the well pump, the Magal hall and the
// sheepfold. Names in French, Wolof, English and a little Arabic. Its 309 questions come from the grandmother in Wolof
// with and without ë/ñ/à ("fey lampu bi", "taal ventilateur bi"), the father switching French and Wolof mid-sentence
// ("ferme portail bi"), the mother in formal French, the teen texting Wolof/French slang, a cousin from Paris, the
// guard in short Wolof, an uncle in English and guests, written by someone who had not read the engine. Blind on main
// before round 44: 42.7 % (132/309; right-or-honest 85.8 %, 5 wrong none, 1 wrong proposal); after round 44: 59.5 %
// (184/309; Wolof read in wolofHome.ts, formal French in the cues; left: dk058 and dk250 wrong none, dk197 and dk199
// "the salon" proposed where the set expects a question, "salon" being the Salon TV's own alias).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('dakar', 0.55);
