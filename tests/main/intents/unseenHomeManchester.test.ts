// A six-flatmate shared terraced house on Ladybarn Road, Manchester (landlord Geoff's prepay meter, storage heaters in
// the attic, the tumble dryer "the beast", a fish tank "Steve"), plus Geoff's holiday let Mill Cottage in Hebden Bridge
// with its log burner and hot tub (tests/fixtures/homes/manchester.*): names in British English with people's
// possessives ("Kasia's heater", "Tom's lamp") and two of many kinds (heaters, fairy lights, fridges, doorbells, Echos,
// towel rails). Its 302 questions come from the flatmates: Mancunian slang ("it's baltic", "our kid"), a Polish
// student mixing Polish and English, a Nigerian Pidgin speaker ("abeg", "wetin"), a Hong Kong student's ESL, drunk
// typos, the landlord and holiday-let guests, written by someone who had not read the engine. Blind before round 35:
// 62.6 % (189/302; right-or-honest 84.8 %, 8 wrong none, 0 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('manchester', 0.65);
