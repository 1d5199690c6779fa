// A Taipei family's 12th-floor flat in Da'an (parents, two teenagers) and the grandparents' old four-storey townhouse in
// Tainan (its former hardware shop, the ancestral altar room, the rooftop water tank and solar heater, the back garden)
// (tests/fixtures/homes/taipei.*), every name in Traditional Chinese characters. Its 310 questions come from the
// mother's Mandarin typed without spaces, the teenagers' Zhuyin texting slang ("調27ㄅ", "謝der"), the grandmother's
// Taiwanese Hokkien in characters ("有著無", "佗位") and in Tâi-lô romanization, toneless pinyin ("bang wo kai"), and
// the American aunt Emily's English, written by someone who had not read the engine. Blind before round 43: 14.2 %
// (44/310; right-or-honest 98.06 %, no wrong none, no wrong proposal: the engine declined almost all of it).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('taipei', 0.4);
