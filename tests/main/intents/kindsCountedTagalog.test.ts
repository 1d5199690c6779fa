// Issue 12, round 12 (what kind a device is, counted and listed right) over a Tagalog home written for this test:
// a video doorbell or an NVR *has* a camera and is named apart from the cameras, never counted as one; a plug whose
// model names the lamp it powers in brackets is no light of the count; a TV box is no TV; a towel rail is a heater;
// a fireplace whose description says "only the blower fan is smart" is no fan; a qualifier no device is described by
// ("ceiling" fans) is said, not dropped; a smoke alarm that also senses CO leaves "where's the CO detector" to the
// CO detector; several smoke alarms, one described "smoke and CO detector", are asked about, not guessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindsOfEntity } from '../../../src-main/intents/deviceKinds';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'tl-home', entity_type: 'home', name: 'Bahay sa Marikina', content: {} },
  { id: 'tl-sala', entity_type: 'room', name: 'Sala', content: {} },
  { id: 'tl-kusina', entity_type: 'room', name: 'Kusina', content: {} },
  { id: 'tl-lola', entity_type: 'room', name: 'Kwarto ni Lola', content: {} },
  { id: 'tl-cr', entity_type: 'room', name: 'Banyo', content: {} },
  { id: 'tl-garahe', entity_type: 'room', name: 'Garahe', content: {} },
  { id: 'tl-ilaw-sala', entity_type: 'device', name: 'Ilaw sa sala', content: { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { on: true } } },
  { id: 'tl-ilaw-kusina', entity_type: 'device', name: 'Ilaw sa kusina', content: { type: 'lighting', capabilities: ['on_off'], state: { on: false } } },
  { id: 'tl-saksakan', entity_type: 'device', name: 'Saksakan ni Lola', content: { type: 'electrical', model: 'Mini smart plug (reading lamp)', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'tl-kampana', entity_type: 'device', name: 'Kampana sa pinto', content: { type: 'security', manufacturer: 'Ring', model: 'Video Doorbell 4', capabilities: ['video', 'chime', 'motion'], state: { online: true } } },
  { id: 'tl-nvr', entity_type: 'device', name: 'Rekorder', content: { type: 'security', model: '4-channel NVR', capabilities: ['video', 'recording', 'playback'], state: { recording: true } } },
  { id: 'tl-cam-garahe', entity_type: 'device', name: 'Kamera sa garahe', content: { type: 'security', capabilities: ['video', 'night_vision'], state: { recording: true } } },
  { id: 'tl-cam-likod', entity_type: 'device', name: 'Kamera sa likod', content: { type: 'security', capabilities: ['video'], state: { recording: true } } },
  { id: 'tl-tv', entity_type: 'device', name: 'Telebisyon', content: { type: 'entertainment', description: 'TV', capabilities: ['power', 'volume', 'input'], state: { power: 'on' } } },
  { id: 'tl-box', entity_type: 'device', name: 'Cignal TV box', content: { type: 'entertainment', model: 'HD set top box', capabilities: ['power', 'channels'], state: { power: 'on' } } },
  { id: 'tl-bentilador', entity_type: 'device', name: 'Bentilador', content: { type: 'climate', description: 'standing fan', capabilities: ['on_off', 'speed'], state: { on: false } } },
  { id: 'tl-hurno', entity_type: 'device', name: 'Pugon', content: { type: 'climate', description: 'wood fireplace, only the blower fan is smart', capabilities: ['blower_on/off'], state: { blower: 'off' } } },
  { id: 'tl-pampainit', entity_type: 'device', name: 'Pampainit ni Lola', content: { type: 'climate', description: 'electric oil heater', capabilities: ['on_off'], state: { on: false } } },
  { id: 'tl-tuwalya', entity_type: 'device', name: 'Sabitan ng tuwalya', content: { type: 'climate', description: 'electric heated towel rail', capabilities: ['on_off'], state: { on: true } } },
  { id: 'tl-usok-baba', entity_type: 'device', name: 'Pang-usok sa baba', content: { type: 'smoke_alarm', description: 'smoke and CO detector, ground floor', capabilities: ['smoke', 'co', 'battery'], state: { smoke: 'clear', battery: 80 } } },
  { id: 'tl-usok-taas', entity_type: 'device', name: 'Pang-usok sa taas', content: { type: 'smoke_alarm', model: 'Smoke Alarm 2', capabilities: ['smoke', 'battery'], state: { smoke: 'clear', battery: 60 } } },
  { id: 'tl-co', entity_type: 'device', name: 'CO detektor sa garahe', content: { type: 'sensor', description: 'carbon monoxide detector next to the water heater', capabilities: ['co', 'battery'], state: { co: 'normal', battery: 90 } } },
];

const EDGES: RawEdge[] = [
  ...[['tl-ilaw-sala', 'tl-sala'], ['tl-ilaw-kusina', 'tl-kusina'], ['tl-saksakan', 'tl-lola'], ['tl-kampana', 'tl-sala'], ['tl-nvr', 'tl-garahe'],
    ['tl-cam-garahe', 'tl-garahe'], ['tl-cam-likod', 'tl-kusina'], ['tl-tv', 'tl-sala'], ['tl-box', 'tl-sala'], ['tl-bentilador', 'tl-lola'],
    ['tl-hurno', 'tl-sala'], ['tl-pampainit', 'tl-lola'], ['tl-tuwalya', 'tl-cr'], ['tl-usok-baba', 'tl-sala'], ['tl-usok-taas', 'tl-lola'], ['tl-co', 'tl-garahe']]
    .map(([from, to]) => ({ from: from ?? '', to: to ?? '', type: 'located_in' as const })),
];

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `r12-kinds-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'tl-edge') });
});
afterAll(() => h.dispose());

describe('a device that has a camera is no camera of the count', () => {
  it('counts the cameras, and names the doorbell and the recorder apart', async () => {
    const a = await ask('how many cameras do we own');
    expect(a.text).toMatch(/There are 2 cameras: Kamera sa garahe, Kamera sa likod\./);
    expect(a.text).toMatch(/Not counted: .*Kampana sa pinto \(a doorbell with a camera\)/);
    expect(a.text).toMatch(/Rekorder \(a video recorder with a camera\)/);
  });

  it('lists them the same way, still citing what it names', async () => {
    const a = await ask('show me the cameras');
    expect(a.text).toMatch(/^There are 2 cameras/);
    expect(a.cited).toEqual(expect.arrayContaining(['Kamera sa garahe', 'Kamera sa likod', 'Kampana sa pinto']));
  });
});

describe('what a device is, not what it serves or has a part of', () => {
  it('a plug named for the lamp it powers is no light of the count', async () => {
    const a = await ask('how many lights are in the house');
    expect(a.text).toMatch(/There are 2 lights: Ilaw sa kusina, Ilaw sa sala\. Not counted: Saksakan ni Lola \(a switch for a light\)/);
  });

  it('a set-top box is no TV', async () => {
    expect((await ask('how many TVs do we have')).text).toMatch(/There is 1 TV: Telebisyon\./);
    expect([...kindsOfEntity({ ...entity('tl-box') }).keys()]).toContain('streaming_box');
  });

  it('a towel rail is a heater; a fireplace with a smart blower is no fan', async () => {
    const heaters = await ask('which heaters do we have');
    expect(heaters.cited).toEqual(expect.arrayContaining(['Pampainit ni Lola', 'Sabitan ng tuwalya']));
    expect(kindsOfEntity(entity('tl-hurno')).has('fan')).toBe(false);
  });
});

describe('a qualifier the data cannot confirm is said, not dropped', () => {
  it('no fan is described as a ceiling fan: says so, then names the fans there are', async () => {
    const a = await ask('any ceiling fans');
    expect(a.text).toMatch(/^No fan here is described as “ceiling”\. There is 1 fan: Bentilador/);
    expect(a.cited).not.toContain('Pugon');
  });

  it('"smart" narrows nothing: every device here is smart', async () => {
    expect((await ask('any smart speakers')).text).toMatch(/no speakers/);
  });
});

describe('where a detector is', () => {
  it('the CO detector is the one that is one, not the smoke alarm that also senses CO', async () => {
    const a = await ask('wheres the co detector');
    expect(a.text).toMatch(/^CO detektor sa garahe .*is in the Garahe/);
  });

  it('two smoke alarms: asks which, even when one description has the words apart', async () => {
    const a = await ask('where is the smoke detector');
    expect(a.text).toMatch(/Which one do you mean/);
    expect(a.text).toMatch(/Pang-usok sa baba/);
    expect(a.text).toMatch(/Pang-usok sa taas/);
  });

  it('a CO list names the smoke alarm that senses CO too', async () => {
    const a = await ask('any carbon monoxide detectors');
    expect(a.text).toMatch(/There is 1 carbon monoxide detector: CO detektor sa garahe/);
    expect(a.text).toMatch(/Pang-usok sa baba \(a smoke alarm with a carbon monoxide detector\)/);
  });
});

function entity(id: string): Parameters<typeof kindsOfEntity>[0] {
  const raw = ENTITIES.find((e) => e.id === id);
  if (!raw) throw new Error(id);
  return { id, entity_type: raw.entity_type, name: raw.name, content: raw.content, version: 'v1', created_at: '', updated_at: '', user_id: 'u', parent_versions: [] } as unknown as Parameters<typeof kindsOfEntity>[0];
}
