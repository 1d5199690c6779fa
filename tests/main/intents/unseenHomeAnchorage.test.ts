// A family home in Anchorage, Alaska, with an arctic entry, boiler room, Toyo oil stove, block-heater plug-ins for the
// trucks, heat tape, a banya-style sauna (the "maqi"), a smokehouse and a fish freezer, plus the off-grid Kenai cabin
// on solar, a battery bank, a generator and Starlink (tests/fixtures/homes/anchorage.*): names in Alaskan English with
// nicknames ("the Toyo", "the genny", "the burb") and Yup'ik words, and its 298 questions from the parents, the teens,
// a blind grandfather dictating through speech-to-text ("period", "comma", spelled numbers, "tee vee"), an aunt who
// uses Yup'ik words ("maqi", "neqa", "quyana") and a cabin-sitter who doesn't know the names, written by someone who
// had not read the engine. Blind before round 36: 73.8 % (220/298; right-or-honest 87.2 %, 3 wrong none, 2 wrong
// proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('anchorage', 0.75);
