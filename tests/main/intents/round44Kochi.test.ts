// Issue 12, round 44: a Malayali home (the kochi home: a house in Edappally and the ancestral tharavad in Thrissur).
// Malayalam, in its script or in Manglish, is read in Tamil's grammar over its own words (malayalamPhrasing.ts,
// malayalamWords.ts, lexicon/malayalam.json): a state asked with "aano"/"ആണോ", a request of a word and the light verb
// "aakku"/"cheyyu", case endings joined to a word in both spellings ("ടാങ്കിൽ", "arjunte roomil"), a genitive chain as
// one thing ("അമ്മച്ചിയുടെ മുറിയിലെ ഫാൻ"), a word in script as the home's Latin-lettered word it sounds like ("കുളം" is
// "Kulam": malayalamSounds.ts), numbers said in Malayalam ("randil" = at two). Also: a device named in Malayalam
// script is found by its name, its vowel signs kept in its word (normalizeText.ts); "Filter life?" after the water
// purifier is not read as watering with it (answerControl.ts); Tamil's polite "podunga" is a request (lexicon/tamil.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r44k-home', entity_type: 'home', name: 'Puthiya Veedu', content: {} },
  room('r44k-hall', 'Living room', { floor: 'ground' }),
  room('r44k-amma', "Ammachi's room", { floor: 'ground' }),
  room('r44k-kinar', 'Kinar area', { floor: 'outside' }),
  room('r44k-up', 'Upstairs hall', { floor: 'first' }),
  room('r44k-arjun', "Arjun's room", { floor: 'first' }),
  room('r44k-terrace', 'Terrace', { floor: 'roof' }),
  room('r44k-kulam', 'Kulam', { floor: 'outside' }),
  device('r44k-motor', 'കിണർ മോട്ടോർ', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' }, aliases: ['motor', 'kinar motor'] }),
  device('r44k-fan', 'അമ്മച്ചി മുറി ഫാൻ', { type: 'fan', capabilities: ['on_off', 'speed'], state: { power: 'on', speed: 2 }, speed_range: '1-5' }),
  device('r44k-kpump', 'Kulam pump', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r44k-ac1', "Arjun's AC", { type: 'climate', capabilities: ['on_off', 'setpoint'], state: { power: 'on', setpoint: 22 } }),
  device('r44k-ac2', 'Hall AC', { type: 'climate', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 25 } }),
  device('r44k-geyser', 'Master geyser', { type: 'water_heater', capabilities: ['on_off', 'setpoint'], state: { power: 'on', setpoint: 45 } }),
  device('r44k-ro', 'Water purifier', { type: 'appliance', capabilities: ['tds', 'filter_life'], state: { tds: '38 ppm', filter_life: '12%', tank: 'full' }, aliases: ['RO'] }),
  device('r44k-tlight', 'Terrace light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE_OF = {
  'r44k-motor': 'r44k-kinar', 'r44k-fan': 'r44k-amma', 'r44k-kpump': 'r44k-kulam', 'r44k-ac1': 'r44k-arjun', 'r44k-ac2': 'r44k-hall',
  'r44k-geyser': 'r44k-up', 'r44k-ro': 'r44k-hall', 'r44k-tlight': 'r44k-terrace',
};
const WAYS = [
  { from: 'r44k-hall', to: 'r44k-amma', type: 'connects_to' },
  { from: 'r44k-hall', to: 'r44k-up', type: 'connects_to' },
  { from: 'r44k-up', to: 'r44k-arjun', type: 'connects_to' },
  { from: 'r44k-up', to: 'r44k-terrace', type: 'connects_to' },
];

let home: Harness;
const ask = askingOver(() => home, 'r44k-ask');
const { proposes } = dialogsOver(() => home, 'r44k-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r44k-hall', edgePrefix: 'r44k-edge', edges: WAYS });
});
afterAll(() => home.dispose());

describe('Manglish: Malayalam in Latin letters', () => {
  it('a request of a word and the light verb, a state asked with "aano"', async () => {
    await proposes(['motor on aakku'], ['കിണർ മോട്ടോർ'], 3);
    await proposes(['terrace light on cheyyu'], ['Terrace light'], 2);
    expect((await ask('arjun\'s ac on aano')).text).toMatch(/\bon\b/);
  });

  it('a number before the light verb sets it; a number said in Malayalam is its digit', async () => {
    await proposes(['master geyser 50 aakku'], ['Master geyser'], 3);
    await proposes(['ammachi fan speed ethra', 'moonnil aakku'], ['അമ്മച്ചി മുറി ഫാൻ'], 2);
  });

  it('"X il ninnu Y il engane pokum" is the way between them; "ethra AC und" how many', async () => {
    expect((await ask('arjunte roomil ninnu terrace il engane pokum')).cited).toContain('Upstairs hall');
    expect((await ask('ethra AC und veettil')).text).toMatch(/\b2\b/);
  });
});

describe('Tamil mixed in by the house help', () => {
  it('"podunga" (put it on, politely) is a Tamil request; "akka" (sister) is who is addressed', async () => {
    await proposes(['motor podunga akka thanni illa'], ['കിണർ മോട്ടോർ'], 3);
    await proposes(['terrace light um podunga'], ['Terrace light'], 2);
  });
});

describe('Malayalam script', () => {
  it('a device named in Malayalam script is found by its name, in English too', async () => {
    expect((await ask('മോട്ടോർ ഓൺ ആണോ?')).text).toMatch(/\boff\b/);
    expect((await ask('is the കിണർ മോട്ടോർ on')).text).toMatch(/\boff\b/);
  });

  it('a genitive chain is one thing: "അമ്മച്ചിയുടെ മുറിയിലെ ഫാനിന്റെ സ്പീഡ്" is the speed of "അമ്മച്ചി മുറി ഫാൻ"', async () => {
    const answer = await ask('അമ്മച്ചിയുടെ മുറിയിലെ ഫാനിന്റെ സ്പീഡ് എത്രയാ');
    expect(answer.cited).toContain('അമ്മച്ചി മുറി ഫാൻ');
    expect(answer.text).toMatch(/\b2\b/);
  });

  it('a word in script is the home\'s Latin word it sounds like: "കുളത്തിലെ പമ്പ്" is the Kulam pump', async () => {
    const answer = await ask('കുളത്തിലെ പമ്പ് ഇപ്പോൾ പ്രവർത്തിക്കുന്നുണ്ടോ?');
    expect(answer.cited).toContain('Kulam pump');
    expect(answer.text).toMatch(/\boff\b/);
  });

  it('a request in script: "ഇട്" puts it on', async () => {
    await proposes(['എന്നാൽ മോട്ടോർ ഇട്'], ['കിണർ മോട്ടോർ'], 3);
  });
});

describe('a follow-up about a thing whose name opens with "water"', () => {
  it('"Filter life?" after the water purifier is no watering with it: never "it is no valve or sprinkler" (kc115)', async () => {
    const answer = await ask("What's the TDS on the RO?", 'Filter life?');
    expect(answer.text).not.toMatch(/no valve or sprinkler/);
  });
});
