// Commands and questions in other languages, and English words for devices named in another language, over two
// fixture homes (villa-lindqvist: Swedish names; haus-lindenhof: German, Spanish and French names). Real SQLite, the
// real answer path; a command must end in a proposal for exactly the device meant, never a guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateCues } from '../../../src-main/intents/languages/crossLanguageCues';
import { openHarness, type Harness } from './intentHarness';
import { HOMES_DIR } from './questionSet';

const home = (name: string): string => readFileSync(join(HOMES_DIR, `${name}.home.json`), 'utf8');

async function proposalTargets(h: Harness, text: string): Promise<string[]> {
  const answer = await h.responder.respond(text, h.context({ conversationId: `c-${text}` }));
  expect(answer, `"${text}" was declined`).toBeDefined();
  expect(answer?.proposal, `"${text}" → ${answer?.text}`).toBeDefined();
  return (answer?.proposal?.targets ?? []).map((t) => t.name).sort();
}

async function cited(h: Harness, text: string): Promise<{ text: string; names: string[] }> {
  const answer = await h.responder.respond(text, h.context({ conversationId: `c-${text}` }));
  expect(answer, `"${text}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', names: (answer?.citations ?? []).map((c) => c.name) };
}

describe('other languages: villa-lindqvist (Swedish names)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: home('villa-lindqvist') });
  });
  afterAll(() => h.dispose());

  it.each([
    ['tänd lampan i trapphallen', ['Trapphall Lampa']],
    ['släck alla lampor i köket', ['Bänkbelysning', 'Kitchen Spots']],
    ['lås upp ytterdörren', ['Ytterdörr Lås']],
    ['öppna garageporten', ['Garageport']],
    ['stäng av avfuktaren', ['Avfuktare']],
  ])('Swedish command "%s" proposes %j', async (text, targets) => {
    expect(await proposalTargets(h, text)).toEqual(targets);
  });

  it.each([
    ['vilka rum finns i källaren', ['Tvättstuga', 'Pannrum', 'Bastu', 'Verkstad']],
    ['hur många lampor finns det i köket', ['Bänkbelysning', 'Kitchen Spots']],
    ['var är dammsugaren', ['Rocky']],
    ['är ytterdörren låst', ['Ytterdörr Lås']],
  ])('Swedish question "%s" cites %j', async (text, names) => {
    const a = await cited(h, text);
    for (const n of names) expect(a.names, a.text).toContain(n);
  });

  it.each([
    ['switch off the floor lamp', ['Golvlampa']],
    ['turn on the bathroom mirror light', ['Spegelbelysning']],
    ['turn of oskars desk lamp', ['Oskars Skrivbordslampa']],
    ['brighten johans bedside lamp to 60', ['Sänglampa Johan']],
    ['lower elsas night light to 5 percent', ['Elsas Nattlampa']],
    ['turn on the coffee maker', ['Kaffebryggare Plug']],
    ['close the main water valve', ['Huvudvattenventil']],
    ['shut off the water', ['Huvudvattenventil']],
    ['heat the sauna to 85', ['Bastuaggregat']],
    ['make elsas room 21', ['Elementtermostat Elsa']],
    ['switch off the air con in the living room', ['Luft-luftvärmepump']],
    ['open the garage, im pulling in', ['Garageport']],
  ])('English words for a Swedish name: "%s" proposes %j', async (text, targets) => {
    expect(await proposalTargets(h, text)).toEqual(targets);
  });

  it('a capability said as a verb lists every device that has it', async () => {
    const a = await cited(h, 'which devices measure energy');
    expect(a.names).toEqual(expect.arrayContaining(['Elmätare', 'Kaffebryggare Plug', 'Laddbox', 'Oskars Grenuttag', 'Verkstadslampa']));
  });

  it('a description two devices fit is a question back, not a guess', async () => {
    const answer = await h.responder.respond('turn on the bedside lamp', h.context({ conversationId: 'bedside' }));
    expect(answer?.proposal).toBeFalsy();
    expect(answer?.text).toContain('Sänglampa Anna');
    expect(answer?.text).toContain('Sänglampa Johan');
  });

  it('"the door" of a lock command in a home with one lock is that lock, in any language', async () => {
    expect(await proposalTargets(h, 'unlock the door')).toEqual(['Ytterdörr Lås']);
    const locked = await cited(h, 'lås dörren');
    expect(locked.text).toMatch(/Ytterdörr Lås is already locked/);
  });

  it('a freezer is not a fridge: "frys" is not "kyl"', async () => {
    const freezers = await cited(h, 'how many freezers');
    expect(freezers.names).toEqual(expect.arrayContaining(['Frys', 'Frysbox']));
    expect(freezers.names).not.toContain('Kylskåp');
    const fridge = await cited(h, 'where is the fridge');
    expect(fridge.names).toContain('Kylskåp');
    expect(fridge.names).not.toContain('Frys');
  });

  it('a dehumidifier is not an air purifier (nor the other way round)', async () => {
    const where = await cited(h, "where's the dehumidifier");
    expect(where.names).toContain('Avfuktare');
    expect(where.names).not.toContain('Luftrenare');
    const purifiers = await cited(h, 'which air purifiers do we have');
    expect(purifiers.names).toContain('Luftrenare');
  });
});

describe('other languages: haus-lindenhof (German, Spanish and French names)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: home('haus-lindenhof') });
  });
  afterAll(() => h.dispose());

  it.each([
    ['schalte das Deckenlicht im Wohnzimmer aus', ['Wohnzimmer Deckenlicht']],
    ['mach die Lampe im Wohnzimmer aus', ['Wohnzimmer Deckenlicht']],
    ['zet de lamp in de woonkamer uit', ['Wohnzimmer Deckenlicht']],
    ['éteins la lumière du salon', ['Wohnzimmer Deckenlicht']],
    ['spegni la luce nel soggiorno', ['Wohnzimmer Deckenlicht']],
    ['wyłącz światło w salonie', ['Wohnzimmer Deckenlicht']],
    ['apaga la luz infantil', ['Luz Infantil']],
    ['öffne den Rollladen', ['Rollladen Wohnzimmer']],
    ['stell die Heizung im Kinderzimmer auf 22', ['Heizkörperthermostat Kinderzimmer']],
    ['turn off the ceiling light in the living room', ['Wohnzimmer Deckenlicht']],
    ['switch on the kids light', ['Luz Infantil']],
  ])('"%s" proposes %j', async (text, targets) => {
    expect(await proposalTargets(h, text)).toEqual(targets);
  });

  it.each([
    ['welche Lampen sind an', 'Wohnzimmer Deckenlicht'],
    ['hvilke lamper er på', 'Wohnzimmer Deckenlicht'],
    ['quali luci sono accese', 'Wohnzimmer Deckenlicht'],
    ['cuántas luces hay', 'Luz Infantil'],
  ])('question "%s" cites %s', async (text, name) => {
    const a = await cited(h, text);
    expect(a.names, a.text).toContain(name);
  });

  it('a command over a kind the place lacks says so and proposes nothing', async () => {
    const answer = await h.responder.respond('apaga las luces de la cocina', h.context({ conversationId: 'cocina' }));
    expect(answer?.proposal).toBeFalsy();
    expect(answer?.text).toMatch(/no lights in the Küche/);
  });

  it('English input is never rewritten; other-language cue words are, names are kept', async () => {
    const snapshot = await h.engine.index.get();
    expect(translateCues('turn off the kitchen lights', snapshot)).toBeUndefined();
    expect(translateCues('is the front door open', snapshot)).toBeUndefined();
    expect(translateCues('welche Geräte sind im Keller', snapshot)?.text).toBe('which devices are in keller');
    expect(translateCues('schalte das Deckenlicht aus', snapshot)?.text).toBe('turn deckenlicht off');
  });
});
