// An apartment in Mapo-gu, Seoul and the grandparents' house in Jeonju (tests/fixtures/homes/seoul.*) and its 293
// questions in Hangul, romanized Korean and Konglish, a teenager's jamo shortcuts, a grandmother's polite forms and
// Jeolla dialect ("거실 불 꺼줘", "작은방 led ㄲㄱ", "aircon kkyeojwo"), written by someone who had not read the engine.
// Unseen through round 27's fixes (7.8 % before and after them: the engine read no Korean); a dev set from then on,
// with the Korean reader.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('seoul', 0.63);
