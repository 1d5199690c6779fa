// Closed word classes of Austrian/Bavarian German and of Swahili that a household uses without a question word the
// layer knew: "wia vü"/"wie vüle" (how much/many), "habn ma"/"hamma" (do we have), "wie kumm i vom … auf'n …" (how do I
// get from … to …), "eingstellt" (set), the case of "der" (the subject: "was steuert der Server" = what does the server
// control) and an article before a name; Swahili listings said as a noun phrase ("vifaa vya sebule", "vyumba vya juu")
// and the way between two places ("njia kutoka … hadi …"). Two small homes written here (Swiss German, Swahili).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

async function ask(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; model: string }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', model: last?.model ?? '' };
}

function openHome(entities: RawEntity[], placeOf: Record<string, string>, more: RawEdge[], homeId: string, fallback: string): Promise<Harness> {
  const rooms = entities.filter((e) => e.entity_type === 'room');
  const devices = entities.filter((e) => e.entity_type === 'device');
  return openHarness({ homeJson: homeExportJson(entities, [...roomAndDeviceEdges(homeId, rooms, devices, placeOf, fallback), ...more], `${homeId}-rel`) });
}

const SWISS: RawEntity[] = [
  { id: 'sg-home', entity_type: 'home', name: 'Huus Wyssbrod', content: {} },
  { id: 'sg-gang', entity_type: 'room', name: 'Gang', content: {} },
  { id: 'sg-chuchi', entity_type: 'room', name: 'Chuchi', content: {} },
  { id: 'sg-stube', entity_type: 'room', name: 'Stube', content: {} },
  { id: 'sg-laube', entity_type: 'room', name: 'Laube', content: {} },
  { id: 'sg-zentrale', entity_type: 'device', name: 'Steuerzentrale', content: { type: 'hub', description: 'controller for lights and blinds' } },
  { id: 'sg-boiler', entity_type: 'device', name: 'Warmwasserspeicher', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '55 °C', target_temperature: '60 °C' } } },
  { id: 'sg-lampe', entity_type: 'device', name: 'Hängelampe Stube', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'sg-rad', entity_type: 'device', name: 'Radiator Stube', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '20 °C', target_temperature: '21 °C' } } },
];
const SWISS_PLACE = { 'sg-zentrale': 'sg-gang', 'sg-boiler': 'sg-chuchi', 'sg-lampe': 'sg-stube', 'sg-rad': 'sg-stube' };
const SWISS_EDGES: RawEdge[] = [
  { from: 'sg-gang', to: 'sg-stube', type: 'connects_to', properties: { via: 'door' } },
  { from: 'sg-stube', to: 'sg-laube', type: 'connects_to', properties: { via: 'door', door: 'Laubentür' } },
  { from: 'sg-gang', to: 'sg-chuchi', type: 'connects_to', properties: { via: 'door' } },
  { from: 'sg-zentrale', to: 'sg-lampe', type: 'controls' },
  { from: 'sg-zentrale', to: 'sg-boiler', type: 'controls' },
];

describe('Austrian and Bavarian question words, said in a Swiss home', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome(SWISS, SWISS_PLACE, SWISS_EDGES, 'sg-home', 'sg-gang');
  });
  afterAll(() => h.dispose());

  it('"wie vüle Zimmer hamma insgesamt" counts the rooms (vüle = viele, hamma = haben wir, insgesamt adds nothing)', async () => {
    const rooms = await ask(h, 'g1', 'wie vüle Zimmer hamma insgesamt');
    expect(rooms.text).toMatch(/\b4 rooms\b/);
  });

  it('"wie kumm i vom Gang auf\'n Laube" walks the doors, as "wie komm ich" does', async () => {
    const dialect = await ask(h, 'g2', "wie kumm i vom Gang auf'n Laube");
    expect(dialect.model).toBe('path_between');
    expect(dialect.text).toContain('Stube');
    expect(dialect.text).toContain('Laubentür');
    expect((await ask(h, 'g3', 'wie komm ich vom Gang in die Laube')).text).toContain('Stube');
  });

  it('"was steuert der …" asks what it controls ("der" is the subject); "wer steuert den …" who controls it', async () => {
    const controls = await ask(h, 'g4', 'was steuert der Steuerzentrale alles');
    expect(controls.text).toContain('Hängelampe Stube');
    expect(controls.text).toContain('Warmwasserspeicher');
    const controller = await ask(h, 'g5', 'wer steuert den Warmwasserspeicher');
    expect(controller.text).toContain('Steuerzentrale');
  });

  it('"auf wia vü Grad is da Radiator eingstellt" reads its setpoint', async () => {
    expect((await ask(h, 'g6', 'auf wia vü Grad is da Radiator Stube eingstellt')).text).toMatch(/21/);
  });

  it('English reads as before, and a name of the home wins over a dialect word', () => {
    return h.engine.index.get().then((snapshot) => {
      expect(readInEnglish('how many rooms do we have', snapshot)).toBe('how many rooms do we have');
      expect(readInEnglish('is the Hängelampe Stube on', snapshot)).toBe('is the Hängelampe Stube on');
      expect(readInEnglish('wie vü Strom zieht die Hängelampe Stube', snapshot)).toMatch(/^how much /);
    });
  });
});

const SWAHILI: RawEntity[] = [
  { id: 'sw-home', entity_type: 'home', name: 'Nyumba ya Mwamba', content: {} },
  { id: 'sw-juu', entity_type: 'room', name: 'Ghorofa ya kwanza', content: { floor: 'upstairs' } },
  { id: 'sw-chini', entity_type: 'room', name: 'Sakafu ya chini', content: { floor: 'downstairs' } },
  { id: 'sw-ukumbi', entity_type: 'room', name: 'Ukumbi', content: {} },
  { id: 'sw-pishi', entity_type: 'room', name: 'Pishi', content: {} },
  { id: 'sw-chumba', entity_type: 'room', name: 'Chumba cha Zuhura', content: {} },
  { id: 'sw-taa', entity_type: 'device', name: 'Taa ya ukumbi', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'sw-feni', entity_type: 'device', name: 'Feni ya Zuhura', content: { type: 'fan', capabilities: ['on/off'], state: { on: false } } },
  { id: 'sw-friji', entity_type: 'device', name: 'Friji', content: { type: 'appliance', state: { temperature: '4 °C' } } },
];
const SWAHILI_PLACE = { 'sw-taa': 'sw-ukumbi', 'sw-feni': 'sw-chumba', 'sw-friji': 'sw-pishi' };
const SWAHILI_EDGES: RawEdge[] = [
  { from: 'sw-ukumbi', to: 'sw-pishi', type: 'connects_to', properties: { via: 'door', door: 'Mlango wa pishi' } },
  { from: 'sw-ukumbi', to: 'sw-chumba', type: 'connects_to', properties: { via: 'stairs' } },
];

describe('Swahili listings said as a noun phrase, and the way between two places', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHome(SWAHILI, SWAHILI_PLACE, SWAHILI_EDGES, 'sw-home', 'sw-ukumbi');
  });
  afterAll(() => h.dispose());

  it('"vifaa vya ukumbi" lists the devices there, "vitu vya pishi" too', async () => {
    const there = await ask(h, 's1', 'vifaa vya ukumbi');
    expect(there.text).toContain('Taa ya ukumbi');
    expect(there.text).not.toContain('Friji');
    expect((await ask(h, 's2', 'vitu vya pishi')).text).toContain('Friji');
  });

  it('"njia kutoka ukumbi hadi pishi" and "kwenda pishi kutoka chumba cha zuhura" give the way', async () => {
    const way = await ask(h, 's3', 'njia kutoka ukumbi hadi pishi');
    expect(way.model).toBe('path_between');
    expect(way.text).toContain('Mlango wa pishi');
    const back = await ask(h, 's4', 'kwenda pishi kutoka chumba cha zuhura');
    expect(back.model).toBe('path_between');
    expect(back.text).toContain('Ukumbi');
  });

  it('the reading: a floor after the connector, a place of the home; other words are left alone', () => {
    return h.engine.index.get().then((snapshot) => {
      expect(readInEnglish('vyumba vya juu', snapshot)).toBe('which rooms are upstairs');
      expect(readInEnglish('vifaa vya ukumbi', snapshot)).toBe('which devices are in ukumbi');
      // Not a place of the home: no listing is made up.
      expect(readInEnglish('vifaa vya Zuhura', snapshot)).not.toMatch(/^which devices are in/);
      expect(readInEnglish('how do i get from ukumbi to pishi', snapshot)).toBe('how do i get from ukumbi to pishi');
    });
  });
});
