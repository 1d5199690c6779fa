// Issue 12, round 42: commands that were answered as questions. A turn right after a proposal that says it adds to it
// in another language ("el parlante del quincho tmb", "a soundbar k tomu", "w el PC kaman") is the same action on the
// thing it names (additionWords.ts), and "and my speaker too" among several speakers is the one where the last thing
// acted on is (FollowUpReader.ts; addis ad248); a thing named whole with on/off and an aside that names nothing of the home
// ("freestall lights off done w chores", "majlis tv on, match starting") is the command (terseReasons.ts). The one
// offered that stands where the talk is, is not picked when the place holds another of the kind (commandInFocusPlace.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import { readFileSync } from 'node:fs';
import { openHarness, type Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';
import { addedThing } from '../../../src-main/intents/additionWords';

const ENTITIES = [
  { id: 'r42c-home', entity_type: 'home', name: 'Casa Benítez', content: {} },
  room('r42c-quincho', 'Quincho'),
  room('r42c-hana', "Hana's room"),
  room('r42c-living', 'Living room'),
  room('r42c-barn', 'Freestall barn'),
  room('r42c-majlis', 'Majlis'),
  device('r42c-parrilla', 'Luces del quincho', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42c-parlante', 'Parlante del quincho', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'off', volume: 30 } }),
  device('r42c-led', "Hana's LED strip", { type: 'light', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } }),
  device('r42c-hspeaker', 'Nest Mini', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 35 } }),
  device('r42c-lspeaker', 'Sonos One', { type: 'speaker', capabilities: ['on_off', 'volume'], state: { power: 'on', volume: 12 } }),
  device('r42c-tv', 'Majlis TV', { type: 'tv', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r42c-barnlights', 'Freestall lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE_OF = {
  'r42c-parrilla': 'r42c-quincho', 'r42c-parlante': 'r42c-quincho', 'r42c-led': 'r42c-hana', 'r42c-hspeaker': 'r42c-hana',
  'r42c-lspeaker': 'r42c-living', 'r42c-tv': 'r42c-majlis', 'r42c-barnlights': 'r42c-barn',
};

let home: Harness;
const { dialog, proposes } = dialogsOver(() => home, 'r42c');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r42c-living', edgePrefix: 'r42c-edge' });
});
afterAll(() => home.dispose());

describe('an addition to the last action, said in any language', () => {
  it('reads the thing between a lead and a trailing addition word', () => {
    expect(addedThing('el parlante del quincho tmb')).toBe('el parlante del quincho');
    expect(addedThing('a soundbar k tomu')).toBe('soundbar');
    expect(addedThing('w el PC kaman')).toBe('el PC');
    expect(addedThing('y la guirnalda también, hay asado')).toBe('la guirnalda');
    // A question, or no addition word, is no addition.
    expect(addedThing('y el parlante está prendido también?')).toBeUndefined();
    expect(addedThing('el parlante del quincho')).toBeUndefined();
    expect(addedThing('turn on the lights and the fan and the tv and the radio too')).toBeUndefined();
    // A request of its own ("and turn the fan on too" after a switching off) is never the last action again.
    expect(addedThing('and turn the fan on too')).toBeUndefined();
    expect(addedThing('y el aire a 22 tmb')).toBeUndefined();
  });

  it('right after a proposal it is the same action on that thing', async () => {
    await proposes(['prendé las luces del quincho', 'el parlante del quincho tmb'], ['Parlante del quincho'], 2);
    await proposes(['turn on the quincho lights', 'majlis tv k tomu'], ['Majlis TV'], 2);
  });

  it('after a question it stays a question', async () => {
    const answer = await dialog('is the quincho light on', 'el parlante del quincho tmb');
    expect(answer.proposal ?? undefined).toBeUndefined();
  });
});

describe('"and my speaker too" among several speakers', () => {
  it('is the one where the last thing acted on is (the Addis home: three speakers, the LED strip in Hana\'s room)', async () => {
    const addis = await openHarness({ homeJson: readFileSync('tests/fixtures/homes/addis.home.json', 'utf8') });
    try {
      let answer;
      for (const text of ['yo is the led on', 'turn it off', 'and my speaker too']) answer = await addis.responder.respond(text, addis.context({ conversationId: 'r42c-addis', role: 'admin' }));
      expect(answer?.proposal?.targets.map((t) => t.name), answer?.text).toEqual(["Hana's speaker (የሐና ስፒከር)"]);
      expect(answer?.proposal?.tier).toBe(2);
    } finally {
      addis.dispose();
    }
  });

  it('with none of them there, it asks which', async () => {
    const answer = await dialog('turn on the freestall lights', 'and the speaker too');
    expect(answer.proposal ?? undefined).toBeUndefined();
    expect(answer.text).toMatch(/Nest Mini/);
    expect(answer.text).toMatch(/Sonos One/);
  });
});

describe('the one in the place talked about, of candidates offered', () => {
  it('is never picked when the place holds another of the kind said (the Sheffield home: Room 6, 24 lights)', async () => {
    const sheffield = await openHarness({ homeJson: readFileSync('tests/fixtures/homes/sheffield.home.json', 'utf8') });
    try {
      let answer;
      for (const text of ['is the heater in room 6 on', 'whats the temp in there rn', 'can u put it on 21', 'and turn my light on']) answer = await sheffield.responder.respond(text, sheffield.context({ conversationId: 'r42c-sheffield', role: 'admin' }));
      expect(answer?.proposal?.targets.map((t) => t.name) ?? [], answer?.text).not.toContain('Fairy lights');
    } finally {
      sheffield.dispose();
    }
  });
});

describe('a thing named whole, on or off, and an aside', () => {
  it('is the command when the aside names nothing of the home', async () => {
    await proposes(['freestall lights off done w chores'], ['Freestall lights'], 2);
    await proposes(['majlis tv on, match starting'], ['Majlis TV'], 2);
  });

  it('stays a question or a narrower request when the words after it say more', async () => {
    // "for an hour" asks for a timer the card would not set: the plain on/off card is never made of it.
    const timed = await home.responder.respond('majlis tv on for an hour', home.context({ conversationId: 'r42c-timed', role: 'admin' }));
    expect(timed?.proposal ?? undefined).toBeUndefined();
    expect((await dialog('is the majlis tv on, match starting')).proposal ?? undefined).toBeUndefined();
    // A question word said last asks, in clipped English (kualalumpur kl105, kl197).
    expect((await dialog('majlis tv on which channel')).proposal ?? undefined).toBeUndefined();
    expect((await dialog('freestall lights off what time')).proposal ?? undefined).toBeUndefined();
    // "on the …" says where (galway gw195 "rooms on the ground floor" proposed opening a blind).
    const galway = await openHarness({ homeJson: readFileSync('tests/fixtures/homes/galway.home.json', 'utf8') });
    try {
      const where = await galway.responder.respond('rooms on the ground floor', galway.context({ conversationId: 'r42c-galway', role: 'admin' }));
      expect(where?.proposal ?? undefined, where?.text).toBeUndefined();
      expect(where?.text).toMatch(/Nana's room/);
    } finally {
      galway.dispose();
    }
  });
});
