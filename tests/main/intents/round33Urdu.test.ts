// Issue 12, round 33: Urdu, in its script and in Roman Urdu (urduWords.ts, urduPhrasing.ts, lexicon/urdu.json). Urdu
// script is written in Roman Urdu word by word (a name of the home in the script stays; a Latin name typed in the
// script is found by its consonants), then read as Hindi is ("kar do", "kahan hai", "mein kya kya hai"), with Urdu's
// own verbs ("chala do", "jala do", "bujha do", "laga hai", "chal raha hai") and shapes ("kaun kaun se X chal rahe
// hain", "X hai ghar mein?", "X 26 darje par kar do", "kitni garmi hai"). Persian, Punjabi and English are not read so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { urduInLatin } from '../../../src-main/intents/languages/urduWords';
import { urduPhrasing } from '../../../src-main/intents/languages/urduPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'ur-nani', entity_type: 'room', name: 'Nani ka kamra', content: {} },
  { id: 'ur-bar', entity_type: 'room', name: 'برآمدہ', content: {} },
  { id: 'ur-study', entity_type: 'room', name: 'Chhota kamra', content: {} },
];
const DEVICES: RawEntity[] = [
  device('ur-fan', 'Nani ke kamre ka pankha', { type: 'climate', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 2 } }),
  device('ur-ac', 'Tahir ka AC', { type: 'climate', capabilities: ['on_off', 'temperature_setpoint', 'temperature'], state: { power: 'on', setpoint: 22, temperature: 30 } }),
  device('ur-ac2', 'Chhota kamra AC', { type: 'climate', capabilities: ['on_off', 'temperature_setpoint', 'temperature'], state: { power: 'off', setpoint: 25, temperature: 33 } }),
  device('ur-light', 'برآمدے کی لائٹ', { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } }),
  device('ur-motor', 'Boring ki motor', { type: 'appliance', manufacturer: 'Pedrollo', capabilities: ['on_off'], state: { power: 'off' } }),
  device('ur-vfan', 'برآمدے کا پنکھا', { type: 'climate', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 3 } }),
  device('ur-mq', 'Machhar killer', { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'ur-fan': 'ur-nani', 'ur-ac': 'ur-nani', 'ur-ac2': 'ur-study', 'ur-light': 'ur-bar', 'ur-motor': 'ur-bar', 'ur-vfan': 'ur-bar', 'ur-mq': 'ur-study' };

let home: Harness;
beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([{ id: 'ur-home', entity_type: 'home', name: 'Malik House', content: {} }, ...ROOMS, ...DEVICES], roomAndDeviceEdges('ur-home', ROOMS, DEVICES, PLACE, 'ur-bar'), 'ur-rel') });
});
afterAll(() => home.dispose());

const ask = async (text: string, conversationId = `ur-${text}`) => {
  const answer = await home.responder.respond(text, home.context({ conversationId }));
  return { text: answer?.text ?? '', proposal: answer?.proposal };
};
const read = async (text: string) => readInEnglish(text, await home.engine.index.get());
const targets = async (text: string) => (await ask(text)).proposal?.targets.map((t) => t.name);

describe('Urdu script in Roman Urdu', () => {
  it('writes its words in Latin letters, keeps the home\'s script names, finds a Latin name by its consonants', async () => {
    const snapshot = await home.engine.index.get();
    expect(urduInLatin('برآمدے کی لائٹ جلا دو', snapshot)).toBe('برآمدے کی لائٹ jala do');
    expect(urduInLatin('طاہر کا اے سی کتنے پہ ہے؟', snapshot)).toBe('tahir ka ac kitne pe hai?');
    expect(urduInLatin('مائکروویو آن کر دو', snapshot)).toBe('microwave on kar do');
    expect(urduInLatin('چراغ آشپزخانه رو خاموش کن', snapshot)).toBeUndefined();
    expect(urduInLatin('turn on the fan', snapshot)).toBeUndefined();
  });
  it('reads a question or command in Urdu script', async () => {
    expect(await read('برآمدے میں کیا کیا ہے')).toBe('what is in برآمدے?');
    expect(await read('چھوٹے کمرے کا اے سی چھبیس درجے پر کر دیجیے')).toBe("set the chhota kamra's ac to 26");
    expect(await read('پنکھا بند کر دو')).toBe('turn off pankha');
    expect(await read('چلا دیجیے')).toBe('turn it on');
  });
});

describe('Roman Urdu', () => {
  it('reads Urdu verbs as the Hindi ones', async () => {
    expect(await read('bhai motor chala do')).toBe('turn on motor');
    expect(await read('motor kahan laga hai')).toBe('where is motor?');
    expect(await read('pankha chal raha hai?')).toBe('is pankha on?');
  });
  it('reads the shapes Urdu says its own way', async () => {
    expect(await read('is waqt kaun kaun se AC chal rahe hain')).toBe('which ac are on');
    expect(await read('kaun kaun se pankhe chal rahe hain')).toBe('which fans are on');
    expect(await read('treadmill hai ghar mein?')).toBe('do we have a treadmill');
    expect(await read('tahir ka AC chala do 24 pe')).toBe('set the tahir ka ac to 24');
    expect(await read('nani ke kamre mein kitni garmi hai')).toBe('how hot is it in nani ka kamra');
    expect(await read('kitne AC hain chhote kamre mein')).toBe('how many ac are in chhota kamra');
  });
  it('answers and proposes for the right device', async () => {
    expect(await targets('boring ki motor chala do')).toEqual(['Boring ki motor']);
    expect(await targets('طاہر کا اے سی بند کر دو')).toEqual(['Tahir ka AC']);
    expect((await ask('kaun kaun se AC chal rahe hain')).text).toMatch(/Tahir ka AC/);
    expect((await ask('kaun kaun se AC chal rahe hain')).text).not.toMatch(/Chhota kamra AC/);
  });
  it('reads the questions Urdu asks with its own words: which app, when, the way, a maker\'s things', async () => {
    expect(await read('motor kis app se chalti hai')).toBe('which app controls motor');
    expect(await read('machhar killer kab chalta hai')).toBe('when does machhar killer run');
    expect(await read('baramda se chhota kamra kaise jayen')).toBe('how do i get from baramda to chhota kamra');
    expect(await read('Pedrollo ki kya kya cheezein hain')).toBe('what pedrollo devices are there');
    expect(await read('theek hai motor chala do')).toBe('turn on motor');
    expect(await read('kitne schedules bane hue hain')).toBe('how many schedules are there');
  });
  it('a name in Urdu script is of its kind by the Urdu kind word in it', async () => {
    expect((await ask('which fans are on')).text).toMatch(/برآمدے کا پنکھا/);
  });
  it('English, Punjabi and Hindi questions it has no shape for are not read as Urdu', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['turn on the fan', 'is the door locked', 'garage da door bund hai?', 'geyser chalu hai kya']) expect(urduPhrasing(said, snapshot)).toBeUndefined();
  });
});
