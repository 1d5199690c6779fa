// A Victorian terrace in Rathmines, Dublin, and a cottage in Dingle (tests/fixtures/homes/dublin.*) and its 291
// questions in Irish English, with a granny who speaks Irish ("would you ever switch on the immersion", "múch an
// solas"), written by someone who had not read the engine. Unseen through round 24's five fixers (72.5 % before them,
// 72.5 % after); a dev set from then on (76.3 % after Irish English and Irish were read). See describeUnseenHome.ts.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('dublin', 0.8);
