// A retired couple's single-storey house in Scottsdale, Arizona, with a pool (pump on a schedule, heater, salt cell,
// robot cleaner, fountain), patio misters, a swamp cooler for the garage workshop, two HVAC zones, solar with a
// Powerwall, a water softener and RO filter, a casita for the grandkids, a golf cart charger, a scorpion UV light and a
// gated driveway, plus their summer cabin in Flagstaff (wood stove, propane furnace, heat tape, well pump, generator,
// deck snow-melt) (tests/fixtures/homes/phoenix.*): names in American English, rooms linked to zones by `part_of` and
// doors between rooms, ambiguity on purpose (two space heaters, two water heaters, three thermostats, three TVs, three
// locks, three cameras). Its 297 questions come from the terse, hard-of-hearing husband (short commands, dictation
// slips), the chatty wife, a formal caregiver, the pool man's English with Spanish words, a lowercase grandkid and a
// neighbour who doesn't know the names ("the thing that runs the pool"), written by someone who had not read the
// engine. Blind before round 37: 77.1 % (229/297; right-or-honest 90.2 %, 3 wrong none, 3 wrong proposals).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('phoenix', 0.8);
