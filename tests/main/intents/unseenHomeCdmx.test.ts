// A two-storey house with a roof terrace in Mexico City (tests/fixtures/homes/cdmx.*) and its 302 questions, half in
// casual Mexican Spanish without accents ("prende los focos de la sala", "esta abierto el porton?"), written by someone
// who had not read the engine. Unseen through round 15 (49.7 % before it, 72.8 % after: the Romance sentence frames,
// tested on no Spanish dev home); a dev set from round 16 on. See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('cdmx', 0.86);
