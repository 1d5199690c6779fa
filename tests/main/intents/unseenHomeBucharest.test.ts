// A family's bloc flat in Bucharest's Drumul Taberei (centrală, boiler, closed-in balcony, basement box) and the
// parents' house in Sibiel near Sibiu (tindă, camera bună, sobă, summer kitchen, cellar, well pump)
// (tests/fixtures/homes/bucharest.*): names in Romanian with and without diacritics ("Bucătărie", "Lada frigorifica",
// "Camera curte" is a camera), and its 300 questions in the mother's colloquial Romanian without diacritics ("stinge
// lumina in sufragerie"), the father's Romanian with English tech words, the grandmother's formal Romanian with
// diacritics, a 12-year-old's texting and a Hungarian-speaking aunt's Hungarian, written by someone who had not read
// the engine. Unseen through round 32 (11.3 % blind on d9807db before round 33); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('bucharest', 0.55);
