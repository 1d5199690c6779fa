// A flat in north Tehran with its parking, basement storage room and shared roof, and the grandparents' villa by the
// Caspian (tests/fixtures/homes/tehran.*): names mostly in Persian script (کولر آبی, پکیج, آبگرمکن), some in Finglish
// and English, and its 298 questions in the parents' Persian script, the daughter's Finglish ("cheragh-e otagham ro
// khamoosh kon"), a son abroad writing English with Persian words ("is the package on at baba's") and the grandfather's
// Persian, written by someone who had not read the engine. Unseen through round 31's fixers (15.1 % before round 31);
// a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('tehran', 0.67);
