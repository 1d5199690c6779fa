// A converted barn smallholding on Dartmoor with a granny annex (tests/fixtures/homes/devon.*): the yard and fields,
// hen house, polytunnel, orchard hives, borehole pump house and septic tank, Nan's annex with her stairlift, fall
// pendant and pill dispenser. Its 310 questions come from the farmer's West Country dialect ("'as 'er gone off",
// "turn 'un on"), the elderly long-winded mother ("would you be a dear and put the light on"), the planner, the
// teenager's gaming slang, a German-English WWOOFer ("Wie schwer ist the hive") and a clinical nurse ("the patient's
// bedroom"), written by someone who had not read the engine. Blind before round 40: 74.2 % (230/310;
// right-or-honest 90.65 %, 6 wrong none, 2 wrong proposals); after round 40: 77.7 % (241/310; 3 wrong none, 1 wrong
// proposal: "all the annex lights off" expects the lights already off too).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('devon', 0.75);
