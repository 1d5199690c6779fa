// Issue 12, trust: "boost it for an hour then" about a thermostat with a boost was no proposal at all (a wrong none:
// its state read back). A boost is proposed for a device whose capabilities or state keys have one, in the home's own
// key, with the minutes said; a device without one says so. The tier comes from the device (heating: tier 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boostMinutes } from '../../../src-main/intents/boostAction';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'Flat', content: {} },
  { id: 'hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'stat', entity_type: 'device', name: 'Wall thermostat', content: { type: 'climate', capabilities: ['heating', 'setpoint', 'boost'], state: { mode: 'schedule', setpoint_c: 20, heating: 'on', boost: false } } },
  { id: 'tank', entity_type: 'device', name: 'Immersion', content: { type: 'water_heater', capabilities: ['boost'], state: { boost_mins_left: 0 } } },
  { id: 'lamp', entity_type: 'device', name: 'Hall lamp', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
];
const EDGES: RawEdge[] = [
  { from: 'hall', to: 'h', type: 'part_of' },
  { from: 'stat', to: 'hall', type: 'located_in' },
  { from: 'tank', to: 'hall', type: 'located_in' },
  { from: 'lamp', to: 'hall', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'bo-rel') });
});
afterAll(() => h.dispose());

describe('boost', () => {
  it('"boost it for an hour then" after a question about the thermostat proposes its boost for 60 minutes, tier 3', async () => {
    const a = await h.dialog('is the thermostat on boost', 'boost it for an hour then');
    expect(a.targets).toEqual(['Wall thermostat']);
    expect(a.answer?.proposal?.tier).toBe(3);
    expect(JSON.stringify(a.answer?.proposal)).toMatch(/"boost":true/);
    expect(a.text).toContain('60 min');
  });

  it('a boost kept as minutes left is set in minutes', async () => {
    const a = await h.dialog('boost the immersion for 30 minutes');
    expect(a.targets).toEqual(['Immersion']);
    expect(JSON.stringify(a.answer?.proposal)).toMatch(/"boost_mins_left":30/);
  });

  it('a device with no boost is never proposed', async () => {
    const a = await h.dialog('boost the hall lamp');
    expect(a.targets).toEqual([]);
  });

  it.each([['an hour', 60], ['half an hour', 30], ['20 min', 20], ['2 hours', 120], ['the kids', undefined]])('"%s" is %s minutes', (text, minutes) => {
    expect(boostMinutes(text)).toBe(minutes);
  });
});
