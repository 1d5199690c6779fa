// A farm family's quarter-section acreage near Red Deer, Alberta, with Dad's shop, the quonset, big barn and calving
// pen, chicken coop, well house, bin yard, block heaters, heat tape and a stock-tank heater, plus the lake cabin at
// Sylvan Lake with its bunkie (tests/fixtures/homes/alberta.*): names in Canadian farm English with nicknames and some
// Ukrainian (the Baba's "kukhnia", "pich", one name in Cyrillic), and its 299 questions from the dad's short rural
// English ("shop heat on eh", "kill the barn lights"), the mom, the texting teens, the Baba's simple English with
// Ukrainian words and a literal-minded hired hand, written by someone who had not read the engine. Blind before round
// 33: 70.6 % (211/299; right-or-honest 85.3 %, 5 wrong none, 2 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('alberta', 0.75);
