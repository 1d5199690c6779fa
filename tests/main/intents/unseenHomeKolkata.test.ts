// A Bengali joint family's flat in South Kolkata (Jadavpur: an inverter and batteries for power cuts, a geyser in each
// bathroom, ceiling fans on regulators, split ACs, a pump that fills the overhead tank, a mosquito machine, a puja room
// with a lamp and a conch-shaped bell on a schedule, a fish tank, a rooftop with a solar panel, a collapsible gate)
// plus the ancestral house in a village near Shantiniketan (pond and tubewell pumps, a thakur dalan, a cowshed, a
// generator) (tests/fixtures/homes/kolkata.*): names in Bengali script ("বসার ঘর", "পাখা"), in Banglish ("Dadu'r
// ghor", "Rannaghorer exhaust") and in English, and its 319 questions from the grandfather in formal Bengali script,
// the mother in Banglish mixed with English, the father in Indian English, the college kid in Banglish slang, the
// domestic help in simple Bengali and a cousin from New Jersey in American English, written by someone who had not
// read the engine. Blind before round 37: 32.6 % (104/319; right-or-honest 87.5 %, 5 wrong none, 4 wrong proposal);
// after round 37: 71.8 % (229/319; 1 wrong none, 4 wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('kolkata', 0.7);
