// A Sri Lankan family's two-storey house in Nugegoda, Colombo, with a Tamil tenant's upstairs annex, plus their
// up-country bungalow in Nuwara Eliya with a caretaker and a greenhouse (tests/fixtures/homes/colombo.*): a roof tank
// with a level sensor and a water pump, a generator changeover for power cuts, a solar water heater with a backup
// element, a pooja-room oil lamp (pahana), a gate motor, CCTV, ACs and ceiling fans, heaters and an electric blanket in
// the cold bungalow. Names in Sinhala script, romanised Sinhala, Tamil script and English ("Salaya fan (සාලයේ පංකාව)",
// "Annex hall (முன் அறை)"). Its 306 questions, from someone who had not read the engine: the father in romanised
// Sinhala mixed with English ("fan eka off karanna", "NVR eka koheda"), the grandmother in Sinhala script, the mother
// in Sri Lankan English, the Tamil tenant in Tamil script and Tanglish, a teenage daughter's slang, an Australian
// visitor. Blind before round 40: 56.5 % (173/306; right-or-honest 87.6 %, 2 wrong none, 0 wrong proposals). After round 40: about 84.6 % (Sinhala in its script and romanised read in English: sinhalaPhrasing.ts).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('colombo', 0.8);
