// A Paraguayan family's house in Asunción and their chacra near Caacupé (tests/fixtures/homes/asuncion.*): the quincho
// with its parrilla and tatakua, the pool and its chlorinator, split ACs, the generator, UPS and transfer panel, the
// electric fence, and at the chacra the well pump, water tank, irrigation of the mango and orange groves and the hen
// house. Its 308 questions come from the grandmother in Guaraní ("emboguepa la tesapé cocina-pe"), the father in
// Jopara (Guaraní and Spanish in one sentence), the mother in Paraguayan Spanish with voseo ("prendé", "fijate"), the
// teenage son in WhatsApp Spanish ("q", "xq", "porfa"), a Brazilian caretaker in Portunhol, a Mennonite friend in
// German and Spanish, and an American exchange student, written by someone who had not read the engine. Blind before
// round 41: 36.7 % (113/308; right-or-honest 87.0 %, 5 wrong none, 1 wrong proposal); after round 41: 52.3 % (161/308;
// 1 wrong none, py008, after a wrong reading of "el agua" as the water dispenser; 1 wrong proposal, py095, "de la casa"
// read as the room "Casa de la chacra").
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('asuncion', 0.5);
