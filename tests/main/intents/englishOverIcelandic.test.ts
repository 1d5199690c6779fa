// Issue 12, round 15: English questions over a home named in Icelandic (the lexicon has no Icelandic), where the wrong
// answer was a confident "none" or a proposal for the wrong thing. Classes: a detector said as "water alarm" is the
// devices whose data detects water (a `water_leak` capability), never the burglar alarm panel; "preheat the oven" is
// switching the oven on (tier 3), a place is never preheated; an EV charger kept as `charging: false` with a `charging`
// capability is started and stopped through that field ("start charging the car", tier 3); "geyser" is an English word
// for a water heater: "switch the geyser on" between two asks which, "set the geyser to 55" goes to the one whose data
// keeps a target temperature, and a geyser kept as `element: "on"` with an `element_on/off` capability reads on;
// "when did someone last ring at the door" is the door station's `last_ring`, not the door's schedules; a plug for
// an electric blanket drives a heater, so switching it is tier 3; "what switches X on" with no device controlling it
// names the schedules and automations that switch it, never "nothing controls it"; "any camera offline?" is the
// cameras whose reading says offline, never the whole list; "turn off the light" where only a plug's description
// says "lights" asks which light, never proposes the plug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ROOMS: RawEntity[] = [
  { id: 'is-home', entity_type: 'home', name: 'Hraunhús', content: {} },
  { id: 'is-eldhus', entity_type: 'room', name: 'Eldhús', content: {} },
  { id: 'is-thvottahus', entity_type: 'room', name: 'Þvottahús', content: {} },
  { id: 'is-bilskur', entity_type: 'room', name: 'Bílskúr', content: {} },
  { id: 'is-forstofa', entity_type: 'room', name: 'Forstofa', content: {} },
  { id: 'is-gestaherbergi', entity_type: 'room', name: 'Gestaherbergi', content: {} },
  { id: 'is-smahysi', entity_type: 'room', name: 'Smáhýsi', content: {} },
];

const DEVICES: RawEntity[] = [
  device('is-vatnsnemi-eldhus', 'Vatnsnemi eldhús', { type: 'sensor', model: 'HmIP-SWD', capabilities: ['water_leak', 'battery'], state: { wet: false, battery: '77%' } }),
  device('is-vatnsnemi-thvottahus', 'Vatnsnemi þvottahús', { type: 'sensor', model: 'HmIP-SWD', capabilities: ['water_leak', 'battery'], state: { wet: false, battery: '6%' } }),
  device('is-thjofavorn', 'Þjófavörn', { type: 'security', description: 'burglar alarm panel', capabilities: ['arm/disarm', 'siren'], state: { status: 'disarmed' } }),
  device('is-ofn', 'Bakaraofn', { type: 'appliance', model: 'HB578', capabilities: ['bake', 'grill', 'remote_preheat'], state: { on: false, temperature: '0 °C' } }),
  device('is-ljos-eldhus', 'Ljós eldhús', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('is-hledsla', 'Hleðslustöð', { type: 'energy', model: 'Pulsar Plus', capabilities: ['charging', 'current_limit'], state: { car: 'connected', charging: false, power_w: 0 } }),
  device('is-hitakutur', 'Hitakútur', { type: 'appliance', description: 'main geyser, 150 l', capabilities: ['element_on/off', 'temperature', 'target_temperature'], state: { element: 'on', water_temp: 55, target_temperature: 60 } }),
  device('is-hitakutur-smahysi', 'Hitakútur smáhýsis', { type: 'appliance', description: 'small geyser in the guest cottage', capabilities: ['on/off', 'temperature'], state: { on: false, water_temp: 41 } }),
  device('is-dyrasimi', 'Dyrasími', { type: 'security', description: 'video doorbell at the front door', capabilities: ['video', 'doorbell'], state: { last_ring: '2026-06-19T17:45:00+00:00', online: true } }),
  device('is-myndavel-gardur', 'Myndavél garður', { type: 'security', model: 'C6N', capabilities: ['video', 'motion'], state: { online: false, recording: false } }),
  device('is-myndavel-innkeyrsla', 'Myndavél innkeyrsla', { type: 'security', model: 'C6N', capabilities: ['video', 'motion'], state: { online: true, recording: true } }),
  device('is-seriur', 'Seríur stofu', { type: 'switch', description: 'plug for the fairy lights', capabilities: ['on/off'], state: { on: true } }),
  device('is-rafmagnsteppi', 'Rafmagnsteppi ömmu', { type: 'switch', description: "plug for grandma's electric blanket", capabilities: ['on/off'], state: { on: false } }),
];

// Many lights named only in Icelandic (no English word in their data but their type).
const LAMPS: RawEntity[] = ['stofa', 'gangur', 'bað', 'svefnherbergi', 'skrifstofa', 'kjallari', 'háaloft', 'verönd', 'garður', 'stigi', 'anddyri', 'búr', 'borðstofa']
  .map((spot) => device(`is-ljos-${spot}`, `Ljós ${spot}`, { type: 'lighting', capabilities: ['on/off'], state: { on: true } }));
const MORNING_HEAT: RawEntity = { id: 'is-morgunhiti', entity_type: 'schedule', name: 'Morgunhiti', content: { days: 'daily', periods: [{ from: '05:30', to: '07:00' }], enabled: true } };
const FRONT_DOOR: RawEntity = { id: 'is-utidyr', entity_type: 'door', name: 'Útidyr', content: { description: 'front door' } };

const PLACE_OF: Record<string, string> = {
  'is-vatnsnemi-eldhus': 'is-eldhus', 'is-vatnsnemi-thvottahus': 'is-thvottahus', 'is-thjofavorn': 'is-forstofa', 'is-ofn': 'is-eldhus',
  'is-ljos-eldhus': 'is-eldhus', 'is-hledsla': 'is-bilskur', 'is-hitakutur': 'is-thvottahus', 'is-hitakutur-smahysi': 'is-smahysi',
  'is-dyrasimi': 'is-forstofa', 'is-rafmagnsteppi': 'is-gestaherbergi', 'is-utidyr': 'is-forstofa',
};

function icelandicHome(): string {
  const edges = [...roomAndDeviceEdges('is-home', ROOMS, [...DEVICES, ...LAMPS, FRONT_DOOR], PLACE_OF, 'is-forstofa'), { from: 'is-morgunhiti', to: 'is-hitakutur', type: 'manages' }];
  return homeExportJson([...ROOMS, ...DEVICES, ...LAMPS, FRONT_DOOR, MORNING_HEAT], edges, 'is-edge');
}

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'is');

beforeAll(async () => {
  h = await openHarness({ homeJson: icelandicHome() });
});
afterAll(() => h.dispose());

describe('a detector said as an alarm', () => {
  it('"which water alarms do we have" lists the water detectors, not the alarm panel', async () => {
    const listed = await dialog('which water alarms do we have');
    expect(listed.text).toContain('Vatnsnemi eldhús');
    expect(listed.text).toContain('Vatnsnemi þvottahús');
    expect(listed.text).not.toContain('Þjófavörn');
    expect(listed.text).not.toMatch(/no water alarm/i);
  });
  it('"how many flood alarms" counts both', async () => {
    const counted = await dialog('how many flood alarms have we got');
    expect(counted.text).toMatch(/\b2\b/);
  });
  it('"what is the battery of the water alarm in the þvottahús" reads that detector', async () => {
    const read = await dialog('what is the battery on the water alarm in the þvottahús');
    expect(read.text).toContain('6%');
  });
});

describe('starting what heats and charges', () => {
  it('"preheat the oven" switches the oven on at tier 3', async () => {
    await proposes(['could you preheat the oven'], ['Bakaraofn'], 3);
  });
  it('"preheat the eldhús" proposes nothing: a room is not preheated, and its lights are never switched for it', async () => {
    const room = await dialog('preheat the eldhús');
    expect(room.proposal, room.text).toBeFalsy();
  });
  it('"start charging the car" starts the charger through its charging field, tier 3, naming no missing word', async () => {
    const started = await dialog('start charging the car');
    expect(started.proposal?.targets.map((t) => t.name), started.text).toEqual(['Hleðslustöð']);
    expect(started.proposal?.tier).toBe(3);
    expect(started.text).not.toMatch(/called or described/);
  });
  it('"turn on grandma\'s electric blanket" is tier 3: the plug drives a heater', async () => {
    await proposes(['switch on rafmagnsteppi ömmu'], ['Rafmagnsteppi ömmu'], 3);
  });
});

describe('geysers', () => {
  it('"list our geysers" lists both', async () => {
    const listed = await dialog('list our geysers');
    expect(listed.text).toContain('Hitakútur smáhýsis');
    expect(listed.text).toMatch(/Hitakútur[ ,]/);
  });
  it('"put the geyser on" between two asks which', async () => {
    const asked = await dialog('put the geyser on');
    expect(asked.proposal, asked.text).toBeFalsy();
    expect(asked.text).toMatch(/Which one do you mean/);
    expect(asked.text).toContain('Hitakútur smáhýsis');
  });
  it('"set the geyser to 58" goes to the one that keeps a target temperature', async () => {
    await proposes(['set the geyser to 58'], ['Hitakútur'], 3);
  });
  it('a geyser whose element is on reads on', async () => {
    const on = await dialog('which geysers are on');
    expect(on.text).toMatch(/Hitakútur\b/);
    expect(on.text).not.toMatch(/No water heaters are on/);
  });
});

describe('a past event kept by another device than the one said', () => {
  it('"when did somebody last ring at the door" reads the door station\'s last ring', async () => {
    const rang = await dialog('when did somebody last ring at the door');
    expect(rang.text).toContain('Dyrasími');
    expect(rang.text).toMatch(/2026-06-19/);
    expect(rang.text).not.toMatch(/No schedule/);
  });
});

describe('what switches a device', () => {
  it('"what turns hitakútur on" names the schedule that switches it, never "nothing controls it"', async () => {
    const rules = await dialog('what turns hitakútur on');
    expect(rules.text).toContain('Morgunhiti');
    expect(rules.text).not.toMatch(/^Nothing/);
  });
  it('a device nothing switches is still said to have no controller', async () => {
    const none = await dialog('what controls the bakaraofn');
    expect(none.text).toMatch(/Nothing in the home graph controls Bakaraofn/);
  });
});

describe('a kind asked with a connection word', () => {
  it('"is any camera offline" names only the one whose reading says offline', async () => {
    const offline = await dialog('is any camera offline');
    expect(offline.text).toContain('Myndavél garður');
    expect(offline.text).not.toContain('Myndavél innkeyrsla');
    expect(offline.citations.map((c) => c.name)).not.toContain('Myndavél innkeyrsla');
  });
  it('"which cameras are online" names the online ones', async () => {
    const online = await dialog('which cameras are online');
    expect(online.text).toContain('Myndavél innkeyrsla');
    expect(online.text).not.toContain('Myndavél garður');
  });
  it('"list the cameras" is still every camera', async () => {
    const all = await dialog('list the cameras');
    expect(all.text).toContain('Myndavél innkeyrsla');
    expect(all.text).toContain('Myndavél garður');
  });
});

describe('a bare kind word that one description happens to say', () => {
  it('"switch the light off" among many lights never proposes the plug for the fairy lights', async () => {
    // Declined (too many lights to ask among) or asked back: either way never the plug.
    const asked = await dialog('switch the light off').catch(() => undefined);
    expect(asked?.proposal?.targets.map((t) => t.name) ?? [], asked?.text).not.toContain('Seríur stofu');
  });
});
