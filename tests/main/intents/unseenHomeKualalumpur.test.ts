// A Malaysian Chinese-Malay family's condo in Mont Kiara, Kuala Lumpur (an aircond in each room, a water heater in each
// bathroom, a rice cooker on a smart plug, a drying rack that goes up and down, a smart lock, an altar light, an
// aquarium) and their kampung house in Melaka with a durian orchard, a water pump and tank, an auto-gate and a rain
// sensor (tests/fixtures/homes/kualalumpur.*): names in Malay ("kipas bilik tidur", "lampu dapur"), simplified Chinese
// ("客厅灯", "神台灯"), Manglish English ("aircond master room") and a little Tamil (the helper's room), and its 294
// questions from the father in Manglish ("on the aircond can ah"), the mother in Chinese characters mixed with English
// ("客厅 aircond 开了吗"), the grandmother in Malay ("pam air hidup ke?"), the teen in Manglish slang, the Indonesian
// helper in Bahasa Indonesia and a British expat neighbour, written by someone who had not read the engine. Blind
// before round 37: 61.6 % (181/294; right-or-honest 87.4 %, 6 wrong none, 2 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('kualalumpur', 0.75);
