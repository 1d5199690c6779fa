// A Georgian family's flat in an old Tbilisi house in Sololaki (a shared wooden balcony, a courtyard, a gas boiler
// "ქვაბი" for heating and hot water, radiators, a marani cellar with qvevri, split ACs, a samovar-style kettle, a
// building door with an intercom) and the grandparents' house in a Kakheti village (a vineyard with drip irrigation and
// its pump, a tone bread oven, a wood stove, a well pump, a chicken coop, a gate) (tests/fixtures/homes/tbilisi.*):
// names in Georgian script, in Russian and in Georgian texted in Latin letters, and its 311 questions from the father
// in Georgian script, the mother mixing Georgian and Russian, the teens texting Georgian in Latin letters, the
// grandmother in Russian, the grandfather in formal Georgian and a guest from Berlin in English, written by someone who
// had not read the engine. Blind before round 36: 18.3 % (57/311; right-or-honest 94.2 %, 1 wrong none, 2 wrong
// proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('tbilisi', 0.55);
