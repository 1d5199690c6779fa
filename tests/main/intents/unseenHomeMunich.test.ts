// A Bavarian terraced house in Munich-Pasing (tests/fixtures/homes/munich.*) and its 350 questions, English as German
// speakers write it and some wholly German ("mach die Rollläden runter"), written by someone who had not read the
// engine. Unseen through round 14 (76.0 % before it, 76.0 % after); a dev set of round 15
// (83.1 % after it: the German/Dutch verb-second reader and English trust fixes).
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('munich', 0.87);
