// "set the rad to 21" about a radiator valve: a valve that keeps a setpoint takes a temperature, never "can't be
// dimmed" (a wrong none: the data says it has a setpoint to set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'rv-home', entity_type: 'home', name: 'Flat 2', content: {} };
const rooms: RawEntity[] = [
  { id: 'rv-bed', entity_type: 'room', name: 'Back bedroom', content: {} },
  { id: 'rv-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const devices: RawEntity[] = [
  { id: 'rv-rad', entity_type: 'device', name: "Morag's rad", content: { type: 'trv', manufacturer: 'Hive', model: 'Radiator Valve TRV01', capabilities: ['setpoint', 'temperature'], state: { current_temperature_c: 19.8, setpoint_c: 19, valve_open: 0 } } },
  { id: 'rv-krad', entity_type: 'device', name: 'Kitchen rad', content: { type: 'trv', manufacturer: 'Hive', model: 'Radiator Valve TRV01', capabilities: ['setpoint', 'temperature'], state: { current_temperature_c: 20.1, setpoint_c: 18 } } },
  { id: 'rv-lamp', entity_type: 'device', name: 'Kitchen lamp', content: { type: 'lighting', capabilities: ['on/off', 'dimming'], state: { on: true, brightness: 80 } } },
];
const placeOf: Record<string, string> = { 'rv-rad': 'rv-bed', 'rv-krad': 'rv-kitchen', 'rv-lamp': 'rv-kitchen' };

describe('a radiator valve takes a temperature', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'rv-bed'), 'rv') });
  });
  afterAll(() => h.dispose());
  const { proposes, dialog } = dialogsOver(() => h, 'rv');

  it('"set morags rad to 21" proposes the setpoint', async () => {
    await proposes(['set morags rad to 21'], ["Morag's rad"], 3);
    const a = await dialog('turn the kitchen rad down to 16');
    expect(a.text).not.toMatch(/can't be dimmed/);
    expect(a.text).toMatch(/16°C/);
  });

  it('a light set to a number is still a level', async () => {
    await proposes(['set the kitchen lamp to 40'], ['Kitchen lamp'], 2);
  });
});
