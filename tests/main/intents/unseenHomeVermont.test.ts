// A family dairy farm near St. Johnsbury, Vermont (tests/fixtures/homes/vermont.*): the farmhouse with an outdoor wood
// boiler, a propane backup, radiant mudroom floors, a woodstove in the front parlor, well and sump pumps, a standby
// generator and a cellar; the barns (milking parlor with its vacuum pump, the milk room's bulk tank and chiller,
// freestall curtains and fans, heifer and calf barns with a heat lamp, a manure pit), a shop, a sugarhouse with its
// evaporator and sap tank, and a roadside farm stand. Names as farm people say them ("the parlor" is both Gramp's front
// parlor and the milking parlor). Its 296 questions, all in English registers, come from the terse farmer typing with
// wet gloves, his wife's full sentences with dates and notes, the grandfather's old words ("the furnace", "the lamp in
// the parlor"), a teen's slang, a Guatemalan hired hand's English with Spanish words, and a formal vet or milk
// inspector, written by someone who had not read the engine. Blind before round 38: 67.6 % (200/296; right-or-honest
// 79.7 %, 10 wrong none, 3 wrong proposals). After round 38: 72.6 % (215/296; no wrong none, no wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('vermont', 0.7);
