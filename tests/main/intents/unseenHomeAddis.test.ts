// An Ethiopian family's G+1 villa in a walled compound in Bole, Addis Ababa (tests/fixtures/homes/addis.*): a guard
// house at the gate, a roof tank filled by a pump from an underground cistern, a generator and an inverter with a
// battery bank for power cuts, a solar water heater, an electric injera mitad and a coffee-ceremony corner, CCTV, a
// small service house rented out, plus the grandparents' house in Bishoftu (well pump, chicken-coop light). Names in
// Amharic in Ge'ez script ("ሳሎን", "ምጣድ"), romanised ("kushina", "mitad") and English, paired as "Mitad (ምጣድ)".
// Its 297 questions, from someone who had not read the engine: the grandmother and the guard in Amharic script, the
// father in romanised Amharic mixed with English ("generator-u bera?", "pump-u atfaw"), the mother in English with
// Amharic words, a teenage daughter's slang, an Oromo housekeeper in Afaan Oromo, a visiting uncle in plain English.
// Blind before round 39: 48.8 % (145/297; right-or-honest 92.9 %, 5 wrong none, 2 wrong proposals). After round 39:
// about 83 % (Amharic in Ge'ez and romanised, Afaan Oromo read in English: amharicPhrasing.ts, oromoPhrasing.ts).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('addis', 0.8);
