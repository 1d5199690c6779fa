// Nigerian Pidgin read in its own grammar: "am" is the object after a verb ("off am" = turn it off), "dey" is is/are
// ("where the inverter dey", "the gate dey open?"), "wetin" is what ("wetin dey the store" = what is in the store),
// "for" before a place is "in", "we get" is "do we have", and abeg/oya are particles. Read word for word they became
// names nobody has ("No device is called 'am'") or wrong nones ("There are no gates in …").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver, dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'pg-home', entity_type: 'home', name: 'Surulere house', content: {} };
const rooms: RawEntity[] = [
  { id: 'pg-parlour', entity_type: 'room', name: 'Parlour', content: {} },
  { id: 'pg-store', entity_type: 'room', name: 'Store', content: {} },
  { id: 'pg-compound', entity_type: 'room', name: 'Compound', content: {} },
];
const device = (id: string, name: string, type: string, capabilities: string[], state: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content: { type, capabilities, state } });
const devices: RawEntity[] = [
  device('pg-inverter', 'Inverter', 'inverter', ['power'], { power: 420 }),
  device('pg-gate', 'Compound gate', 'gate', ['open/close'], { open: false }),
  device('pg-lights', 'Parlour lights', 'lighting', ['on/off'], { on: true }),
  device('pg-fan', 'Standing fan', 'fan', ['on/off'], { on: true }),
  device('pg-fan2', 'Ceiling fan', 'fan', ['on/off'], { on: false }),
];
const placeOf: Record<string, string> = { 'pg-inverter': 'pg-store', 'pg-gate': 'pg-compound', 'pg-lights': 'pg-parlour', 'pg-fan': 'pg-parlour', 'pg-fan2': 'pg-store' };

describe('Nigerian Pidgin', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'pg-parlour'), 'pg') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'pg', { mustAnswer: true });
  const { proposes } = dialogsOver(() => h, 'pgd');

  it('"where the inverter dey" says where it is', async () => {
    const a = await ask('wetin dey the parlour', 'where the inverter dey');
    expect(a.cited).toContain('Store');
  });

  it('"the gate dey open?" reads the gate, closed', async () => {
    const a = await ask('wetin dey the parlour', 'the gate dey open?');
    expect(a.text).toMatch(/closed|not open|No\b/i);
    expect(a.text).not.toMatch(/no gates/i);
  });

  it('"wetin dey the store" lists the store', async () => {
    const a = await ask('wetin dey the store');
    expect(a.cited).toContain('Inverter');
  });

  it('"off am" turns off the thing talked about', async () => {
    await proposes(['are the parlour lights on', 'off am'], ['Parlour lights'], 2);
  });

  it('"oya abeg off parlour lights": particles and the bare "off" of a command', async () => {
    await proposes(['oya abeg off parlour lights'], ['Parlour lights'], 2);
  });

  it('"off the fan for store": "for" before a place is "in"', async () => {
    await proposes(['wetin dey the parlour', 'off the fan for store'], ['Ceiling fan'], 2);
  });

  it('"which fans dey on" lists the ones on', async () => {
    const a = await ask('wetin dey the store', 'which fans dey on');
    expect(a.cited).toContain('Standing fan');
    expect(a.cited).not.toContain('Ceiling fan');
  });

  it('"wetin be the inverter" describes it', async () => {
    const a = await ask('wetin be the inverter');
    expect(a.cited).toContain('Inverter');
  });

  it('"the standing fan dey on?" says yes', async () => {
    const a = await ask('the standing fan dey on?');
    expect(a.text).toMatch(/^Yes/);
  });

  it('"how many fans we get" counts them', async () => {
    const a = await ask('how many fans we get');
    expect(a.text).toMatch(/2 fans/);
  });
});
