// Issue 12, round 39: Amharic in Ge'ez script or romanised and mixed with English, and Afaan Oromo (the Addis home).
// Ge'ez is written in Latin letters syllable by syllable (geezLetters.ts); a home's name in Ge'ez beside its English
// ("Floodlight (የግቢ ፓውዛ)") is found with an ending on its last word or its "የ" left out, and read as its English
// (amharicWords.ts); the sentence's shape comes from its verbs and question words (amharicPhrasing.ts). Oromo's thing
// is read last first (oromoPhrasing.ts). "turn off the pump" beside a "pump room" asks which pump (kindTarget.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { geezInLatin } from '../../../src-main/intents/languages/geezLetters';
import { amharicPhrasing } from '../../../src-main/intents/languages/amharicPhrasing';
import { oromoPhrasing } from '../../../src-main/intents/languages/oromoPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const PLACES: RawEntity[] = [
  { id: 'r39a-home', entity_type: 'home', name: 'Villa (ቤት)', content: {} },
  { id: 'r39a-kitchen', entity_type: 'room', name: 'ኩሽና (kushina)', content: {} },
  { id: 'r39a-gran', entity_type: 'room', name: 'የአያት ክፍል (Granny room)', content: {} },
  { id: 'r39a-yard', entity_type: 'room', name: 'የፊት ግቢ (front yard)', content: {} },
  { id: 'r39a-pumps', entity_type: 'room', name: 'ፓምፕ ቤት (pump room)', content: {} },
];
const DEVICES: RawEntity[] = [
  device('r39a-klight', 'Kushina light (የኩሽና መብራት)', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r39a-heater', 'Granny heater (የአያት ማሞቂያ)', { type: 'heater', capabilities: ['on_off', 'setpoint', 'temperature'], state: { power: 'on', setpoint: 23, temperature: 19 } }),
  device('r39a-flood', 'Floodlight (የግቢ ፓውዛ)', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r39a-cpump', 'Cistern pump (የውሃ ፓምፕ)', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r39a-wpump', 'Well pump (የጉድጓድ ፓምፕ)', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
];
const ROOM_OF: Record<string, string> = { 'r39a-klight': 'r39a-kitchen', 'r39a-heater': 'r39a-gran', 'r39a-flood': 'r39a-yard', 'r39a-cpump': 'r39a-pumps', 'r39a-wpump': 'r39a-yard' };

let home: Harness;
const ask = askingOver(() => home, 'r39a-ask');
const { dialog, proposes } = dialogsOver(() => home, 'r39a-cmd');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], roomAndDeviceEdges('r39a-home', PLACES, DEVICES, ROOM_OF, 'r39a-kitchen'), 'r39a-edge') });
});
afterAll(() => home.dispose());
const snapshotOf = (): Promise<Parameters<typeof amharicPhrasing>[1]> => (home.engine as unknown as { index: { get: () => Promise<Parameters<typeof amharicPhrasing>[1]> } }).index.get();

describe("Ge'ez in Latin letters", () => {
  it('writes each syllable: a sixth order alone, a vowel letter as its vowel, a labialised letter with its w', () => {
    expect(geezInLatin('በርቷል')).toBe('bertwal');
    expect(geezInLatin('ፓምፑን')).toBe('pampun');
    expect(geezInLatin('አብራው')).toBe('abraw');
    expect(geezInLatin('ትንሿ')).toBe('tnshwa');
  });
});

describe('Amharic in Ge\'ez script', () => {
  it('a state asked of a name the home writes in Ge\'ez', async () => {
    const a = await ask('የአያት ማሞቂያ በርቷል ወይ');
    expect(a.text).toMatch(/\bon\b/);
  });

  it('a name with an ending on its last word, or the last word of one name only, is that name', async () => {
    await proposes(['የኩሽና መብራቱን አብራው'], ['Kushina light (የኩሽና መብራት)'], 2);
    await proposes(['ፓውዛውን አብራው'], ['Floodlight (የግቢ ፓውዛ)'], 2);
  });

  it('a request\'s reason after its verb is left out', async () => {
    await proposes(['የግቢ ፓውዛ አጥፋው ነግቷል'], ['Floodlight (የግቢ ፓውዛ)'], 2);
  });

  it('what is in a room', async () => {
    const a = await ask('የአያት ክፍል ውስጥ ምን አለ');
    expect(a.cited).toContain('Granny heater (የአያት ማሞቂያ)');
  });
});

describe('romanised Amharic mixed with English', () => {
  it('reads endings off English words and the verb last', async () => {
    const snapshot = await snapshotOf();
    expect(amharicPhrasing('generator-u bera?', snapshot)).toBe('is the generator on?');
    expect(amharicPhrasing('pump-u atfaw', snapshot)).toBe('turn off the pump');
    expect(amharicPhrasing('roof tank-u sint percent new', snapshot)).toBe('how full is the roof tank');
  });

  it('"the pump" beside a "pump room" asks which pump, never about the lights there', async () => {
    const a = await dialog('pump-u atfaw');
    expect(a.proposal).toBeFalsy();
    expect(a.text).toMatch(/Cistern pump/);
    expect(a.text).toMatch(/Well pump/);
    const b = await dialog('turn off the pump');
    expect(b.text).not.toMatch(/no lights/i);
  });

  it('plain English and other languages are no Amharic', async () => {
    const snapshot = await snapshotOf();
    expect(amharicPhrasing('turn on the kitchen light', snapshot)).toBeUndefined();
    expect(amharicPhrasing('is the heater on yet', snapshot)).toBeUndefined();
    expect(amharicPhrasing('alle lichter aus', snapshot)).toBeUndefined();
  });
});

describe('Afaan Oromo', () => {
  it('the thing read last first, its verb last', async () => {
    await proposes(['Ibsaa kushinaa qabsiisi'], ['Kushina light (የኩሽና መብራት)'], 2);
    const snapshot = await snapshotOf();
    expect(oromoPhrasing('Ibsaa mana injeraa dhaamsi', snapshot)).toBe('turn off the injera kitchen light');
    expect(oromoPhrasing('Paampiin bishaanii (የውሃ ፓምፕ) hojjetaa jiraa', snapshot)).toBe('is the Cistern pump on?');
  });

  it('English is no Oromo', async () => {
    expect(oromoPhrasing('turn on the kitchen light', await snapshotOf())).toBeUndefined();
  });
});
