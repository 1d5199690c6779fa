// A five-bedroom student flat (an HMO) in a Marchmont tenement, Edinburgh, and its landlord
// (tests/fixtures/homes/edinburgh.*): every bedroom has its own panel heater, lamp, smart plug and window sensor, so
// "my heater" and a bare "the heater" are ambiguous; two kitchen fridges ("top fridge", "wee fridge"), a gas combi
// boiler with a Hive thermostat and radiator valves, a tenement door entry buzzer, a prepay meter, a bike store lock,
// and notes on the gas safety certificate, bin days and the landlord. Its 305 questions come from a Glaswegian
// flatmate in Scots ("stick ma heater oan", "turn aff"), a flatmate on voice dictation ("turn of", "room for",
// "heeter"), a French Erasmus student mixing French and English, a Chinese postgrad in careful textbook English with
// some pinyin, a medical student's 3 am abbreviations ("box rm heater sched"), the formal landlord and a visiting
// parent, written by someone who had not read the engine. Blind before round 39: 71.1 % (217/305; right-or-honest
// 89.5 %, 5 wrong none, 0 wrong proposals). After round 39: 78.4 % (239/305; 1 wrong none, 0 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('edinburgh', 0.75);
