// An apartment in São Paulo's Vila Madalena and a beach house in Ubatuba (tests/fixtures/homes/saopaulo.*) and its 290
// questions in casual Brazilian Portuguese with some English ("a luz da sala tá acesa?", "cadê o Wall-E?"), written by
// someone who had not read the engine. Unseen through round 23's five fixers (41.4 % before them, 41.4 % after); a dev
// set from then on (53.4 % after the spoken forms were read, 66.9 % after round 24). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('saopaulo', 0.7);
