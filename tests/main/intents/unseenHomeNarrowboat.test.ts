// A couple's 57 ft narrowboat moored near Oxford (well deck, cratch, saloon, galley, shower room, cabin, engine room,
// stern deck, roof) and the mother's bungalow in Abingdon with its conservatory, garage and garden
// (tests/fixtures/homes/narrowboat.*): names in British canal English with boat words ("the webby" = Webasto heater,
// calorifier, swim, well deck), and its 344 questions from the husband's terse boater shorthand, the wife typing
// with voice dictation that slips ("turn of the salon lights", "is the build pump on", "calorie fire", "sure power"),
// the elderly mother's long polite questions unsure of device names ("the button thing I wear round my neck"), a
// texting teen and a literal boat-sitter, written by someone who had not read the engine. Blind before round 34:
// 68.0 % (234/344; right-or-honest 87.8 %, 6 wrong none, 3 wrong proposals). The expectation of ox296 ("turn off all the
// lights on the boat") was set after it to the two lights that are on, at tier 2, as the other homes grade it.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('narrowboat', 0.75);
