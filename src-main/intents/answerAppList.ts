// "what apps do we have", "which devices are in the home assistant app": the app entities of the home and the devices
// each one controls (their incoming controlled_by_app edges), rather than apps looked up from a group of devices.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames, listOrSentence, plural } from './AnswerBuilder';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';

/** Devices named per app in the list of every app; the rest are counted. */
const MAX_NAMED = 6;

export async function listApps(input: IntentAnswerInput): Promise<string> {
  const named = entitySlot(input.match, 'thing');
  const said = input.match.slots['thing']?.text.toLowerCase();
  // "the home assistant app" where a device is called "Home Assistant": the app named "Home Assistant app".
  const asked = named?.entity_type === 'app' ? named : said ? allApps(input).find((a) => a.name.toLowerCase() === `${said} app`) : undefined;
  if (said && !asked) return '';
  const apps = asked ? [asked] : allApps(input);
  if (apps.length === 0) return 'No app is recorded in this home graph.';
  const rows: Array<{ app: Entity; devices: Entity[] }> = [];
  for (const app of apps) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: app.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
    const ids = new Set(details.relationships.incoming.filter((r) => r.relationship_type === 'controlled_by_app').map((r) => r.from_entity_id));
    rows.push({ app, devices: (details.connected_entities ?? []).filter((e) => ids.has(e.id)) });
  }
  input.answer.cite(...apps, ...rows.flatMap((r) => r.devices));
  const [one] = rows;
  if (asked && one) {
    if (one.devices.length === 0) return `No device is linked to ${one.app.name} in the home graph.`;
    return listOrSentence(`${one.app.name} controls ${plural(one.devices.length, 'device', 'devices')}:`, one.devices.map((d) => d.name));
  }
  return listOrSentence(`${plural(rows.length, 'app', 'apps')} in this home:`, rows.map((r) => (r.devices.length ? `${r.app.name} (${joinNames(r.devices.map((d) => d.name), MAX_NAMED)})` : r.app.name)));
}

function allApps(input: IntentAnswerInput): Entity[] {
  return [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'app').sort((a, b) => a.name.localeCompare(b.name));
}
