// A Haitian family's house in the hills of Pétion-Ville and the grandparents' house in Jacmel
// (tests/fixtures/homes/petionville.*): an inverter (envètè) with a battery bank and solar panels, a diesel generator
// (dèlko), a cistern (sitèn) whose pump fills the roof tank, a motorised car gate, floodlights and the guard's booth;
// Grann's fish freezer and radio in Jacmel. Its 308 questions come from Grann (Kreyòl only, with and without its
// accents), the father mixing French and Kreyòl in one sentence, the mother's formal French, the teenagers' texting
// Kreyòl and a cousin's Miami English with Kreyòl words, written by someone who had not read the engine. Blind before
// round 42: 44.5 % (137/308; right-or-honest 83.8 %, 7 wrong none, 1 wrong proposal); after round 42: 67.5 %
// (208/308; 2 wrong none, 1 wrong proposal: "allume la lampe" with three lamps, one named "Lampe de chevet").
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('petionville', 0.65);
