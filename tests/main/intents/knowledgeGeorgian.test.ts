// Round 14, knowledge cluster: what the home's documents and timetables say, ranked by what the question asks, in a
// home whose names are Georgian (romanized, written here). A verb picks the procedure whose own title says it, not the
// first procedure of a device whose capabilities happen to hold that verb; a "when" in the past or of an end date is
// answered with the dated sentence of a note, not with the device's timetable; a timed rule that only switches a
// device off is no schedule of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'ka-home', entity_type: 'home', name: 'Saxli Mtatsmindaze', content: {} },
  { id: 'ka-samzareulo', entity_type: 'room', name: 'Samzareulo', content: {} },
  { id: 'ka-misaghebi', entity_type: 'room', name: 'Misaghebi', content: {} },
  { id: 'ka-sardapi', entity_type: 'room', name: 'Sardapi', content: {} },
  { id: 'ka-ezo', entity_type: 'room', name: 'Ezo', content: { description: 'back yard: cisterna, grill, clothes line' } },
  { id: 'ka-cisterna', entity_type: 'device', name: 'Cisterna sensori', content: { type: 'sensor', capabilities: ['water_level'], state: { level: '40%' } } },
  { id: 'ka-kamera', entity_type: 'device', name: 'Kamera ezoshi', content: { type: 'security', capabilities: ['video'], state: { recording: true } } },
  { id: 'ka-kontroleri', entity_type: 'device', name: 'Kontroleri Sardapshi', content: { type: 'network', description: 'relay hub in the basement', capabilities: ['relay'] } },
  { id: 'ka-termostati', entity_type: 'device', name: 'Termostati Nino', content: { type: 'climate', description: 'thermostat for the floor heating', capabilities: ['setpoint', 'room_temperature'], state: { target_temperature: 21 } } },
  { id: 'ka-iatakis-saati', entity_type: 'schedule', name: 'Heating hours', content: { days: 'daily', periods: [{ from: '06:30', to: '09:00' }], enabled: true } },
  { id: 'ka-inverteri', entity_type: 'device', name: 'Inverteri', content: { type: 'energy', description: 'battery backup for power cuts', capabilities: ['backup'], state: { battery: '88%' } } },
  { id: 'ka-mzis', entity_type: 'device', name: 'Mzis water heater', content: { type: 'appliance', capabilities: ['temperature_monitoring'], state: { water_temp: '58 °C' } } },
  { id: 'ka-akumulatori', entity_type: 'procedure', name: 'Top up the inverteri battery', content: { steps: ['Switch the Inverteri to bypass.', 'Open the vent caps.', 'Add distilled water up to the green float.', 'Close the caps and switch back.'] } },
  { id: 'ka-app-cisterna', entity_type: 'app', name: 'Tuya Smart', content: { vendor: 'Tuya' } },
  { id: 'ka-app-kamera', entity_type: 'app', name: 'Reolink', content: { vendor: 'Reolink' } },
  { id: 'ka-kvabi', entity_type: 'device', name: 'Gazis kvabi', content: { type: 'climate', manufacturer: 'Baxi', description: 'gas boiler for the radiators', capabilities: ['heating', 'hot_water', 'fault_reset'], state: { on: true, pressure: '1.4 bar' } } },
  { id: 'ka-tumbo', entity_type: 'device', name: 'Tumbo Nino', content: { type: 'plumbing', description: 'pump for the garden well', capabilities: ['on_off'], state: { on: false } } },
  { id: 'ka-avzi', entity_type: 'device', name: 'Avzis sensori', content: { type: 'sensor', description: 'level sensor on the rainwater cistern', capabilities: ['water_level', 'battery'], state: { level: '62%', battery: '80%' } } },
  { id: 'ka-televizori', entity_type: 'device', name: 'Televizori Giorgi', content: { type: 'entertainment', capabilities: ['power', 'volume'], state: { power: 'on' } } },
  { id: 'ka-lampa', entity_type: 'device', name: 'Lampa misaghebshi', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ka-ganatleba', entity_type: 'device', name: 'Ganatleba ezoshi', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ka-radiatori', entity_type: 'procedure', name: 'Radiatorebis gaushveba', content: { steps: ['Switch the boiler off.', 'Open each bleed valve with the key until water comes.', 'Close the valves and check the pressure.'] } },
  { id: 'ka-reset', entity_type: 'procedure', name: 'Reset the gas boiler', content: { steps: ['Check the gas tap is open.', 'Hold the reset button for 5 seconds.', 'If it stops again, call Levan.'] } },
  { id: 'ka-tumbo-fill', entity_type: 'procedure', name: 'Fill the tumbo tank', content: { steps: ['Close the outlet valve.', 'Pour water into the priming cap until it overflows.'] } },
  { id: 'ka-avzi-fill', entity_type: 'procedure', name: 'Fill the rainwater cistern', content: { steps: ['Open the mains bypass valve.', 'Stop when the sensor shows 90%.'] } },
  { id: 'ka-mitana', entity_type: 'note', name: 'Shesha mitana', content: { text: 'Two cubic metres of firewood from Davit on 3 Nov 2026, paid 540 GEL. Stacked behind the shed.' } },
  { id: 'ka-garantia', entity_type: 'note', name: 'Kvabis garantia', content: { text: 'Boiler fitted 12 May 2023 by Levan; manufacturer warranty to May 2028.' } },
  { id: 'ka-kodi', entity_type: 'note', name: 'Wi-Fi kodi', content: { text: 'Network Mtatsminda, key 4471-zeta.', private: true } },
  { id: 'ka-gatboba', entity_type: 'schedule', name: 'Gatbobis saati', content: { days: 'Mon–Fri', periods: [{ from: '06:00', to: '08:00' }, { from: '18:00', to: '23:00' }], enabled: true } },
  { id: 'ka-dzili', entity_type: 'automation', name: 'Dzili nebisa', content: { trigger: { type: 'time', at: '23:45' }, actions: [{ device: 'Televizori Giorgi', action: 'turn_off' }, { device: 'Lampa misaghebshi', action: 'turn_off' }], enabled: true } },
  { id: 'ka-saghamo', entity_type: 'automation', name: 'Saghamos shuqi', content: { trigger: { type: 'time', at: '19:30' }, actions: [{ device: 'Ganatleba ezoshi', action: 'turn_on' }], enabled: true } },
];

const EDGES: RawEdge[] = [
  { from: 'ka-samzareulo', to: 'ka-home', type: 'part_of' },
  { from: 'ka-misaghebi', to: 'ka-home', type: 'part_of' },
  { from: 'ka-sardapi', to: 'ka-home', type: 'part_of' },
  { from: 'ka-ezo', to: 'ka-home', type: 'part_of' },
  { from: 'ka-cisterna', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-kamera', to: 'ka-ezo', type: 'located_in' },
  { from: 'ka-cisterna', to: 'ka-app-cisterna', type: 'controlled_by_app' },
  { from: 'ka-kontroleri', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-inverteri', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-mzis', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-akumulatori', to: 'ka-inverteri', type: 'procedure_for' },
  { from: 'ka-kontroleri', to: 'ka-kvabi', type: 'controls' },
  { from: 'ka-kontroleri', to: 'ka-tumbo', type: 'controls' },
  { from: 'ka-termostati', to: 'ka-misaghebi', type: 'located_in' },
  { from: 'ka-iatakis-saati', to: 'ka-tumbo', type: 'manages' },
  { from: 'ka-kamera', to: 'ka-app-kamera', type: 'controlled_by_app' },
  { from: 'ka-kvabi', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-tumbo', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-avzi', to: 'ka-sardapi', type: 'located_in' },
  { from: 'ka-televizori', to: 'ka-misaghebi', type: 'located_in' },
  { from: 'ka-lampa', to: 'ka-misaghebi', type: 'located_in' },
  { from: 'ka-ganatleba', to: 'ka-samzareulo', type: 'located_in' },
  { from: 'ka-radiatori', to: 'ka-kvabi', type: 'procedure_for' },
  { from: 'ka-reset', to: 'ka-kvabi', type: 'procedure_for' },
  { from: 'ka-tumbo-fill', to: 'ka-tumbo', type: 'procedure_for' },
  { from: 'ka-avzi-fill', to: 'ka-tumbo', type: 'procedure_for' },
  { from: 'ka-kvabi', to: 'ka-garantia', type: 'documented_by' },
  { from: 'ka-gatboba', to: 'ka-kvabi', type: 'manages' },
  { from: 'ka-dzili', to: 'ka-televizori', type: 'automates' },
  { from: 'ka-dzili', to: 'ka-lampa', type: 'automates' },
  { from: 'ka-saghamo', to: 'ka-ganatleba', type: 'automates' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string, id = `ka-${++conversation}`): Promise<{ model: string; text: string }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: id, role: 'admin' }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { model: answer?.model ?? '', text: answer?.text ?? '' };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ka-rel') });
});
afterAll(() => h.dispose());

describe('the procedure whose own title says the verb', () => {
  it.each(['how do i reset the gazis kvabi', 'how can i restart the gazis kvabi'])('"%s" gives the reset steps, not the radiators', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/^Reset the gas boiler/);
    expect(a.text).toMatch(/5 seconds/);
  });

  it('"how to fill the rainwater cistern" is the cistern procedure, not the pump tank one', async () => {
    const a = await ask('how to fill the rainwater cistern');
    expect(a.text).toMatch(/^Fill the rainwater cistern/);
  });
});

describe('the device a task names, and a procedure named by the whole task', () => {
  it('"steps to pour distilled water in the inverteri" is the inverter procedure, not "none" for the water heater', async () => {
    const a = await ask('steps to pour distilled water in the inverteri');
    expect(a.text).toMatch(/^Top up the inverteri battery/);
  });

  it('"how to top up the battery water" finds the procedure whose name says it, whatever "water" named', async () => {
    const a = await ask('how to top up the battery water');
    expect(a.text).toMatch(/^Top up the inverteri battery/);
    expect(a.text).not.toMatch(/no procedure/i);
  });
});

describe('a date written in a note', () => {
  it('"when was the firewood delivered" quotes the note sentence with its date', async () => {
    const a = await ask('when was the firewood delivered');
    expect(a.text).toMatch(/3 Nov 2026/);
  });

  it('"when did the gazis kvabi get fitted" quotes the fitting date, not the heating times', async () => {
    const a = await ask('when did the gazis kvabi get fitted');
    expect(a.text).toMatch(/12 May 2023/);
    expect(a.text).not.toMatch(/Gatbobis saati/);
  });

  it('"till when is the gazis kvabi warranty" quotes the end date', async () => {
    expect((await ask('till when is the gazis kvabi warranty')).text).toMatch(/May 2028/);
  });

  it('"when does the gazis kvabi come on" is still its timetable', async () => {
    const a = await ask('when does the gazis kvabi come on');
    expect(a.text).toMatch(/Gatbobis saati/);
    expect(a.text).toMatch(/06:00/);
  });
});

describe('a timed rule that only switches a device off is no schedule of it', () => {
  it('"is there a schedule for televizori giorgi" says there is none and names the rule', async () => {
    const a = await ask('is there a schedule for televizori giorgi');
    expect(a.model).toBe('schedules_for_device');
    expect(a.text).toMatch(/There is no schedule for Televizori Giorgi/);
    expect(a.text).toMatch(/Dzili nebisa/);
  });

  it('"any schedule for ganatleba ezoshi" names the rule that switches it on as what runs it', async () => {
    const a = await ask('any schedule for ganatleba ezoshi');
    expect(a.text).not.toMatch(/There is no schedule/);
    expect(a.text).toMatch(/Saghamos shuqi/);
  });
});

describe('the app of a device named by words a room description also says', () => {
  it('"app for the cisterna" is the own app of the sensor, not the apps of the yard', async () => {
    const a = await ask('app for the cisterna');
    expect(a.text).toMatch(/Tuya Smart/);
    expect(a.text).not.toMatch(/Reolink/);
  });

  it('"which app for the ezo" still lists the apps of the yard', async () => {
    expect((await ask('which app for the ezo')).text).toMatch(/Reolink/);
  });
});

describe('the controller an answer named', () => {
  it('"what else does that control" after "what controls the gazis kvabi" is about the controller', async () => {
    const id = 'ka-else';
    expect((await ask('what controls the gazis kvabi', id)).text).toMatch(/Kontroleri Sardapshi/);
    const a = await ask('what else does that control', id);
    expect(a.model).toBe('device_controls');
    expect(a.text).toMatch(/Tumbo Nino/);
  });
});

describe('a schedule named by what it runs', () => {
  it('"what is the heating schedule" is the schedule named so, not "no schedule" for the thermostat', async () => {
    const a = await ask('what is the heating schedule');
    expect(a.text).toMatch(/Heating hours/);
    expect(a.text).toMatch(/Termostati Nino has no schedule of its own/);
    expect(a.text).toMatch(/06:30/);
  });
});
