// A family's four-room Soviet-block flat in Sükhbaatar district, Ulaanbaatar, with district heating (Danfoss radiator
// valves, a heat meter), a boiler, air purifiers and a humidifier for the smog winter, plus the family's fenced plot in
// the ger district: a big ger with a coal stove and chimney sensor, a small ger, a wooden shed with a solar panel,
// charge controller, battery, inverter and water tank, a sliding yard gate, a camera and the outhouse
// (tests/fixtures/homes/ulaanbaatar.*). Names in Mongolian Cyrillic only ("Зочны өрөөний гэрэл", "Тагтны гэрэл"),
// rooms linked to the flat and the ger district by `part_of`. Its 307 questions, from someone who had not read the
// engine: the grandmother in Mongolian Cyrillic, the father in phone-Latin Mongolian ("zochnii uruunii gerel untraa"),
// the mother in Cyrillic with Russian words ("стиралка дууссан уу"), the teenage son in texting English, a careful
// English speaker, and the Korean neighbour who minds the ger in English with Korean.
// Blind before round 40: 22.1 % (68/307; right-or-honest 94.5 %, 4 wrong none, 0 wrong proposals). After round
// 40: 80.5 % (247/307; Mongolian in Cyrillic and phone Latin read in English, the Cyrillic names known by
// their English: mongolianPhrasing.ts, mongolianNames.ts).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('ulaanbaatar', 0.8);
