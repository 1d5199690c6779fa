// A Cairo family's flat in Nasr City (the living room, the reception, Teta's room, Ahmed's and Salma's rooms, the roof
// with its water tank and pump, the building's gate and Uncle Khaled's shop downstairs) and their chalet at Ain Sokhna
// (tests/fixtures/homes/cairo.*): names in Egyptian Arabic in Arabic script ("تكييف الصالة"), in Arabizi ("el takyeef
// 2odet Ahmed", "7amam el dyoof") and in English, and its 309 questions from the parents, the teenagers typing Arabizi
// with digits for letters ("efta7 el takyeef", "el kalon ma2fool?"), the grandmother's very polite Arabic, the
// doorman and a guest in English, written by someone who had not read the engine. Blind before round 34: 16.5 %
// (51/309; right-or-honest 92.6 %, 3 wrong none, 1 wrong proposal); after round 34 (egyptianPhrasing.ts): 74.4 %.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('cairo', 0.7);
