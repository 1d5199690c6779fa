// Round 31, a Bergen household: Norwegian in Bokmål, Nynorsk and Bergen dialect ("ka e", "kor", "ikkje", "me") is
// read as a verb-second language (lexicon/norwegian.json), and a name's word said inflected ("taklampa",
// "soverommet", "tv-en", Nynorsk "panelomnen", Bergen "stuå") is read as the home writes it (norwegianNames.ts). Before,
// "skru av tv-en på loftet" proposed the loft's ventilation unit and "skru på taklampa på kjøkkenet" both kitchen lights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const room = (id: string, name: string): RawEntity => ({ id, entity_type: 'room', name, content: {} });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const home: RawEntity = { id: 'nb-home', entity_type: 'home', name: 'Fjellhuset', content: {} };
const rooms = [room('nb-stue', 'Stue'), room('nb-kjok', 'Kjøkken'), room('nb-loft', 'Loft'), room('nb-sov', 'Soverom'), room('nb-gang', 'Gang')];
const devices = [
  device('nb-tak', 'Taklampe kjøkken', { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 80 } }),
  device('nb-benk', 'Benkelys kjøkken', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('nb-tv', 'TV loft', { type: 'tv', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 12 } }),
  device('nb-vent', 'Ventilasjonsaggregat', { type: 'ventilation', capabilities: ['on_off', 'fan_speed'], state: { power: 'on', fan_speed: 2 } }),
  device('nb-vp', 'Varmepumpe stue', { type: 'heat_pump', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'on', setpoint: 21, temperature: 20.5 } }),
  device('nb-ovn', 'Panelovn soverom', { type: 'heater', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'on', setpoint: 18, temperature: 17.5 } }),
  device('nb-rull', 'Rullegardin soverom', { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 0 } }),
  device('nb-las', 'Ytterdør lås', { type: 'lock', capabilities: ['lock'], state: { lock: 'locked', battery: 60 } }),
  device('nb-hub', 'Smarthub', { type: 'hub', manufacturer: 'Heimkontroll' }),
];
// A schedule that names its devices in its content, with no edge to them.
const schedule: RawEntity = { id: 'nb-plan', entity_type: 'schedule', name: 'Nattsenking', content: { natt: '22:00-06:00: 16 °C', devices: ['Panelovn soverom'] } };
const placeOf: Record<string, string> = { 'nb-hub': 'nb-gang', 'nb-tak': 'nb-kjok', 'nb-benk': 'nb-kjok', 'nb-tv': 'nb-loft', 'nb-vent': 'nb-loft', 'nb-vp': 'nb-stue', 'nb-ovn': 'nb-sov', 'nb-rull': 'nb-sov', 'nb-las': 'nb-gang' };

describe('round 31: a Bergen household says its home in Norwegian', () => {
  let h: Harness;
  beforeAll(async () => {
    const controls = ['nb-las', 'nb-rull'].map((to) => ({ from: 'nb-hub', to, type: 'controls' }));
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices, schedule], [...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'nb-stue'), ...controls], 'nb') });
  });
  afterAll(() => h.dispose());
  const ask = (q: string, conversationId = q) => h.responder.respond(q, h.context({ conversationId }));
  const targets = async (q: string): Promise<string[] | undefined> => (await ask(q))?.proposal?.targets.map((t) => t.name);

  it('"skru av tv-en på loftet" turns off the TV, never the ventilation unit beside it', async () => {
    expect(await targets('skru av tv-en på loftet, dei ska sova')).toEqual(['TV loft']);
  });

  it('"skru på taklampa på kjøkkenet" is the ceiling lamp alone', async () => {
    expect(await targets('skru på taklampa på kjøkkenet')).toEqual(['Taklampe kjøkken']);
    expect(await targets('slukk taklampa i kjøkkenet')).toEqual(['Taklampe kjøkken']);
  });

  it('Nynorsk and Bergen forms of a name are the name: panelomnen, soverommet, stuå', async () => {
    expect((await ask('kvar står panelomnen'))?.text).toMatch(/Panelovn soverom is in the Soverom/);
    expect(await targets('sett panelovnen på soverommet te 19')).toEqual(['Panelovn soverom']);
    expect((await ask('ka e temperaturen i stuå'))?.text).toMatch(/20\.5/);
  });

  it('yes/no questions: "e ytterdøra låst", "står taklampa på kjøkkenet på"', async () => {
    expect((await ask('e ytterdøra låst'))?.text).toMatch(/^Yes\b.*Ytterdør lås/);
    expect((await ask('står taklampa på kjøkkenet på'))?.text).toMatch(/Taklampe kjøkken is on/);
  });

  it('"ka e på i kjøkkenet" asks what is on there, not what is in it', async () => {
    const said = (await ask('ka e på i kjøkkenet'))?.text ?? '';
    expect(said).toMatch(/Taklampe kjøkken/);
    expect(said).not.toMatch(/Benkelys kjøkken/);
  });

  it('a thing named before "e den …" is the thing asked about', async () => {
    expect((await ask('rullegardina på soverommet, e den nede'))?.text).toMatch(/Rullegardin soverom/);
  });

  it('"dimm den te 30" after a lamp dims it, never sets a temperature', async () => {
    await ask('e taklampa på kjøkkenet på', 'dim');
    expect((await ask('og dimm den te 30', 'dim'))?.proposal?.targets.map((t) => t.name)).toEqual(['Taklampe kjøkken']);
  });

  it('a schedule listing a device in its content runs it: never "no schedule"', async () => {
    const said = (await ask('e det ein tidsplan for panelovnen på soverommet'))?.text ?? '';
    expect(said).toMatch(/Nattsenking/);
    expect(said).not.toMatch(/no schedule/i);
  });

  it('"skru av alt lys som e på" turns off every light, not one', async () => {
    expect(await targets('skru av alt lys som e på')).toEqual(['Taklampe kjøkken']);
    expect(await targets('turn off all lights that are on')).toEqual(['Taklampe kjøkken']);
  });

  it('"what controls the hub" of a hub nothing controls also says what it controls', async () => {
    expect((await ask('what controls the smarthub'))?.text).toMatch(/Smarthub itself controls 2 devices: Rullegardin soverom and Ytterdør lås/);
  });

  it('"can u turn off …" is a command', async () => {
    expect(await targets('can u turn off the tv in the loft')).toEqual(['TV loft']);
  });

  it('English stays English', async () => {
    expect(await targets('turn off the tv in the loft')).toEqual(['TV loft']);
  });
});
