// A family's apartment in a Medellín conjunto (sala, cocina, cuarto útil with the water tank and its pump, the
// grandmother's room with her panic button and electric shower) plus their finca outside town with a generator
// ("la planta"), electric fence, pool, kiosko and dogs' area (tests/fixtures/homes/medellin.*): names in Colombian
// Spanish, the grandmother's old words ("el foco", "el televisor", "el refrigerador") only in descriptions, and its
// 300 questions from the parents and the abuela in usted ("hágame el favor y la prende", "regáleme…"), the teens'
// paisa slang ("ome", "parce", "pues", "q") and some Spanglish, written by someone who had not read the engine.
// Blind before round 35: 59.3 % (178/300; right-or-honest 88.0 %, 8 wrong none, 1 wrong proposal). After round 35: 65.3 %
// (196/300; 6 wrong none, 2 wrong proposals: md257 still proposes the generator, md007 the room's lights).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('medellin', 0.65);
