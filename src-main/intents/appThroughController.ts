// "which app is the boiler on": no app is linked to the combi boiler itself, but the Hive thermostat that controls it
// (a `controls` edge into it, or its own `depends_on` edge out to it) runs in the Hive app. "No app is linked to the
// boiler" alone is a wrong none: the apps of the devices that control it are said, as theirs.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { detailsOf } from './deviceOversight';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto, linkedOutOf } from './linkedInto';

const DEVICE: ReadonlySet<string> = new Set(['device']);
const APP: ReadonlySet<string> = new Set(['app']);

/** " It is controlled by Hive thermostat, which runs in the Hive app." — undefined when no controller has an app. */
export async function appThroughController(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const details = await detailsOf(input, device);
  const controllers = [...linkedInto(details, new Set(['controls', 'manages']), DEVICE), ...linkedOutOf(details, new Set(['depends_on', 'controlled_by']), DEVICE)];
  const unique = [...new Map(controllers.filter((c) => c.id !== device.id).map((c) => [c.id, c])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const said = await appsOfEach(input, unique, 'runs');
  return said ? ` It is controlled by ${said}.` : undefined;
}

/**
 * "which app reports the bulk tank temperature": no app is linked to the tank, but the thermometer that `monitors` it
 * reports in the Sensaphone app. " It is monitored by …, which reports in …" — undefined when no watcher has an app.
 */
export async function appThroughWatcher(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const watchers = linkedInto(await detailsOf(input, device), new Set(['monitors']), DEVICE).filter((w) => w.id !== device.id).sort((a, b) => a.name.localeCompare(b.name));
  const said = await appsOfEach(input, watchers, 'reports');
  return said ? ` It is monitored by ${said}.` : undefined;
}

/** "Hive thermostat, which runs in Hive and by …" for each of `devices` with an app (cited); '' when none has one. */
async function appsOfEach(input: IntentAnswerInput, devices: readonly Entity[], verb: 'runs' | 'reports'): Promise<string> {
  const said: string[] = [];
  for (const linked of devices) {
    const apps = linkedOutOf(await detailsOf(input, linked), new Set(['controlled_by_app']), APP);
    if (apps.length === 0) continue;
    input.answer.cite(linked, ...apps);
    said.push(`${linked.name}, which ${verb} in ${joinNames(apps.map((a) => a.name))}`);
  }
  return said.join(' and by ');
}
