// Issue 12, round 19: relations and knowledge asked outside a dialog, in a home named in Lithuanian (written here).
// A room whose description lists a pump is not "the pump"; a hub, an alarm panel and a recorder look after their
// devices through `manages` and `monitors` edges, never "controls nothing"; a device switched by a schedule is also
// controlled with its app; notes are found by the word asked, not only by the place's name; "the <kind> in <place>"
// is the one of that kind there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'lt-home', entity_type: 'home', name: 'Sodyba prie ežero', content: {} },
  { id: 'lt-kiemas', entity_type: 'room', name: 'Kiemas', content: { description: 'back yard: rain barrel stand, pump, clothes lines' } },
  { id: 'lt-rusys', entity_type: 'room', name: 'Rūsys', content: { description: 'cellar with shelves' } },
  { id: 'lt-svetaine', entity_type: 'room', name: 'Svetainė', content: {} },
  { id: 'lt-sodas', entity_type: 'zone', name: 'Sodas', content: { description: 'Daržas near the lake, a short walk away' } },
  { id: 'lt-siurblys', entity_type: 'device', name: 'Vandens siurblys', content: { type: 'appliance', model: 'JetLine 800 booster pump on a relay', capabilities: ['on/off'], state: { running: false } } },
  { id: 'lt-hub', entity_type: 'device', name: 'Centralė', content: { type: 'security', model: 'AlarmKit 4 panel', capabilities: ['arm_disarm'], state: { armed: false } } },
  { id: 'lt-nvr', entity_type: 'device', name: 'Įrašymo įrenginys', content: { type: 'security', model: 'VR-8 network video recorder', capabilities: ['recording'] } },
  { id: 'lt-door-sensor', entity_type: 'device', name: 'Durų jutiklis', content: { type: 'sensor', capabilities: ['contact'], state: { open: false } } },
  { id: 'lt-smoke', entity_type: 'device', name: 'Dūmų jutiklis', content: { type: 'sensor', capabilities: ['smoke'], state: { smoke: false } } },
  { id: 'lt-cam', entity_type: 'device', name: 'Kiemo kamera', content: { type: 'camera', capabilities: ['video'] } },
  { id: 'lt-blind', entity_type: 'device', name: 'Žaliuzės svetainėje', content: { type: 'cover', capabilities: ['open/close'], state: { position: 0 } } },
  { id: 'lt-dryer-cellar', entity_type: 'device', name: 'Sausintuvas', content: { type: 'appliance', model: 'DryPro 20 dehumidifier', capabilities: ['humidity_setpoint'] } },
  { id: 'lt-dryer-room', entity_type: 'device', name: 'Svetainės dehumidifier', content: { type: 'appliance', capabilities: ['humidity_setpoint'] } },
  { id: 'lt-app', entity_type: 'app', name: 'BlindLink', content: {} },
  { id: 'lt-water', entity_type: 'device', name: 'Laistytuvas', content: { type: 'appliance', capabilities: ['schedule'], state: { watering: false, next_run: '06:00' } } },
  { id: 'lt-water-app', entity_type: 'app', name: 'GardenFlow', content: {} },
  { id: 'lt-boiler', entity_type: 'device', name: 'Vandens šildytuvas', content: { type: 'appliance', capabilities: ['temperature'], state: { temperature: 55 } } },
  { id: 'lt-boiler-relay', entity_type: 'device', name: 'Šildytuvo valdiklis', content: { type: 'energy', capabilities: ['on/off'], state: { on: true } } },
  { id: 'lt-saving', entity_type: 'automation', name: 'Taupymas', content: { trigger: { type: 'time', at: '17:00' }, actions: [{ device: 'Šildytuvo valdiklis', action: 'turn_off' }] } },
  { id: 'lt-schedule-pump', entity_type: 'schedule', name: 'Laistymo laikas', content: { days: ['Mon', 'Thu'], from: '21:00', to: '22:00', enabled: true } },
  { id: 'lt-schedule-blind', entity_type: 'schedule', name: 'Žaliuzės vakare', content: { days: 'daily', at: 'sunset', enabled: true } },
  { id: 'lt-manual', entity_type: 'manual', name: 'DryPro 20 instrukcija', content: { title: 'DryPro 20 user manual', content: 'Empty the tank when the light is red.' } },
  { id: 'lt-note', entity_type: 'note', name: 'Daržininkų bendrija', content: { text: 'Daržas plot 12: the water is turned on on 15 April.' } },
];

const EDGES: RawEdge[] = [
  { from: 'lt-kiemas', to: 'lt-home', type: 'part_of' },
  { from: 'lt-rusys', to: 'lt-home', type: 'part_of' },
  { from: 'lt-svetaine', to: 'lt-home', type: 'part_of' },
  { from: 'lt-sodas', to: 'lt-home', type: 'part_of' },
  { from: 'lt-siurblys', to: 'lt-kiemas', type: 'located_in' },
  { from: 'lt-cam', to: 'lt-kiemas', type: 'located_in' },
  { from: 'lt-hub', to: 'lt-svetaine', type: 'located_in' },
  { from: 'lt-nvr', to: 'lt-rusys', type: 'located_in' },
  { from: 'lt-door-sensor', to: 'lt-svetaine', type: 'located_in' },
  { from: 'lt-smoke', to: 'lt-svetaine', type: 'located_in' },
  { from: 'lt-blind', to: 'lt-svetaine', type: 'located_in' },
  { from: 'lt-dryer-cellar', to: 'lt-rusys', type: 'located_in' },
  { from: 'lt-dryer-room', to: 'lt-svetaine', type: 'located_in' },
  { from: 'lt-schedule-pump', to: 'lt-siurblys', type: 'manages' },
  { from: 'lt-hub', to: 'lt-door-sensor', type: 'manages' },
  { from: 'lt-hub', to: 'lt-smoke', type: 'manages' },
  { from: 'lt-nvr', to: 'lt-cam', type: 'monitors' },
  { from: 'lt-schedule-blind', to: 'lt-blind', type: 'manages' },
  { from: 'lt-blind', to: 'lt-app', type: 'controlled_by_app' },
  { from: 'lt-dryer-cellar', to: 'lt-manual', type: 'documented_by' },
  { from: 'lt-water', to: 'lt-kiemas', type: 'located_in' },
  { from: 'lt-boiler', to: 'lt-rusys', type: 'located_in' },
  { from: 'lt-boiler-relay', to: 'lt-rusys', type: 'located_in' },
  { from: 'lt-boiler-relay', to: 'lt-boiler', type: 'controls' },
  { from: 'lt-saving', to: 'lt-boiler-relay', type: 'automates' },
  { from: 'lt-water', to: 'lt-water-app', type: 'controlled_by_app' },
];

let h: Harness;
const ask = askingOver(() => h, 'lt', { mustAnswer: true });

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'lt-rel') });
});
afterAll(() => h.dispose());

describe('a device listed in a room description is the device', () => {
  it('"when does the pump run" is the pump\'s schedule, not the yard\'s', async () => {
    const a = await ask('when does the pump run');
    expect(a.cited).toContain('Laistymo laikas');
    expect(a.text).toMatch(/Vandens siurblys/);
    expect(a.text).not.toMatch(/Kiemas/);
  });

  it('"where is the boosterpump": two words of the home typed as one', async () => {
    const a = await ask('where is the boosterpump');
    expect(a.text).toMatch(/Vandens siurblys.*Kiemas/);
  });

  it('"where is the pump" names the device and its room', async () => {
    const a = await ask('where is the pump');
    expect(a.text).toMatch(/Vandens siurblys.*Kiemas/);
  });
});

describe('hubs, panels and recorders', () => {
  it.each(['what does the centralė manage', 'what does the centralė control'])('"%s" lists what the panel manages', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/manages/);
    expect(a.cited).toEqual(expect.arrayContaining(['Durų jutiklis', 'Dūmų jutiklis']));
    expect(a.text).not.toMatch(/doesn't control/);
  });

  it('a recorder monitors its camera', async () => {
    const a = await ask('what does the įrašymo įrenginys monitor');
    expect(a.text).toMatch(/monitors Kiemo kamera/);
  });

  it('"what controls the door sensor" is the panel that manages it', async () => {
    const a = await ask('what controls the durų jutiklis');
    expect(a.text).toMatch(/managed by Centralė/);
  });

  it('automations of a device switched through its controller are named, not "none"', async () => {
    const a = await ask('what automations affect the vandens šildytuvas');
    expect(a.cited).toEqual(expect.arrayContaining(['Šildytuvo valdiklis', 'Taupymas']));
    expect(a.text).toMatch(/controlled by Šildytuvo valdiklis/);
  });

  it('a device switched by a schedule is also controlled with its app', async () => {
    const a = await ask('what controls the žaliuzės svetainėje');
    expect(a.cited).toEqual(expect.arrayContaining(['Žaliuzės vakare', 'BlindLink']));
  });
});

describe('the app of a device asked in other words', () => {
  it.each(['con cosa controllo le žaliuzės svetainėje', 'avec quoi je contrôle les žaliuzės svetainėje', 'con qué controlo las žaliuzės svetainėje', 'che app uso per le žaliuzės svetainėje'])('"%s" is its app', async (q) => {
    const a = await ask(q);
    expect(a.cited).toContain('BlindLink');
  });

  it('"what app do I use for the yard watering" is no reading of the watering field', async () => {
    const a = await ask('what app do i use for the kiemas watering');
    expect(a.cited).toContain('GardenFlow');
    expect(a.text).not.toMatch(/not watering/);
  });
});

describe('knowledge asked in other words', () => {
  it('notes about the word a zone is described by', async () => {
    const a = await ask('any notes about the Daržas');
    expect(a.cited).toContain('Daržininkų bendrija');
    expect(a.text).toMatch(/15 April/);
  });

  it.each(['manual for the dehumidifier in the cellar', 'got manual for the dehumidifier in the cellar?'])('"%s" is the one of the kind in that room', async (q) => {
    const a = await ask(q);
    expect(a.cited).toContain('DryPro 20 instrukcija');
    expect(a.text).not.toMatch(/Svetainės dehumidifier/);
  });
});
