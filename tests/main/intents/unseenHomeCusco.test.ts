// A Peruvian family's house and four-room hostal in San Blas, Cusco, with a chacra near Urubamba
// (tests/fixtures/homes/cusco.*): the family rooms, the Mamacha's room with her help button and oxygen concentrator,
// the picantería, the hostal rooms named after apus, the rooftop tank and the chacra's well, greenhouse and cuyero.
// Names in Peruvian Spanish, Quechua ("K'anchay" light, "Yaku bomba", "Q'oñi") and English. Its 309 questions come
// from the abuela's Quechua mixed with Spanish ("k'anchayta wañuchiy"), the father's Lima slang ("prende la terma pe"),
// the mother's formal Spanish, the teenager's texting ("apaga la luz dl patio xfa"), the receptionist's English and
// Spanish, and backpackers in German, Hebrew and Australian English, written by someone who had not read the engine.
// Blind before round 46: 55.0 % (170/309; right-or-honest 86.1 %, 7 wrong none, 3 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('cusco', 0.55);
