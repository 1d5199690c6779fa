// An Azerbaijani family's flat in Nərimanov, Baku, and their dacha in Mərdəkan (tests/fixtures/homes/baku.*): the
// kombi, samovar, radiators and split ACs of the flat, the gas meter on a prepaid card, the dacha's well pump and
// tank, pool, tandoor corner, fig and pomegranate irrigation and the xəzri wind sensor over the awnings. Its 307
// questions come from the nənə in full Azerbaijani, the baba mixing Russian and Azerbaijani, the father typing
// Azerbaijani without its special letters ("menzil qapisi kilidlidi"), the mother in Russian, the teen's
// Azerbaijani/Russian/English slang ("kondeyi aç bro"), a Turkish cousin, an English guest and the gardener,
// written by someone who had not read the engine. Blind before round 45: 29.3 % (90/307; right-or-honest 79.8 %,
// 7 wrong none, 5 wrong proposals); after round 45 (Azerbaijani read by the Turkish reader): 54.1 % (166/307; 3 wrong
// none, 4 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('baku', 0.5);
