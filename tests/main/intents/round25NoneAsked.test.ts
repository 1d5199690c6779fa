// Issue 12, round 25: a guest asking for a code or password hears that it is in a private note, even when the note's
// words differ from the question's ("Senha do Wi-Fi" for "wifi password", "WLAN Passwort" for "chalet wifi
// password"), when the door asked of is one of several ("what's the door PIN"), or when the word for the secret is
// another language's ("la clave del wifi") or a monitoring keyword; never the devices that mention "wifi". "just the
// guest one, I'm visiting" after it asks the same secret of the guest network. A maker asked in a place ("any samsung
// stuff in the hall") is answered there: none there is said, never the maker's devices elsewhere as if they answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './intentHarness';
import type { RawEntity } from './homeExportJson';
import { openRoomHome } from './roomHomeHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'na-home', entity_type: 'home', name: 'Casa Lima', content: {} },
  { id: 'na-sala', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'na-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'na-door1', entity_type: 'door', name: 'Front door', content: {} },
  { id: 'na-door2', entity_type: 'door', name: 'Back door', content: {} },
  { id: 'na-wifi', entity_type: 'note', name: 'Senha do Wi-Fi', content: { text: 'Rede CasaLima_5G - senha: caju#Praia2024. Guest: LimaGuest / visita77', private: true } },
  { id: 'na-alarm', entity_type: 'note', name: 'Alarm code', content: { text: 'Keypad 4417, duress 4418. Keyword for the monitoring centre: Tucano99!', private: true } },
  device('na-router', 'Roteador Deco', { type: 'router', capabilities: ['wifi', 'mesh'], state: { online: true } }),
  device('na-ext', 'Wifi extender', { type: 'router', capabilities: ['wifi'], state: { online: true } }),
  device('na-panel', 'Alarm panel', { type: 'alarm_panel', manufacturer: 'PhoneWatch', capabilities: ['arm'], state: { mode: 'disarmed' } }),
  device('na-tv', 'Telly', { type: 'tv', manufacturer: 'Samsung', capabilities: ['power'], state: { power: 'off' } }),
  device('na-lamp', 'Sala lamp', { type: 'light', manufacturer: 'Philips Hue', capabilities: ['power'], state: { power: 'on' } }),
  device('na-hall-lamp', 'Hall lamp', { type: 'light', manufacturer: 'Philips Hue', capabilities: ['power'], state: { power: 'off' } }),
];
const PLACE: Record<string, string> = { 'na-router': 'na-sala', 'na-ext': 'na-hall', 'na-panel': 'na-hall', 'na-tv': 'na-sala', 'na-lamp': 'na-sala', 'na-hall-lamp': 'na-hall' };
const SECRETS = ['caju#Praia2024', '4417', '4418', 'Tucano99!', 'visita77'];

let home: Harness;
let conversation = 0;
async function asks(role: 'guest' | 'admin', ...questions: string[]): Promise<{ text: string; cited: string[] }> {
  const conversationId = `na-${++conversation}`;
  let last = { text: '', cited: [] as string[] };
  for (const q of questions) {
    const a = await home.responder.respond(q, home.context({ conversationId, role }));
    last = { text: a?.text ?? '', cited: (a?.citations ?? []).map((c) => c.name) };
  }
  return last;
}
const guestAsks = (...questions: string[]): Promise<{ text: string; cited: string[] }> => asks('guest', ...questions);

beforeAll(async () => {
  home = await openRoomHome('na', ENTITIES, PLACE, 'na-sala');
});
afterAll(() => home.dispose());

describe('a guest asking for a secret hears it is private', () => {
  for (const question of ['whats the wifi password', 'qual a senha do wifi?', 'y cuál es la clave del wifi', "what's the keyword for phonewatch", "what's the door PIN"]) {
    it(`"${question}"`, async () => {
      const answer = await guestAsks(question);
      expect(answer.text).toMatch(/private/i);
      for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
    });
  }
  it('the note sharing the question\'s word is the one named', async () => {
    const answer = await guestAsks('whats the wifi password');
    expect(answer.cited).toEqual(['Senha do Wi-Fi']);
  });
});

describe('a reply asking the same secret of another one', () => {
  it('"just the guest one, I\'m visiting" after the wifi password', async () => {
    const answer = await guestAsks('whats the wifi password', "just the guest one, I'm visiting");
    expect(answer.text).toMatch(/private/i);
    for (const secret of SECRETS) expect(answer.text).not.toContain(secret);
  });
});

describe('a maker asked in a place', () => {
  it('"any samsung stuff in the hall" says there is none there', async () => {
    const answer = await asks('admin', 'any samsung stuff in the hall');
    expect(answer.text).toMatch(/no Samsung devices in the Hall/i);
  });
  it('"any hue stuff in the hall" lists only the hall\'s', async () => {
    const answer = await asks('admin', 'any hue stuff in the hall');
    expect(answer.cited).toEqual(['Hall lamp']);
  });
});

describe('a Romance kind name with its plural on the head noun', () => {
  const SENSORS: RawEntity[] = [
    { id: 'rp-home', entity_type: 'home', name: 'Casa Sur', content: {} },
    { id: 'rp-bano', entity_type: 'room', name: 'Baño', content: {} },
    { id: 'rp-patio', entity_type: 'room', name: 'Patio', content: {} },
    device('rp-w1', 'Fuga baño', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { leak: false, battery: 80 } }),
    device('rp-w2', 'Fuga lavarropas', { type: 'leak_sensor', capabilities: ['water_leak', 'battery'], state: { leak: false, battery: 60 } }),
    device('rp-m1', 'Ojo patio', { type: 'motion_sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: 90 } }),
    device('rp-t1', 'Termómetro patio', { type: 'temperature_sensor', capabilities: ['temperature'], state: { temperature: 21 } }),
  ];
  let sensors: Harness;
  beforeAll(async () => {
    sensors = await openRoomHome('rp', SENSORS, { 'rp-w1': 'rp-bano', 'rp-w2': 'rp-bano', 'rp-m1': 'rp-patio', 'rp-t1': 'rp-patio' }, 'rp-patio');
  });
  afterAll(() => sensors.dispose());
  const cited = async (q: string): Promise<string[]> => ((await sensors.responder.respond(q, sensors.context({ conversationId: `rp-${q}` })))?.citations ?? []).map((c) => c.name).sort();
  it('"sensores de agua tenemos?" lists the leak sensors only', async () => {
    expect(await cited('sensores de agua tenemos?')).toEqual(['Fuga baño', 'Fuga lavarropas']);
  });
  it('"sensores de movimiento?" lists the motion sensor only', async () => {
    expect(await cited('sensores de movimiento?')).toEqual(['Ojo patio']);
  });
});
