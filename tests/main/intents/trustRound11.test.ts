// Issue 12, round 11: answers a household must be able to trust, over a small Maltese house (trustFixturesMaltese.ts).
// "open the gate" is the gate of the home, never "no gates in the Kċina" (a kitchen described as "open to the sala"
// is no place called "open"); "switch the lights on" in a conversation about one place is that place's lights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import { homeExportJson } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { MT_EDGES, MT_ENTITIES } from './trustFixturesMaltese';

let h: Harness;
const { dialog, proposes } = dialogsOver(() => h, 'mt-r11');

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(MT_ENTITIES, MT_EDGES, 'mt-r11-rel') });
});
afterAll(() => h.dispose());

describe('a description word is no place name', () => {
  it('"open the gate" proposes the gate, not a search of the kitchen described as "open to the sala"', async () => {
    await proposes(['open the gate'], ['Grada tal-karozzi'], 3);
  });

  it('the kitchen is still the kitchen', async () => {
    const a = await dialog('what is in the kitchen');
    expect(a.text).toMatch(/Kċina/);
  });
});

describe('a command in a conversation about one place', () => {
  it('"switch the lights on" after what is in the yard is the yard\'s lights', async () => {
    await proposes(["what's in the bitħa", 'switch the lights on'], ['Dwal tal-bitħa'], 2);
  });

  it('"all the lights" still means the whole home', async () => {
    const a = await dialog("what's in the bitħa", 'switch all the lights on');
    expect(a.proposal?.targets.length).toBeGreaterThan(1);
  });

  it('a place with none of the kind leaves the command as typed', async () => {
    const a = await dialog("what's in the garaxx", 'switch the lights on');
    expect(a.proposal?.targets.length ?? 0).not.toBe(1);
  });
});

describe('the device the words name', () => {
  it('"dim the sala lights to 30" is the device called exactly "Sala lights", not the reading lamp too', async () => {
    await proposes(['dim the sala lights to 30'], ['Sala lights'], 2);
  });

  it('"put the kettle on" with a kettle and a kettle socket asks which', async () => {
    const a = await dialog('put the kettle on');
    expect(a.proposal ?? undefined, a.text).toBeUndefined();
    expect(a.text).toMatch(/Kettle socket/);
    expect(a.text).toMatch(/Kettle tan-Nanna/);
  });
});

describe('an appliance doing its job is on', () => {
  it('"anything on in the laundry" names the washing machine that says "washing"', async () => {
    const a = await dialog('anything on in the laundry');
    expect(a.text).toMatch(/Magna tal-ħasil/);
    expect(a.text).not.toMatch(/^No devices/);
  });
});
