// "whats the propane at", "is there any gas leak", "how much electric have we used today": a word the resolver found
// in an automation's name ("Propane Low", "Gas leak alert") that names a device here too ("Propane Tank") asks about the
// device, unless the question asks about the automation (what it does, when it runs, what sets it off). Read as the
// automation, a state question was answered with what the automation acts on.
import { CUES, has } from './cueWords';
import type { Mention } from './mentions';

/** Words that ask about an automation rather than about a device's state. */
const AUTOMATION_ASKED = [...CUES.automation, ...CUES.controls, ...CUES.schedule, 'does', 'happen', 'happens', 'trigger', 'triggers', 'when', 'time', 'start', 'cause', 'runs', 'enabled', 'disabled'];

/** The automation reading of a loose mention yields to the one device it names too (among several devices the
 *  automation, which other readings narrow to what it watches, is kept). */
export function automationWordOfDevice(automation: Mention, keys: ReadonlySet<string>): boolean {
  return automation.loose === true && automation.entities.device?.length === 1 && !automationAsked(keys);
}

/** The question's words ask about an automation (what it does, when it runs, what sets it off). */
export function automationAsked(keys: ReadonlySet<string>): boolean {
  return has(keys, ...AUTOMATION_ASKED);
}
