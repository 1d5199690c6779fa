// "and her humidifier?" right after "dim it to 5%" about her nightlight: the dimming put onto a humidifier that can't
// be dimmed is no reading of the fragment, so it is read as a question about the humidifier, never answered "None of
// the humidifiers can do that" (a "none" about a device that is right there). A fragment that can take the command
// still does ("and the desk lamp" is dimmed too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'cf-home', entity_type: 'home', name: 'Maison Roy', content: {} };
const rooms: RawEntity[] = [{ id: 'cf-lea', entity_type: 'room', name: 'Chambre de Léa', content: {} }];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('cf-night', 'Veilleuse de Léa', 'lighting', ['on/off', 'brightness'], { on: true, brightness: 20 }),
  device('cf-desk', 'Lampe de bureau de Léa', 'lighting', ['on/off', 'brightness'], { on: true, brightness: 80 }),
  device('cf-humid', 'Humidificateur de Léa', 'humidifier', ['on/off', 'target_humidity'], { on: true, humidity: 38, target_humidity: 45 }),
];

describe('a fragment after a command that the thing it names cannot do', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, {}, 'cf-lea'), 'cf') });
  });
  afterAll(() => h.dispose());
  const { dialog, proposes } = dialogsOver(() => h, 'cf');

  it('"and her humidifier?" after dimming her nightlight is no "none of the humidifiers can do that"', async () => {
    const a = await dialog('is the veilleuse de léa on', 'dim it to 5%', 'and her humidifier?');
    expect(a.proposal ?? undefined, a.text).toBeUndefined();
    expect(a.text).not.toMatch(/can(no|')t do that|None of/i);
    expect(a.citations.map((c) => c.name)).toContain('Humidificateur de Léa');
  });

  it('a fragment that can take the command still gets it', async () => {
    await proposes(['dim the veilleuse de léa to 5%', 'and the lampe de bureau de léa'], ['Lampe de bureau de Léa'], 2);
  });
});
