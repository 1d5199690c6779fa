// A flat in Tai Koo Shing and a village house in Sai Kung (tests/fixtures/homes/hongkong.*) and its 297 questions in
// Hong Kong English with romanised Cantonese, a helper's Taglish and names in Chinese characters ("熱水爐 hoi jor mei",
// "gas detector bin dou"), written by someone who had not read the engine. Unseen through round 24's five fixers
// (62.0 % before them, 62.0 % after); a dev set from then on (66.7 %). See describeUnseenHome.ts for the grading.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('hongkong', 0.75);
