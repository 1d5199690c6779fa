// Issue 12, round 45: commands answered as something else. A reply that names one of the options a question back
// offered is that option, and the command is asked again of it: "zakljucaj bravu" reads as "lock lock", so the pick
// goes where the target was, not where the verb was (pickedInPlace.ts, belgrade sr049); the words asked back about
// are found across the question's punctuation ("the water heater pls, 浪费电": kualalumpur kl009); "cl du salon tv"
// says "du" of the salon, a filler in the reply's own language (replyFillers.ts, dakar dk102). "desactivala, ya
// llegamos" after the alarm is read "deactivate it": deactivating an alarm is disarming it (templates/control.json,
// buenosaires ba135). "hágame el favor y la prende": the pronoun said before the verb is its object, as "prendela"
// (sentenceFrames.ts, medellin md003). "ahora esta prendida, apagala porfa": a remark that names nothing said before
// the request is left out, as a reason after it is (languages/romanceReasons.ts, asuncion py147).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r45c-home', entity_type: 'home', name: 'Kuća', content: {} },
  room('r45c-hall', 'Predsoblje'),
  room('r45c-porch', 'Trem'),
  room('r45c-master', 'Master bathroom'),
  room('r45c-common', 'Common bathroom'),
  room('r45c-tv', 'Salon TV'),
  room('r45c-guests', 'Salon invités'),
  room('r45c-quinta', 'Garage quinta'),
  room('r45c-ph', 'Living PH'),
  room('r45c-sala', 'Sala'),
  device('r45c-nuki', 'Nuki brava', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: false } }),
  device('r45c-yale', 'Yale brava vikendica', { type: 'lock', capabilities: ['lock', 'unlock'], state: { locked: false } }),
  device('r45c-wh-master', 'Water heater master bath', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r45c-wh-common', 'Water heater common bath', { type: 'water_heater', capabilities: ['on_off'], state: { power: 'on' } }),
  device('r45c-clim-tv', 'Climatiseur salon TV', { type: 'air_conditioner', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 24 } }),
  device('r45c-clim-guests', 'Climatiseur salon invités', { type: 'air_conditioner', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 24 } }),
  device('r45c-alarm-quinta', 'Alarma quinta', { type: 'alarm_panel', capabilities: ['arm', 'disarm'], state: { status: 'armed', mode: 'total' } }),
  device('r45c-alarm-ph', 'Alarma PH', { type: 'alarm_panel', capabilities: ['arm', 'disarm'], state: { status: 'disarmed' } }),
  device('r45c-corner', 'Lámpara de la esquina', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r45c-bulb', 'Bombillo de la sala', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE_OF = {
  'r45c-nuki': 'r45c-hall', 'r45c-yale': 'r45c-porch', 'r45c-wh-master': 'r45c-master', 'r45c-wh-common': 'r45c-common',
  'r45c-clim-tv': 'r45c-tv', 'r45c-clim-guests': 'r45c-guests', 'r45c-alarm-quinta': 'r45c-quinta', 'r45c-alarm-ph': 'r45c-ph',
  'r45c-corner': 'r45c-sala', 'r45c-bulb': 'r45c-sala',
};

let home: Harness;
const { dialog, proposes, reply } = dialogsOver(() => home, 'r45c-cmd');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r45c-hall', edgePrefix: 'r45c-edge' });
});
afterAll(() => home.dispose());

describe('a reply naming one of the options asked back about is that option (sr049, kl009, dk102)', () => {
  it('asks which lock first', async () => {
    const asked = await dialog('zakljucaj bravu');
    expect(asked.proposal ?? undefined).toBeUndefined();
    expect(asked.text).toMatch(/Nuki brava[\s\S]*Yale brava vikendica/);
  });

  it('"nuki" after "zakljucaj bravu" (read "lock lock") locks the Nuki, not its details', async () => {
    await proposes(['zakljucaj bravu', 'nuki'], ['Nuki brava'], 3);
    await proposes(['zakljucaj bravu', 'yale'], ['Yale brava vikendica'], 3);
  });

  it('the words asked back about are found across a comma of the command', async () => {
    await proposes(['off the water heater pls, 浪费电', 'common bath 的'], ['Water heater common bath'], 3);
  });

  it('a reply in French with "du" picks the one of that salon', async () => {
    await proposes(['allume la clim', 'cl du salon tv'], ['Climatiseur salon TV'], 3);
    await proposes(['allume la clim', 'celle du salon invités'], ['Climatiseur salon invités'], 3);
  });

  it('a reply naming no option is no pick', async () => {
    await dialog('allume la clim');
    const answer = await reply('cl du garage');
    expect(answer?.proposal ?? undefined).toBeUndefined();
  });
});

describe('deactivating an alarm is disarming it (ba135)', () => {
  it('"desactivala" after the alarm asked about disarms that alarm', async () => {
    await proposes(['cómo está la alarma?', 'la de la quinta', 'desactivala, ya llegamos'], ['Alarma quinta'], 3);
  });

  it('"deactivate the alarm quinta" said in English disarms it', async () => {
    const answer = await dialog('deactivate the alarma quinta');
    expect(answer.proposal?.targets.map((t) => t.name)).toEqual(['Alarma quinta']);
    expect(answer.model).toBe('disarm');
  });
});

describe('a pronoun said before the verb is its object (md003)', () => {
  it('"la prende" after a lamp asked about turns that lamp on', async () => {
    await proposes(['¿y la lámpara de la esquina?', 'hágame el favor y la prende'], ['Lámpara de la esquina'], 2);
  });

  it('"qué automatización la prende" stays a question', async () => {
    const answer = await dialog('¿y la lámpara de la esquina?', 'qué automatización la prende');
    expect(answer.proposal ?? undefined).toBeUndefined();
  });
});

describe('a remark before the request is left out when it names nothing (py147)', () => {
  it('"ahora esta prendida, apagala porfa" after the lamp turns it off', async () => {
    await proposes(['¿está prendido el bombillo de la sala?', 'ahora esta prendida, apagala porfa'], ['Bombillo de la sala'], 2);
  });

  it('a first clause that is a request of its own stays whole', async () => {
    await proposes(['¿está prendido el bombillo de la sala?', 'turn it off please, programa noche'], ['Bombillo de la sala'], 2);
  });

  it('a first clause that names the thing stays whole', async () => {
    await proposes(['el bombillo de la sala, apagalo'], ['Bombillo de la sala'], 2);
  });
});
