// A Rwandan family's house in Kimihurura, Kigali (tests/fixtures/homes/kigali.*), with a rental annex and a farm plot
// near Musanze; its rooms and devices are named in Kinyarwanda, French, English and a little Swahili. Its 307
// questions come from the grandmother in Kinyarwanda, the father mixing English and Kinyarwanda, the mother in French,
// the teen texting Kinyarwanda slang and English, the guard in short Kinyarwanda and Swahili, the annex student in
// English, an uncle in Brussels in French and guests, written by someone who had not read the engine. Blind before
// round 45: 39.7 % (122/307; right-or-honest 83.1 %, 5 wrong none, 2 wrong proposals); after round 45's
// Kinyarwanda reader (kinyarwandaPhrasing.ts): 61.9 % (190/307; right-or-honest 86.6 %, 4 wrong none, 2 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('kigali', 0.6);
