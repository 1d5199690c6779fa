// Issue 12, round 43: a Maltese home (the valletta home: a Birgu townhouse with a tenant's flat, a Gozo farmhouse).
// Maltese is read in a home named in Maltese (maltesePhrasing.ts, lexicon/maltese.json): its glued articles and
// prepositions ("fil-kantina", "tal-kamra"), with or without ċ ġ ħ, the thing said before "kemm", the why after "ġej"
// or "biex". Also: "lock the front door" read as the camera on that door is the lock called "front door lock"
// (lockNamedAsSaid.ts); "the TV in the living room" goes to the room described as the living room when the one named
// so has none (placeCalledAlikeCommand.ts); "the ground floor" is the rooms whose floor field says so (roomFloorSaid.ts);
// a pump whose setpoint is a pressure is no thermostat (capabilityLexicon.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';

const ENTITIES = [
  { id: 'r43m-home', entity_type: 'home', name: 'Dar Borg', content: {} },
  zone('r43m-town', 'Id-Dar tal-Belt', { description: 'the townhouse: entrata and kċina downstairs, salott on the first floor' }),
  zone('r43m-flat', 'Il-flat'),
  zone('r43m-farm', 'Ir-Razzett'),
  room('r43m-entry', 'Entrata', { floor: 'ground', description: 'entrance hall behind the front door' }),
  room('r43m-kitchen', 'Il-Kċina', { floor: 'ground' }),
  room('r43m-cellar', 'Il-Kantina', { floor: 'basement' }),
  room('r43m-salott', 'Is-Salott', { floor: 'first', description: 'the living room' }),
  room('r43m-kid', 'Kamra ta\' Ġorġ', { floor: 'second' }),
  room('r43m-flatliving', 'Flat living room', { floor: 'second' }),
  room('r43m-drive', 'Id-Daħla', { floor: 'outside' }),
  device('r43m-cam', 'Knocker camera', { type: 'security', capabilities: ['camera', 'doorbell'], description: 'camera behind the knocker on the front door' }),
  device('r43m-lock', 'Serratura tal-bieb', { type: 'security', capabilities: ['lock'], state: { lock: 'locked' }, aliases: ['front door lock'] }),
  device('r43m-klight', 'Id-dawl tal-kċina', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43m-elight', 'Dawl tal-entrata', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43m-slight', 'Lampa tal-kantuniera', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43m-tv', 'TV tas-salott', { type: 'entertainment', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43m-strip', 'LED strip ta\' Ġorġ', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r43m-flatlight', 'Flat ceiling light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r43m-dehum', 'Deumidifikatur', { type: 'dehumidifier', capabilities: ['on_off', 'humidity'], state: { power: 'on', humidity: 78 } }),
  device('r43m-pump', 'Pompa tal-bir', { type: 'pump', capabilities: ['on_off'], state: { power: 'off' }, aliases: ['cistern pump'] }),
  device('r43m-pump2', 'Pompa tal-ilma', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' }, aliases: ['pressure pump', 'il-pompa'] }),
  device('r43m-gate', 'Grada elettrika', { type: 'gate', capabilities: ['open_close'], state: { position: 'closed' } }),
  device('r43m-gatecam', 'Kamera tal-grada', { type: 'camera', capabilities: ['camera', 'motion'], state: { motion: 'clear' } }),
  device('r43m-fac', 'AC tar-razzett', { type: 'climate', capabilities: ['on_off', 'setpoint'], state: { power: 'off', setpoint: 25 } }),
];
const DOOR = { id: 'r43m-door', entity_type: 'door', name: "Bieb ta' barra", content: { has_lock: true, description: 'heavy front door with the knocker' } };
const DOOR_EDGES = [
  { from: 'r43m-door', to: 'r43m-entry', type: 'located_in' },
  { from: 'r43m-cam', to: 'r43m-door', type: 'monitors' },
  { from: 'r43m-lock', to: 'r43m-door', type: 'controls' },
];
const PLACE_OF = {
  'r43m-cam': 'r43m-entry', 'r43m-lock': 'r43m-entry', 'r43m-klight': 'r43m-kitchen', 'r43m-elight': 'r43m-entry', 'r43m-slight': 'r43m-salott',
  'r43m-tv': 'r43m-salott', 'r43m-strip': 'r43m-kid', 'r43m-flatlight': 'r43m-flatliving', 'r43m-dehum': 'r43m-cellar', 'r43m-pump': 'r43m-cellar',
  'r43m-pump2': 'r43m-kitchen', 'r43m-gate': 'r43m-drive', 'r43m-gatecam': 'r43m-drive', 'r43m-fac': 'r43m-drive',
};
const PARENT_OF = {
  'r43m-entry': 'r43m-town', 'r43m-kitchen': 'r43m-town', 'r43m-cellar': 'r43m-town', 'r43m-salott': 'r43m-town', 'r43m-kid': 'r43m-town',
  'r43m-flatliving': 'r43m-flat', 'r43m-drive': 'r43m-farm',
};

let home: Harness;
let valletta: Harness;
let asked = 0;
/** One question alone in the valletta fixture home. */
const inValletta = (said: string): ReturnType<Harness['responder']['respond']> => valletta.responder.respond(said, valletta.context({ conversationId: `r43m-valletta-${++asked}`, role: 'admin' }));
const ask = askingOver(() => home, 'r43m-ask');
const { proposes } = dialogsOver(() => home, 'r43m-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: [...ENTITIES, DOOR], placeOf: PLACE_OF, fallbackRoom: 'r43m-entry', parentOf: PARENT_OF, edgePrefix: 'r43m-edge', edges: DOOR_EDGES });
});
beforeAll(async () => {
  valletta = await openHarness({ homeJson: readFileSync('tests/fixtures/homes/valletta.home.json', 'utf8') });
});
afterAll(() => {
  home.dispose();
  valletta.dispose();
});

describe('Maltese in a home named in Maltese', () => {
  it('a command opening with its verb, with or without ċ ġ ħ, its article glued or apart', async () => {
    await proposes(['itfi d-dawl tal-kċina'], ['Id-dawl tal-kċina'], 2);
    await proposes(["itfi l-lights tal-kamra ta' Ġorġ"], ["LED strip ta' Ġorġ"], 2);
    await proposes(['ixghel il-pompa tal-bir biex timla t-tank'], ['Pompa tal-bir'], 3);
  });

  it('"il-pompa", an alias of one pump, is any pump as Maltese says it: which one is asked (the valletta fixture, va217)', async () => {
    const answer = await inValletta('ixgħel il-pompa');
    expect(answer?.proposal ?? undefined).toBeUndefined();
    expect(answer?.text).toMatch(/Pompa tal-bir/);
    expect(answer?.text).toMatch(/Pompa tal-ġibja/);
  });

  it('a state asked after its thing; "x\'hemm fil-" asks what is in a room; "fejn hu" where', async () => {
    expect((await ask('id-dehumidifier tal-kantina qed jaħdem?')).text).toMatch(/on/);
    expect((await ask("x'hemm fil-kantina")).cited).toEqual(expect.arrayContaining(['Deumidifikatur', 'Pompa tal-bir']));
    expect((await ask('fejn hu d-deumidifikatur')).text).toMatch(/Il-Kantina/);
  });

  it('"tar-" before a zone is at that zone: the gate at the farmhouse, then "open it, I\'m coming" opens the gate', async () => {
    expect((await ask('il-grada tar-razzett magħluqa?')).text).toMatch(/Grada elettrika is closed/);
    await proposes(['il-grada tar-razzett magħluqa?', 'iftaħha, ġej bit-trailer'], ['Grada elettrika'], 3);
  });
});

describe('English commands the home\'s words made wrong', () => {
  it('"lock the front door" read as the camera on it is the lock called "front door lock"', async () => {
    await proposes(['lock the front door'], ['Serratura tal-bieb'], 3);
  });

  it('"the TV in the living room": the room described as the living room, when the one named so has none', async () => {
    await proposes(['turn the TV off in the living room'], ['TV tas-salott'], 2);
  });

  it('"the ground floor" is the rooms whose floor says ground (the valletta fixture, va207)', async () => {
    for (const said of ['turn off all the lights on the ground floor', 'itfi d-dwal kollha tal-ground floor']) {
      const answer = await inValletta(said);
      expect(answer?.proposal?.targets.map((t) => t.name).sort(), answer?.text).toEqual(['Dawl tal-bitħa', 'Id-dawl tal-kċina']);
    }
  });

  it('a pressure pump\'s setpoint (setpoint_pressure) makes it no thermostat: "the underfloor heating" is not proposed on it (va301)', async () => {
    const answer = await inValletta('turn on the underfloor heating');
    expect(answer?.proposal ?? undefined).toBeUndefined();
  });
});
