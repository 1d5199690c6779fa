// A Malayali family's two-storey house in Edappally, Kochi, with the ancestral tharavad in Thrissur
// (tests/fixtures/homes/kochi.*): the kinar (well) and overhead Sintex tank, the inverter for KSEB power cuts,
// rooftop solar, the Nexon EV charger in the car porch, the pooja room and Ammachi's ground-floor room; at the
// tharavad the poomukham, coconut grove, cattle shed and kulam kept by Kuttan chettan. Names are in Malayalam script,
// Manglish, English and a little Hindi. Its 307 questions come from an ammachi writing Malayalam script, an appachan
// in formal Malayalam, a father in Manglish mixed with English, a mother in Indian English, a teen texting Manglish
// slang, a Tamil-speaking house help mixing Tamil and Malayalam, the caretaker and guests, written by someone who had
// not read the engine. Blind on main before round 44: 45.3 % (139/307; right-or-honest 91.5 %, 4 wrong none); after
// round 44: 70.0 % (215/307; 3 wrong none, no wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('kochi', 0.65);
