// A family's old wooden house in Sandviken, Bergen, with its basement and storage shed, and a cabin by a fjord with a
// boat-house (tests/fixtures/homes/bergen.*): names mostly in Bokmål with Nynorsk and dialect spellings ("Varmepumpe
// stue", "Naustlys", "Panelovn bad"), and its 298 questions in the parents' Bokmål and Bergen dialect ("ka e
// temperaturen i stuå"), the grandmother's Nynorsk, the teenagers' English with Norwegian words and an au pair's
// English, written by someone who had not read the engine. Unseen through round 31's fixers (50.0 % before round 31);
// a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('bergen', 0.8);
