// A flat in Kadıköy, Istanbul and a summer house in Ayvalık (tests/fixtures/homes/istanbul.*) and its 297 questions in
// Turkish with and without its letters, Turkish-English and a cleaner's simple Turkish ("salondaki isigi kapat",
// "Kombiyi açar mısın lütfen?"), written by someone who had not read the engine. Unseen through round 26's fixes
// (6.4 % before and after them: the engine read no Turkish); a dev set from then on, with the Turkish reader.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('istanbul', 0.67);
