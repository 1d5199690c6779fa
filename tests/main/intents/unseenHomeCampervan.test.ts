// A Kiwi-Brazilian couple's converted Mercedes Sprinter van "Mabel" touring New Zealand (a lithium house battery with
// a BMS and shunt, roof solar with an MPPT, a DC-DC charger, shore power, an inverter, a diesel heater, a compressor
// fridge and a chilly bin, fresh and grey tanks with level sensors, a gas bottle with a level sensor and solenoid, a
// Truma water heater, a MaxxFan with a lid, LED strips, an awning on a motor, a GPS tracker, a dashcam, a cat feeder)
// plus their small flat in Wellington that a friend house-sits (a heat pump, an HRV, a dehumidifier, a smart lock, a
// towel rail, a washing machine) (tests/fixtures/homes/campervan.*): names in English, Brazilian Portuguese
// ("geladeira", "aquecedor", "luz da cama") and some te reo Māori, and its 326 questions from the Kiwi partner's
// laid-back slang ("sweet as, how's the battery", "chuck the heater on"), the Brazilian partner mixing Portuguese and
// English, her mother in Portuguese only, the polite house-sitter (only the flat) and a mechanic's technical English,
// written by someone who had not read the engine. Blind before round 39: 63.8 % (208/326; right-or-honest 85.6 %,
// 7 wrong none, 1 wrong proposal). After round 39: 70.2 % (229/326; 2 wrong none, 1 wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('campervan', 0.7);
