// The Siddiqui family's flat in Gulshan-e-Iqbal, Karachi (UPS/inverter for load-shedding, water motor and roof and
// ground tanks, gas geyser, split ACs, servant quarter) and Dada Abbu's house in Qasimabad, Hyderabad
// (tests/fixtures/homes/karachi.*): names in Urdu script ("بیٹھک کی لائٹ"), Roman Urdu ("Ammi ka kamra", "Pani ki
// motor", "Chhat ki tanki") and English, and its 298 questions from the father in Roman Urdu and English ("bhai motor
// chala do", "UPS ki battery kitni hai"), the mother in Urdu script, a texting teenager, the grandfather in formal Urdu
// and the driver, written by someone who had not read the engine. Unseen before round 33 (23.8 % blind); a dev set
// from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('karachi', 0.5);
