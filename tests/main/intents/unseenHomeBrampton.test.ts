// A Punjabi-Canadian joint family's detached house in Brampton, Ontario (a basement apartment rented to two students
// with its own entrance and thermostat, furnace, sump pump, a garage with an EV charger and a second fridge, a pooja
// room whose lamp and Gurbani speaker run on schedules, a tandoor on the patio, heated driveway mats) plus the family's
// truck yard on Steeles (gate, block heaters per truck, cameras, a trailer office) (tests/fixtures/homes/brampton.*):
// names in English, Punjabi in Gurmukhi script ("ਰਸੋਈ", "ਬੱਤੀ") and romanized Punjabi ("bebe da kamra", "vadda TV"),
// some Hindi, and its 301 questions from the grandmother in Gurmukhi, the grandfather in romanized Punjabi and Hindi,
// the trucker father terse about the yard, the mother mixing Punjabi and English ("kitchen di light band karo"), the
// teens in Brampton slang, the basement students (Indian English, Filipino English) and the yard's dispatcher, written
// by someone who had not read the engine. Blind before round 36: 58.5 % (176/301; right-or-honest 91.7 %, 7 wrong
// none, 1 wrong proposal).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('brampton', 0.7);
