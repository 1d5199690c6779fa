// A Lithuanian family's flat in Žirmūnai (Vilnius) and their sodyba near Trakai (tests/fixtures/homes/vilnius.*):
// names in Lithuanian (with ą č ę ė į š ų ū ž), Polish ("Światło w salonie"), Russian ("Свет в прихожей") and English.
// Its 304 questions come from a močiutė speaking Lithuanian with Polish words, a father writing Lithuanian without
// diacritics ("ijunk sviesa virtuveje"), a mother in English and Lithuanian, a teenager's slang, a Polish grandfather,
// a Russian neighbour and an Irish guest ("the sauna yoke", "open it for me so"), written by someone who had not read
// the engine. Blind before round 46: 19.7 % (60/304; right-or-honest 90.8 %, 8 wrong none, 0 wrong proposals); after
// round 46's Lithuanian reader: 46.7 % (142/304; right-or-honest 90.8 %, 4 wrong none, 0 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('vilnius', 0.45);
