// A family's flat in Velachery, Chennai, with its sump, water motor and overhead tank, a pooja room and an inverter for
// power cuts, and the grandparents' house in Thanjavur with a well and a thinnai (tests/fixtures/homes/chennai.*): names
// mostly in Tamil script (வரவேற்பறை, தண்ணீர் மோட்டார்), some in Tanglish ("Amma room AC"), and its 299 questions in the
// parents' Tamil script, the son's Tanglish ("hall fan off pannu"), the daughter's Indian English with Tamil words and the
// grandfather's formal Tamil, written by someone who had not read the engine. Unseen through round 32's fixers (22.7 %
// before round 32); a dev set from then on.
import { describeUnseenHome } from './describeUnseenHome';

describeUnseenHome('chennai', 0.6);
