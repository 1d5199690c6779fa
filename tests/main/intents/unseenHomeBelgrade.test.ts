// A Belgrade family's flat in a 1970s block in Novi Beograd (district heating radiators with thermostatic valves, a
// bojler, a closed-in terasa, a basement šupa/ostava, an intercom) and their vikendica near Fruška Gora with a
// smederevac wood stove, a well pump and hidrofor, a wine cellar and garden irrigation (tests/fixtures/homes/belgrade.*):
// names in Serbian in both scripts (Cyrillic "Дневна соба", "Бојлер"; Latin with diacritics "Dečija soba"), some with
// English brand words, and its 309 questions from the grandfather in formal Cyrillic, the mother in Latin with
// diacritics, the teens in Latin without diacritics and slang ("upali svetlo u kupatilu", "jel radi bojler"), the terse
// father and a cousin from Vienna in English and German, written by someone who had not read the engine. Blind before
// round 34: 16.8 % (52/309; right-or-honest 89.3 %, 2 wrong none, 0 wrong proposals); after round 34: 75.7 % (234/309).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('belgrade', 0.75);
