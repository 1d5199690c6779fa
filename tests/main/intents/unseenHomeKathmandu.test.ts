// A Nepali Newar family's three-floor brick house in Lalitpur (Patan), with a rooftop terrace ("kausi"), a shop in
// front, a puja room, an inverter and batteries for load-shedding, a solar water heater and a geyser, a pump filling
// the roof tank from the underground tank, heaters, an earthquake sensor, CCTV and a smart gate lock, plus the family's
// farmhouse in Dhulikhel (cowshed, biogas, spring pump, greenhouse) (tests/fixtures/homes/kathmandu.*): names in
// Devanagari Nepali, romanised Nepali and English, and its 309 questions from the grandmother in Devanagari Nepali,
// the father in romanised Nepali mixed with English, the mother in polite Nepali ("hajur", "ni"), the daughter asking
// from Australia in English and Nepali slang, the shop helper in simple romanised Nepali and a German trekker friend in
// plain English, written by someone who had not read the engine. Blind before round 38: 35.9 % (111/309; right-or-honest
// 91.3 %, 3 wrong none, 0 wrong proposals). After round 38: 77.0 % (238/309), floor 0.75.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('kathmandu', 0.75);
