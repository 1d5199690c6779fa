// A multigenerational family's plantation-style house in Kaimukī, Honolulu, with a lanai, a carport, an ʻohana unit rented
// to a cousin and solar with a battery, and the North Shore beach house with its catchment tank
// (tests/fixtures/homes/honolulu.*): names in English with Hawaiian words ("Lanai fan", "Tutu's room", "Mauka window"),
// and its 295 questions in Tutu's Hawaiian Pidgin ("da lanai fan stay on o wat"), the parents' local English with
// mauka/makai, the teenagers' texting and the mainland tenant's literal English, written by someone who had not read the
// engine. Unseen through round 32's fixers (71.2 % before round 32); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('honolulu', 0.8);
