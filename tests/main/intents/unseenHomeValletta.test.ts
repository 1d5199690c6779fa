// A Maltese family's townhouse in Birgu with a tenant's flat, and their farmhouse in Gozo (tests/fixtures/homes/
// valletta.*): names in Maltese with the article glued by a hyphen ("Il-bejt", "Id-dawl tal-kċina", "Pompa
// tal-ilma"), English and Italian. Its 309 questions come from the nanna in Maltese with and without diacritics, the
// father code-switching Maltese and English ("itfi l-lights tal-kamra"), formal English, the teenager's texted Maltese
// slang, an Italian cousin, a British tenant and guests, written by someone who had not read the engine. Blind on
// round 43's base: 40.8 % (126/309; right-or-honest 87.38 %, 11 wrong none, 1 wrong proposal); after round 43
// (Maltese read, maltesePhrasing.ts): 63.1 % (195/309; 8 wrong none, 3 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('valletta', 0.6);
