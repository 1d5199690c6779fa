// A student shared house (HMO) in Sheffield with six tenants and the landlord's flat above a corner shop
// (tests/fixtures/homes/sheffield.*). Its 305 questions come from the Yorkshire landlord ("is t'heating on", "put big
// light on", "nowt", "while" meaning until), a formal letting agent, a Chinese postgraduate, a Nigerian student's
// Pidgin, an Indian MSc student, a first-year texter ("my room") and guests asking for codes, written by someone who
// had not read the engine. Blind before round 41: 68.9 % (210/305; right-or-honest 85.9 %, 10 wrong none, 3 wrong
// proposals); after round 41: 73.4 % (224/305; right-or-honest 88.2 %, 5 wrong none, 3 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('sheffield', 0.7);
