// A Basque family's flat in Deusto, Bilbao, and their baserri near Gernika with its cider house, barn, milking room,
// hen house, vineyard and borehole (tests/fixtures/homes/bilbao.*): names in Basque ("Egongela", "Sukaldeko argia",
// "Galdara"), Spanish, English and a little French. Its 309 questions come from the amona in Bizkaian Basque ("dagoz",
// "noz", "zelan dago?"), the aitite mixing Basque and Spanish, the mother in formal Spanish with "usted", the father
// switching mid-sentence ("jarri la calefacción 21ean"), the teen texting euskañol ("k tal la ponpa", "dao"), a cousin
// from Baiona in French, a guest in English and a neighbour asking for the wifi code, written by someone who had not
// read the engine. Blind on round 44's base: 30.1 % (93/309; right-or-honest 86.4 %, 7 wrong none, 1 wrong proposal);
// after round 44 (Basque read, basquePhrasing.ts): 68.6 % (212/309; right-or-honest 93.9 %, 1 wrong none, 1 wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('bilbao', 0.65);
