// Questions and commands said in German (Germany, Austria, Switzerland) and Dutch (verbSecondCues.ts): the particle
// at the end ("schalt … aus", "doe … uit"), the infinitive after a modal ("kannst du … zumachen"), verb-first yes/no
// questions ("läuft …", "staat … aan"), verbless fragments ("Einfahrtstor offen?"), pronoun objects and follow-ups.
// Two small homes written here, one with Austrian names and one with Dutch names; English must read as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerbSecond } from '../../../src-main/intents/languages/verbSecondCues';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

async function ask(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

const AUSTRIAN: RawEntity[] = [
  { id: 'at-home', entity_type: 'home', name: 'Haus Obermoser', content: {} },
  { id: 'at-stube', entity_type: 'room', name: 'Stube', content: {} },
  { id: 'at-kuchl', entity_type: 'room', name: 'Kuchl', content: {} },
  { id: 'at-vorraum', entity_type: 'room', name: 'Vorraum', content: {} },
  { id: 'at-kammer', entity_type: 'room', name: 'Schlafkammer', content: {} },
  { id: 'at-wasch', entity_type: 'room', name: 'Waschraum', content: {} },
  { id: 'at-decke', entity_type: 'device', name: 'Deckenleuchte Stube', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'at-lese', entity_type: 'device', name: 'Leselampe', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'at-kuchllicht', entity_type: 'device', name: 'Spots Kuchl', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'at-raff', entity_type: 'device', name: 'Raffstore Stube', content: { type: 'cover', capabilities: ['open/close', 'position'], state: { position: 100, open: true } } },
  { id: 'at-schloss', entity_type: 'device', name: 'Eingangsschloss', content: { type: 'security', description: 'motor lock on the front door', capabilities: ['lock/unlock', 'battery'], state: { locked: true, battery: '9%' } } },
  { id: 'at-tor', entity_type: 'device', name: 'Einfahrtstor', content: { type: 'security', description: 'garage door opener', capabilities: ['open/close'], state: { open: false } } },
  { id: 'at-heiz', entity_type: 'device', name: 'Heizkörper Schlafkammer', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '18.5 °C', target_temperature: '19 °C' } } },
  { id: 'at-heiz-stube', entity_type: 'device', name: 'Heizkörper Stube', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '22.5 °C', target_temperature: '23 °C' } } },
  { id: 'at-filter', entity_type: 'procedure', name: 'Wasserfilter spülen', content: { steps: ['Haupthahn zudrehen.', 'Filterglas abschrauben und ausspülen.', 'Glas wieder anschrauben, Haupthahn öffnen.'], duration: '10 minutes' } },
  { id: 'at-wama', entity_type: 'device', name: 'Waschautomat', content: { type: 'appliance', capabilities: ['programs'], state: { status: 'running', remaining: '1:12' } } },
];
const AUSTRIAN_PLACE: Record<string, string> = {
  'at-decke': 'at-stube', 'at-lese': 'at-stube', 'at-kuchllicht': 'at-kuchl', 'at-raff': 'at-stube', 'at-schloss': 'at-vorraum', 'at-tor': 'at-vorraum',
  'at-heiz': 'at-kammer', 'at-heiz-stube': 'at-stube', 'at-wama': 'at-wasch',
};

describe('German and Austrian phrasings on a home with Austrian names', () => {
  let h: Harness;
  beforeAll(async () => {
    const rooms = AUSTRIAN.filter((e) => e.entity_type === 'room');
    const devices = AUSTRIAN.filter((e) => e.entity_type === 'device');
    h = await openHarness({ homeJson: homeExportJson(AUSTRIAN, roomAndDeviceEdges('at-home', rooms, devices, AUSTRIAN_PLACE, 'at-stube'), 'at-rel') });
  });
  afterAll(() => h.dispose());

  it('the particle at the end says what is done: "schalt … aus", "mach … zu", "sperr … auf", "fahr … runter"', async () => {
    expect((await ask(h, 'g1', 'schalt bitte die Deckenleuchte in der Stube aus')).targets).toEqual(['Deckenleuchte Stube']);
    expect((await ask(h, 'g2', 'mach den Raffstore in der Stube zu')).targets).toEqual(['Raffstore Stube']);
    const unlock = await ask(h, 'g3', 'sperr das Eingangsschloss auf');
    expect(unlock.targets).toEqual(['Eingangsschloss']);
    expect(unlock.text).toMatch(/unlock/i);
    expect((await ask(h, 'g4', 'fahr mal den raffstore runter')).text).toMatch(/close Raffstore Stube/);
  });

  it('an infinitive after a modal, and a value with its unit: "kannst du … einschalten", "stell … auf 21 Grad"', async () => {
    expect((await ask(h, 'g5', 'kannst du die Leselampe einschalten')).targets).toEqual(['Leselampe']);
    const set = await ask(h, 'g6', 'stell den Heizkörper in der Schlafkammer auf 21 Grad');
    expect(set.targets).toEqual(['Heizkörper Schlafkammer']);
    expect(set.text).toContain('21');
    expect((await ask(h, 'g7', 'Raffstore Stube auf 40 Prozent')).text).toMatch(/40%/);
  });

  it('verb-first and verbless questions: "läuft … noch", "Einfahrtstor offen?", "is des Eingangsschloss zu"', async () => {
    expect((await ask(h, 'g8', 'läuft der waschautomat noch?')).text).toMatch(/Waschautomat is running/);
    expect((await ask(h, 'g9', 'einfahrtstor offen?')).text).toMatch(/Einfahrtstor is closed/);
    expect((await ask(h, 'g10', 'brennt die leselampe')).text).toMatch(/Leselampe is off/);
    expect((await ask(h, 'g11', 'is des eingangsschloss versperrt?')).text).toMatch(/Eingangsschloss is locked/);
  });

  it('question words: "wie viele Lichter sind an", "wo is", "auf wie viel Grad ist … eingestellt", "wie warm ist es"', async () => {
    const on = await ask(h, 'g12', 'wieviele lichter sind an');
    expect(on.text).toMatch(/2 of 3 lights are on/);
    expect((await ask(h, 'g13', "wo's der waschautomat")).text).toContain('Waschraum');
    expect((await ask(h, 'g14', 'auf wie viel grad ist die schlafkammer eingestellt')).text).toMatch(/set to 19/);
    expect((await ask(h, 'g15', 'wie warm ist es in der stube')).text).toContain('22.5');
  });

  it('follow-ups and pronouns: "und in der Schlafkammer?", "mach ihn auf", "und das andere auch"', async () => {
    expect((await ask(h, 'g16', 'wie warm ist es in der stube', 'und in der schlafkammer?')).text).toContain('18.5');
    expect((await ask(h, 'g17', 'ist der raffstore in der stube offen', 'mach ihn zu')).targets).toEqual(['Raffstore Stube']);
    expect((await ask(h, 'g18', 'stell ihn auf 20 grad')).text).not.toMatch(/Ready/);
  });

  it('the polite "Sie" form, a glued pronoun, and questions said as a clause ("weißt du ob …", "sag mir wo …")', async () => {
    expect((await ask(h, 'g19', 'schalten Sie bitte die Leselampe ein')).targets).toEqual(['Leselampe']);
    expect((await ask(h, 'g20', 'ist die leselampe an?', "mach's an")).targets).toEqual(['Leselampe']);
    expect((await ask(h, 'g21', 'weißt du ob das einfahrtstor offen ist')).text).toMatch(/Einfahrtstor is closed/);
    expect((await ask(h, 'g22', 'kannst du mir sagen wo der waschautomat ist')).text).toContain('Waschraum');
  });

  it('"welche Batterien muss ich tauschen" asks what needs replacing; "wie spüle ich …" asks how', async () => {
    expect((await ask(h, 'g23', 'welche batterien muss ich tauschen')).text).toContain('Eingangsschloss');
    expect((await ask(h, 'g24', 'wie spüle ich den wasserfilter')).text).toContain('Filterglas');
  });

  it('English is never rewritten, and a name of the home wins over a cue word', () => {
    return h.engine.index.get().then((snapshot) => {
      for (const text of ['is the gate on', 'was there an alarm last night', 'open the einfahrtstor', 'dim the leselampe to 20%', 'start the waschautomat', 'is the heater online', 'turn the stube lights on']) {
        expect(readVerbSecond(text, snapshot), text).toBeUndefined();
      }
      expect(readVerbSecond('stube', snapshot)).toBeUndefined();
    });
  });
});

const DUTCH: RawEntity[] = [
  { id: 'nl-home', entity_type: 'home', name: 'Huize Verhoeven', content: {} },
  { id: 'nl-serre', entity_type: 'room', name: 'Serre', content: {} },
  { id: 'nl-bijkeuken', entity_type: 'room', name: 'Bijkeuken', content: {} },
  { id: 'nl-zolder', entity_type: 'room', name: 'Zolderkamer', content: {} },
  { id: 'nl-hal', entity_type: 'room', name: 'Gang', content: {} },
  { id: 'nl-hang', entity_type: 'device', name: 'Hanglamp serre', content: { type: 'lighting', capabilities: ['on/off'], state: { on: true } } },
  { id: 'nl-spot', entity_type: 'device', name: 'Spotjes bijkeuken', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
  { id: 'nl-luik', entity_type: 'device', name: 'Rolluik zolderkamer', content: { type: 'cover', capabilities: ['open/close', 'position'], state: { position: 0, open: false } } },
  { id: 'nl-slot', entity_type: 'device', name: 'Voordeurslot', content: { type: 'security', description: 'smart lock on the front door', capabilities: ['lock/unlock'], state: { locked: false } } },
  { id: 'nl-thermo', entity_type: 'device', name: 'Thermostaat serre', content: { type: 'climate', capabilities: ['temperature', 'setpoint'], state: { temperature: '20.5 °C', target_temperature: '20 °C' } } },
  { id: 'nl-droger', entity_type: 'device', name: 'Droger', content: { type: 'appliance', capabilities: ['programs'], state: { status: 'running' } } },
];
const DUTCH_PLACE: Record<string, string> = {
  'nl-hang': 'nl-serre', 'nl-spot': 'nl-bijkeuken', 'nl-luik': 'nl-zolder', 'nl-slot': 'nl-hal', 'nl-thermo': 'nl-serre', 'nl-droger': 'nl-bijkeuken',
};

describe('Dutch phrasings on a home with Dutch names', () => {
  let h: Harness;
  beforeAll(async () => {
    const rooms = DUTCH.filter((e) => e.entity_type === 'room');
    const devices = DUTCH.filter((e) => e.entity_type === 'device');
    h = await openHarness({ homeJson: homeExportJson(DUTCH, roomAndDeviceEdges('nl-home', rooms, devices, DUTCH_PLACE, 'nl-hal'), 'nl-rel') });
  });
  afterAll(() => h.dispose());

  it('"doe … uit", "zet … aan", "doe … op slot", "kun je … dichtdoen", "zet … op 19 graden"', async () => {
    expect((await ask(h, 'n1', 'doe de hanglamp in de serre uit')).targets).toEqual(['Hanglamp serre']);
    expect((await ask(h, 'n2', 'zet de spotjes in de bijkeuken aan')).targets).toEqual(['Spotjes bijkeuken']);
    const lock = await ask(h, 'n3', 'doe het voordeurslot op slot');
    expect(lock.targets).toEqual(['Voordeurslot']);
    expect(lock.text).toMatch(/lock/i);
    expect((await ask(h, 'n4', 'kun je het rolluik op de zolderkamer opendoen')).targets).toEqual(['Rolluik zolderkamer']);
    expect((await ask(h, 'n5', 'zet de thermostaat in de serre op 19 graden')).text).toContain('19');
  });

  it('"staat … aan", "is … op slot", "draait de droger nog", "hoeveel lampen zijn aan", "waar is"', async () => {
    expect((await ask(h, 'n6', 'staat de hanglamp in de serre aan?')).text).toMatch(/Hanglamp serre is on/);
    expect((await ask(h, 'n7', 'is het voordeurslot op slot')).text).toMatch(/Voordeurslot is unlocked/);
    expect((await ask(h, 'n8', 'draait de droger nog')).text).toMatch(/Droger is running/);
    expect((await ask(h, 'n9', 'hoeveel lampen zijn aan')).text).toMatch(/1 of 2 lights is on|1 of 2 lights are on/);
    expect((await ask(h, 'n10', 'waar is de droger')).text).toContain('Bijkeuken');
  });

  it('"hoe warm is het in de serre" then "en in de zolderkamer?"; "rolluik zolderkamer dicht?"; "doe hem open"', async () => {
    expect((await ask(h, 'n11', 'hoe warm is het in de serre')).text).toContain('20.5');
    expect((await ask(h, 'n12', 'rolluik zolderkamer dicht?')).text).toMatch(/Rolluik zolderkamer is closed/);
    expect((await ask(h, 'n12', 'doe hem open')).targets).toEqual(['Rolluik zolderkamer']);
  });

  it('"weet je of … draait", "zet \'m uit" after a question about it', async () => {
    expect((await ask(h, 'n13', 'weet je of de droger nog draait')).text).toMatch(/Droger is running/);
    expect((await ask(h, 'n14', 'brandt de hanglamp in de serre?', "zet 'm uit")).targets).toEqual(['Hanglamp serre']);
  });

  it('English with Dutch names reads as before', async () => {
    const snapshot = await h.engine.index.get();
    for (const text of ['open the rolluik zolderkamer', 'is the droger running', 'stop the droger', 'what is in the serre', 'and in the bijkeuken?']) {
      expect(readVerbSecond(text, snapshot), text).toBeUndefined();
    }
  });
});
