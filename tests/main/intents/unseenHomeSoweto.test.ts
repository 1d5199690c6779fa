// A family yard in Orlando, Soweto (tests/fixtures/homes/soweto.*): the main house with its Sunsynk inverter and
// lithium battery for load shedding, the solar-boosted geyser, prepaid meter, JoJo tank with its pump and the borehole
// shared with next door, the gate motor and electric fence, the back-room tenant, Mama's spaza shop, and the
// grandparents' rural homestead at Msinga in KwaZulu-Natal (rondavel, kraal camera, paraffin heater with a CO alarm).
// Its 308 questions come in South African English, isiZulu, Sesotho, Afrikaans, tsotsitaal and Gen-Z slang ("eish",
// "yoh", "neh", "vula isango"), written by someone who had not read the engine. Blind on main before round 42:
// 67.2 % (207/308; right-or-honest 88.0 %, 4 wrong none, 1 wrong proposal); after round 42: 80.5 % (248/308; 1 wrong
// none: "how is mkhulu's solar battery" reads "mkhulu's" as the room "Mkhulu's house", and the solar kit is in the
// rondavel and no home battery by its kind).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('soweto', 0.75);
