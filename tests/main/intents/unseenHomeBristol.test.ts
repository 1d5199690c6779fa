// A Victorian terrace in Bishopston, Bristol and the family's narrowboat on the Kennet & Avon (tests/fixtures/homes/
// bristol.*) and its 300 questions as a grandmother's phone dictation says them ("turn of the landing light full stop",
// "set the heating to twenty one"), a grandfather's terse old words ("Wireless off.", "the immersion"), a carer's
// clinical questions with Gujarati words and a grandson's Bristolian ("where's the telly remote to"), written by
// someone who had not read the engine. Unseen through round 28's fixes (62.0 % before them, 62.3 % after); a dev set
// from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('bristol', 0.70);
