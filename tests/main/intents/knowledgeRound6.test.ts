// Round 6 (knowledge), over a Slovak home the lexicon doesn't know: schedules asked by what they do ("when does the
// lawn get watered", "what does the heating drop to otherwise"), secrets asked in other words and by a guest, and
// follow-ups about the thing just answered (the lock behind "the front door", "one" of the listed sensors).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function slovakHome(): string {
  const entities = [
    entity('r-predsien', 'room', 'Predsieň', {}),
    entity('r-obyvacka', 'room', 'Obývačka', {}),
    entity('r-kuchyna', 'room', 'Kuchyňa', {}),
    entity('r-kupelna', 'room', 'Kúpeľňa', {}),
    entity('r-kolna', 'room', 'Kôlňa', { description: 'bike shed' }),
    entity('r-dvor', 'room', 'Dvor', {}),
    entity('o-dvere', 'door', 'Vchodové dvere', { description: 'front door' }),
    entity('d-zamok', 'device', 'Zámok', { type: 'lock', capabilities: ['lock_unlock', 'battery'], state: { lock: 'locked', battery: 35 } }),
    entity('d-zamok-kolne', 'device', 'Zámok kôlne', { type: 'lock', capabilities: ['lock_unlock'], state: { lock: 'locked' } }),
    entity('d-router', 'device', 'Smerovač', { type: 'router', capabilities: ['wifi'], state: { online: true } }),
    entity('d-termostat', 'device', 'Termostat', { type: 'thermostat', capabilities: ['temperature_control'], state: { setpoint: 21, current: 20.4 } }),
    entity('d-zavlaha', 'device', 'Zavlažovanie', { type: 'garden', description: 'garden irrigation controller', capabilities: ['zones', 'schedule'], state: { running: false } }),
    entity('d-zasuvka', 'device', 'Zásuvka pult', { type: 'plug', description: 'plug for the coffee maker', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-voda-kuchyna', 'device', 'Senzor vody kuchyňa', { type: 'leak_sensor', capabilities: ['leak'], state: { leak: false } }),
    entity('d-voda-kupelna', 'device', 'Senzor vody kúpeľňa', { type: 'leak_sensor', capabilities: ['leak'], state: { leak: false } }),
    entity('d-brana', 'device', 'Brána', { type: 'hub', capabilities: ['zigbee'], state: { online: true } }),
    entity('d-lampa-jana', 'device', 'Lampa Jana', { type: 'light', model: 'E14 bulb (bedside lamp)', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-lampa-eva', 'device', 'Lampa Eva', { type: 'light', model: 'E14 bulb (bedside lamp)', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-luster', 'device', 'Luster', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
    entity('d-klima', 'device', 'Klimatizácia', { type: 'air_conditioner', capabilities: ['temperature_control'], state: { power: 'off' } }),
    entity('p-filter', 'procedure', 'Clean the Aircon Filter', { steps: ['Open the front panel.', 'Pull out the filter and rinse it.'] }),
    entity('m-klima', 'manual', 'Návod klimatizácie', { content: 'Wash the filter every month. Code E1: call service.' }),
    entity('d-ventil', 'device', 'Hlavný ventil', { type: 'plumbing', description: 'main water shutoff valve', capabilities: ['open_close'], state: { valve: 'open' } }),
    entity('p-voda', 'procedure', 'Zatvorenie vody', { steps: ['Turn the red handle a quarter turn.', 'Open a tap to release the pressure.'] }),
    entity('a-odchod', 'automation', 'Odchod', { trigger: { type: 'manual' }, actions: [{ device: 'Zámok', action: 'lock' }] }),
    entity('d-ohrievac', 'device', 'Ohrievač vody', { type: 'water_heater', capabilities: ['temperature_control'], state: { setpoint: 55 } }),
    entity('s-nocny', 'schedule', 'Nočný ohrev', { days: 'daily', from: '22:00', to: '06:00', enabled: true }),
    entity('d-menic', 'device', 'Menič', { type: 'energy', description: 'solar inverter', capabilities: ['power_metering'], state: { power_w: 1200 } }),
    entity('n-solar', 'note', 'Fotovoltika', { text: 'Installed by SunCo in May 2021. Warranty until May 2031.' }),
    entity('n-lieky', 'note', 'Lieky babky', { text: 'Her doctor is dr. Novák, 02 1234 567. Pills at 8:00 and 20:00.' }),
    entity('n-drevo', 'note', 'Drevo', { text: 'Next firewood delivery: 3 cubic metres on 2 November.' }),
    entity('s-polievanie', 'schedule', 'Polievanie', { days: ['tue', 'fri'], start: '05:30', zones: [{ zone: 'lawn', minutes: 25 }, { zone: 'flower beds', minutes: 10 }], enabled: true }),
    entity('s-kurenie', 'schedule', 'Kúrenie', { weekdays: [{ from: '06:15', to: '08:00', target: 21 }], weekend: [{ from: '08:00', to: '22:00', target: 21 }], otherwise_target: 17, enabled: true }),
    entity('a-rano', 'automation', 'Ráno', { trigger: { type: 'time', at: '06:45' }, actions: [{ device: 'Zásuvka pult', action: 'turn_on' }] }),
    entity('a-unik', 'automation', 'Únik vody', { trigger: { type: 'device', event: 'leak' }, actions: [{ device: 'Zámok', action: 'notify' }] }),
    entity('n-wifi', 'note', 'Wi-Fi heslo', { text: 'Wi-Fi: Chalupa / password lesnaCesta7.', private: true }),
    entity('n-kody', 'note', 'Kódy', { text: 'Spare PIN for the lock: 4455.', private: true }),
    entity('n-kluc', 'note', 'Náhradný kľúč', { text: 'The spare key for the shed hangs in the hallway cupboard.', private: true }),
    entity('p-baterie', 'procedure', 'Výmena batérií', { steps: ['Slide the cover up.', 'Insert 4 new AA batteries.', 'Close the cover.'] }),
  ];
  const edges = [
    { from: 'o-dvere', to: 'r-predsien', type: 'located_in' },
    { from: 'd-zamok', to: 'r-predsien', type: 'located_in' },
    { from: 'd-router', to: 'r-predsien', type: 'located_in' },
    { from: 'd-zamok-kolne', to: 'r-kolna', type: 'located_in' },
    { from: 'd-termostat', to: 'r-obyvacka', type: 'located_in' },
    { from: 'd-zavlaha', to: 'r-dvor', type: 'located_in' },
    { from: 'd-zasuvka', to: 'r-kuchyna', type: 'located_in' },
    { from: 'd-voda-kuchyna', to: 'r-kuchyna', type: 'located_in' },
    { from: 'd-voda-kupelna', to: 'r-kupelna', type: 'located_in' },
    ...['d-brana', 'd-lampa-jana', 'd-lampa-eva', 'd-luster'].map((from) => ({ from, to: 'r-obyvacka', type: 'located_in' })),
    { from: 'd-brana', to: 'd-lampa-jana', type: 'controls' },
    { from: 'd-brana', to: 'd-lampa-eva', type: 'controls' },
    { from: 'd-klima', to: 'r-obyvacka', type: 'located_in' },
    { from: 'p-filter', to: 'd-klima', type: 'procedure_for' },
    { from: 'd-klima', to: 'm-klima', type: 'documented_by' },
    { from: 'd-ventil', to: 'r-kupelna', type: 'located_in' },
    { from: 'p-voda', to: 'd-ventil', type: 'procedure_for' },
    { from: 'a-odchod', to: 'd-zamok', type: 'automates' },
    { from: 'd-ohrievac', to: 'r-kupelna', type: 'located_in' },
    { from: 's-nocny', to: 'd-ohrievac', type: 'manages' },
    { from: 'd-menic', to: 'r-dvor', type: 'located_in' },
    { from: 'd-menic', to: 'n-solar', type: 'documented_by' },
    { from: 's-polievanie', to: 'd-zavlaha', type: 'manages' },
    { from: 's-kurenie', to: 'd-termostat', type: 'manages' },
    { from: 'a-rano', to: 'd-zasuvka', type: 'automates' },
    { from: 'a-unik', to: 'd-voda-kuchyna', type: 'triggered_by' },
    { from: 'a-unik', to: 'd-voda-kupelna', type: 'triggered_by' },
    { from: 'd-router', to: 'n-wifi', type: 'documented_by' },
    { from: 'd-zamok', to: 'n-kody', type: 'documented_by' },
    { from: 'd-zamok-kolne', to: 'n-kluc', type: 'documented_by' },
    { from: 'p-baterie', to: 'd-zamok', type: 'procedure_for' },
  ];
  return homeExportJson(entities, edges, 'sk');
}

let h: Harness;
let conversation = 0;

async function dialog(questions: readonly string[], role: 'admin' | 'guest' = 'admin'): Promise<string[]> {
  const id = `sk-${++conversation}`;
  const out: string[] = [];
  for (const q of questions) {
    const answer = await h.responder.respond(q, h.context({ conversationId: id, role }));
    expect(answer, `"${q}" was declined`).toBeDefined();
    out.push(answer?.text ?? '');
  }
  return out;
}
const ask = async (q: string, role: 'admin' | 'guest' = 'admin'): Promise<string> => (await dialog([q], role))[0] ?? '';

beforeAll(async () => {
  h = await openHarness({ homeJson: slovakHome() });
});
afterAll(() => h.dispose());

describe('schedules asked by what they do', () => {
  it('"when does the lawn get watered": the irrigation schedule, with its zones and minutes', async () => {
    const a = await ask('when does the lawn get watered');
    expect(a).toContain('Polievanie');
    expect(a).toContain('05:30');
    expect(await ask('how long does the lawn get watered for')).toMatch(/lawn minutes 25/);
  });

  it('weekday periods and the level otherwise are said whatever the schedule calls them', async () => {
    expect(await ask('when does the heating come on on weekdays')).toContain('06:15');
    expect(await ask('what temp does the heating drop to otherwise')).toMatch(/otherwise target 17°C/);
  });

  it('a device named by its own name is the one meant, not every device of its kind with a schedule', async () => {
    const a = await ask('when does Ohrievač vody heat');
    expect(a).toContain('Nočný ohrev');
    expect(a).not.toContain('Kúrenie');
  });

  it('a device run at a time by an automation is answered by it ("the coffee" is the plug for the coffee maker)', async () => {
    const a = await ask('what time does the coffee come on in the morning');
    expect(a).toContain('Ráno');
    expect(a).toContain('06:45');
  });

  it('a word no scheduled device says is no schedule answer', async () => {
    const a = await h.responder.respond('when does the sauna get heated', h.context({ conversationId: 'sk-none' }));
    expect(a?.text ?? '').not.toContain('Polievanie');
    expect(a?.text ?? '').not.toContain('Kúrenie');
  });
});

describe('secrets in other words, and for a guest', () => {
  it('"wifi pw?" finds the note written "Wi-Fi"; a guest hears it is private, never the password', async () => {
    const guest = await ask('wifi pw?', 'guest');
    expect(guest).toMatch(/private note \(Wi-Fi heslo\)/);
    expect(guest).not.toContain('lesnaCesta7');
    expect(await ask('wifi pw?')).toContain('lesnaCesta7');
  });

  it('what the asker is doing before the question does not hide it', async () => {
    expect(await ask("i'm babysitting, what's the wifi password?", 'guest')).toMatch(/private note/);
  });

  it('a door\'s spare pin is in its lock\'s notes', async () => {
    expect(await ask('whats the spare pin for the front door', 'guest')).toMatch(/private note \(Kódy\)/);
    expect(await ask('whats the spare pin for the front door')).toContain('4455');
  });

  it('"where\'s the spare key for the bike shed" reads the notes of what is in that room', async () => {
    const guest = await ask("where's the spare key for the bike shed", 'guest');
    expect(guest).toMatch(/private note \(Náhradný kľúč\)/);
    expect(guest).not.toContain('cupboard');
    expect(await ask("where's the spare key for the bike shed")).toContain('hallway cupboard');
  });
});

describe('follow-ups about the thing just answered', () => {
  it('the front door answered through its lock: "battery?" and "how do i change the batteries" are the lock\'s', async () => {
    const [locked, battery, how] = await dialog(['is the front door locked', 'battery?', 'how do i change the batteries']);
    expect(locked).toContain('Zámok');
    expect(battery).toContain('35%');
    expect(how).toContain('Výmena batérií');
    expect(how).toContain('AA');
  });

  it('"what happens if one goes off" after the leak sensors: the automation they set off', async () => {
    const [, happens] = await dialog(['where are the leak sensors', 'what happens if one goes off']);
    expect(happens).toContain('Únik vody');
  });
});

describe('controllers of a kind', () => {
  it('"what controls the bedside lamps" answers for each lamp the words describe, not every light', async () => {
    const a = await ask('what controls the bedside lamps');
    expect(a).toContain('Lampa Jana is controlled by Brána');
    expect(a).toContain('Lampa Eva is controlled by Brána');
    expect(a).not.toContain('Luster');
  });

  it('"what do the leak sensors control" asks each of them what it controls', async () => {
    const a = await ask('what do the leak sensors control');
    expect(a).toContain('Senzor vody kuchyňa');
    expect(a).toContain('Senzor vody kúpeľňa');
  });
});

describe('notes and connections asked in other words', () => {
  it('"anything written down about the router" asks for its notes', async () => {
    expect(await ask('anything written down about the router')).toContain('Wi-Fi heslo');
  });

  it('"any notes about the leak sensor" with two of them answers for each, so "none" is said of each', async () => {
    const a = await ask('any notes about the leak sensor');
    expect(a).toMatch(/no notes about Senzor vody kuchyňa/);
    expect(a).toMatch(/no notes about Senzor vody kúpeľňa/);
  });

  it('"what\'s connected to the hub" names and counts what it controls', async () => {
    const a = await ask("what's connected to the hub");
    expect(a).toContain('Brána controls 2 devices');
    expect(a).toContain('Lampa Jana');
  });
});

describe('what a procedure does not say, its device\'s manual may', () => {
  it('"how often should i clean the aircon filter": the procedure has no frequency, the manual of the same device does', async () => {
    expect(await ask('how often should i clean the aircon filter')).toContain('Wash the filter every month.');
  });
});

describe('follow-ups after a schedule or a how-to, and the whole house', () => {
  it('"and at night" after a schedule answer is that schedule', async () => {
    const [, night] = await dialog(['what does Kúrenie manage', 'and at night']);
    expect(night).toContain('Kúrenie');
    expect(night).toMatch(/otherwise target 17°C/);
  });

  it('"how often?" right after a how-to is how often that task is done', async () => {
    const [, often] = await dialog(['how do i clean the aircon filter', 'how often?']);
    expect(often).toContain('every month');
  });

  it('"to the house" names no object: "how do i turn off the water to the house" is the shut-off procedure', async () => {
    expect(await ask('how do i turn off the water to the house')).toContain('Zatvorenie vody');
  });
});

describe('a request about the automation just answered, with its reason after it', () => {
  it('"ok run it we\'re leaving" proposes running that automation, never "couldn\'t find"', async () => {
    const [, run] = await dialog(['what does Odchod do', "ok run it we're leaving"]);
    expect(run).toMatch(/Ready to run Odchod/);
  });
});

describe('dates in a note of a device described in English', () => {
  it('"when were the solar panels installed" is the past date, "until when is the solar warranty" the future one', async () => {
    expect(await ask('when were the solar panels installed')).toContain('May 2021');
    expect(await ask('until when is the solar warranty')).toContain('May 2031');
  });
});

describe('a title written small is no end of a sentence', () => {
  it('"who is her doctor" quotes "dr. Novák" whole', async () => {
    expect(await ask('who is her doctor')).toContain('dr. Novák');
  });
});

describe('a cue word with another ending is no word the home never uses', () => {
  it('"how much firewood are we getting" finds the delivery note ("getting" is "get")', async () => {
    expect(await ask('how much firewood are we getting')).toContain('3 cubic metres');
  });
});
