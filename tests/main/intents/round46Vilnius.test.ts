// Issue 12, round 46: a Lithuanian home (the vilnius home: a flat in Žirmūnai and a sodyba near Trakai). Lithuanian is
// read in a home named in Lithuanian (lithuanianPhrasing.ts, lithuanianWords.ts, lexicon/lithuanian.json): its case
// endings read off the home's names by their stems ("virtuvėje" is in Virtuvė, "miegamojo sviesa" Miegamojo šviesa),
// a name said by its last words or its first ("palėpės šildytuvą" is Palėpės elektrinis šildytuvas), "iš … į …" a way,
// with or without the letters ą č ę ė į š ų ū ž; a word of several places ("sodyboje") is no place it guesses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room, zone } from './smallHome';
import { lithuanianPhrasing } from '../../../src-main/intents/languages/lithuanianPhrasing';

const light = (power: string): Record<string, unknown> => ({ type: 'light', capabilities: ['on_off'], state: { power } });
const LITHUANIAN_HOME = [
  { id: 'r46l-home', entity_type: 'home', name: 'Petraičių namai', content: {} },
  zone('r46l-flat', 'Butas Antakalnyje'),
  zone('r46l-house', 'Sodybos namas'),
  zone('r46l-yard', 'Sodybos kiemas'),
  room('r46l-kitchen', 'Virtuvė'),
  room('r46l-bedroom', 'Miegamasis'),
  room('r46l-bath', 'Vonios kambarys'),
  room('r46l-attic', 'Palėpė'),
  room('r46l-hall', 'Didysis kambarys'),
  room('r46l-sauna', 'Pirtis'),
  room('r46l-kiemas', 'Kiemas'),
  device('r46l-kitchenlight', 'Virtuvės šviestuvas', light('on')),
  device('r46l-bedlight', 'Miegamojo šviesa', light('off')),
  device('r46l-nightlamp', 'Naktinė lempa', light('off')),
  device('r46l-atticlight', 'Palėpės šviesa', light('off')),
  device('r46l-heater', 'Palėpės elektrinis šildytuvas', { type: 'climate', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', target_temperature: 20 } }),
  device('r46l-hallthermo', 'Didžiojo kambario termometras', { type: 'sensor', capabilities: ['temperature'], state: { temperature: 12.4 } }),
  device('r46l-saunalight', 'Pirties šviesa', light('on')),
  device('r46l-intercom', 'Laiptinės domofonas', { type: 'doorbell', capabilities: ['ring'], state: {} }),
  device('r46l-yardlight', 'Kiemo prožektorius', light('off')),
];
const LITHUANIAN_PLACES = {
  'r46l-kitchenlight': 'r46l-kitchen', 'r46l-bedlight': 'r46l-bedroom', 'r46l-nightlamp': 'r46l-bedroom', 'r46l-atticlight': 'r46l-attic',
  'r46l-heater': 'r46l-attic', 'r46l-hallthermo': 'r46l-hall', 'r46l-saunalight': 'r46l-sauna', 'r46l-intercom': 'r46l-bath', 'r46l-yardlight': 'r46l-kiemas',
};
const LITHUANIAN_PARENTS = {
  'r46l-kitchen': 'r46l-flat', 'r46l-bedroom': 'r46l-flat', 'r46l-bath': 'r46l-flat', 'r46l-attic': 'r46l-house', 'r46l-hall': 'r46l-house',
  'r46l-sauna': 'r46l-yard', 'r46l-kiemas': 'r46l-yard',
};
// The same kinds of things named in English: Lithuanian words are left as typed there.
const ENGLISH_HOME = [
  { id: 'r46e-home', entity_type: 'home', name: 'Home', content: {} },
  room('r46e-kitchen', 'Kitchen'),
  device('r46e-light', 'Kitchen light', light('on')),
];

let lithuanian: Harness;
let english: Harness;
const ask = askingOver(() => lithuanian, 'r46l-ask');
const { proposes } = dialogsOver(() => lithuanian, 'r46l-cmd');
beforeAll(async () => {
  lithuanian = await openSmallHome({ entities: LITHUANIAN_HOME, placeOf: LITHUANIAN_PLACES, fallbackRoom: 'r46l-kitchen', parentOf: LITHUANIAN_PARENTS, edgePrefix: 'r46l-edge' });
  english = await openSmallHome({ entities: ENGLISH_HOME, placeOf: { 'r46e-light': 'r46e-kitchen' }, fallbackRoom: 'r46e-kitchen', edgePrefix: 'r46e-edge' });
});
afterAll(() => {
  lithuanian.dispose();
  english.dispose();
});

describe('Lithuanian in a home named in Lithuanian', () => {
  it('a name in any case, with or without its letters, is the thing to switch (lt066, lt102, lt080, lt110)', async () => {
    await proposes(['ijunk miegamojo sviesa'], ['Miegamojo šviesa'], 2);
    await proposes(['įjunk naktinę lempą'], ['Naktinė lempa'], 2);
    await proposes(['išjunk pirties šviesą'], ['Pirties šviesa'], 2);
    await proposes(['įjunk palėpės šildytuvą, atvažiuos svečiai'], ['Palėpės elektrinis šildytuvas'], 3);
  });

  it('a place in the locative, a kind said in Lithuanian (lt001, lt008, lt129, lt082)', async () => {
    expect((await ask('ar ijungta sviesa virtuveje')).cited).toContain('Virtuvės šviestuvas');
    expect(lithuanianPhrasing('kiek laipsniu didziajam kambary sodyboj', await lithuanian.engine.index.get())).toBe('what is the temperature in Didysis kambarys');
    expect((await ask('kiek laipsniu didziajam kambary sodyboj')).text).toMatch(/12\.4/);
    expect((await ask('kas yra kieme')).cited).toContain('Kiemo prožektorius');
  });

  it('where a thing is, the way from one place to another (lt183, lt029)', async () => {
    expect((await ask('kur domofonas')).cited).toContain('Vonios kambarys');
    expect(lithuanianPhrasing('kaip nueiti iš palėpės į pirtį', await lithuanian.engine.index.get())).toBe('how do i get from Palėpė to Pirtis');
  });

  it('"o siltnamy" (and in the greenhouse) follows the question before; "kada pasileidžia" asks when it runs (lt024, lt239)', async () => {
    expect((await ask('kiek laipsniu pirtyje', 'o palepeje')).cited).toContain('Palėpės elektrinis šildytuvas');
    expect(lithuanianPhrasing('kada pasileidžia kiemo prožektorius', await lithuanian.engine.index.get())).toBe('when does Kiemo prožektorius run');
    expect(lithuanianPhrasing('kada ryte skambino', await lithuanian.engine.index.get())).toBeUndefined();
  });

  it('"sodyboje", a word of several places, and "išjunk visas" with nothing named, are not guessed (lt145, lt099)', async () => {
    const snapshot = await lithuanian.engine.index.get();
    expect(lithuanianPhrasing('isjunk visas sviesas sodyboje', snapshot)).toBeUndefined();
    expect(lithuanianPhrasing('išjunk visas', snapshot)).toBeUndefined();
    expect(lithuanianPhrasing('kiek šiandien pagamino saulės elektrinė', snapshot)).toBeUndefined();
  });

  it('is read only in a home named in Lithuanian: the same words in an English home are left as typed', async () => {
    expect(lithuanianPhrasing('ijunk virtuves sviesa', await english.engine.index.get())).toBeUndefined();
  });
});
