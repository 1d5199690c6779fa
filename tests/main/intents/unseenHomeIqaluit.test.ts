// An Inuit family's house on stilts in Iqaluit (tests/fixtures/homes/iqaluit.*): trucked water and sewage tanks, an
// oil furnace and its tank, heat trace, the porch (qanisaq), a snowmobile shed, a sea-can, and a cabin on the land;
// names in Inuktitut syllabics ("ᐃᒡᓗ", "ᖁᓪᓕᖅ") and Roman orthography, English and French. Its 307 questions come
// from the grandmother in Inuktitut (syllabics and Roman), the father in English with Inuktitut words, a texting teen,
// a French-speaking teacher ("VRC" for the HRV, "stores occultants"), a nurse and guests, written by someone who had
// not read the engine. Blind before round 43: 72.6 % (223/307; right-or-honest 86.97 %, 7 wrong none, 1 proposal at
// a stricter tier); after round 43: 78.8 % (242/307; 2 wrong none: "what controls them" of the heat trace cables two
// turns back, and an overhead shed door with no opener in the data).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('iqaluit', 0.75);
