// A tube house in Cầu Giấy, Hanoi and a homestay in Sa Pa (tests/fixtures/homes/hanoi.*) and its 293 questions in
// Vietnamese with and without tones, texting shortcuts and Vietnamese-English ("tat den phong khach di", "bật aircon
// phòng con đi mom"), written by someone who had not read the engine. Unseen through round 26's fixes (16.4 % before
// and after them); a dev set from then on, with the Vietnamese reader.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('hanoi', 0.45);
