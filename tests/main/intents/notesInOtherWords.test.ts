// Issue 12: household notes asked in other words than the notes use, in a home whose names the lexicon cannot read
// (Czech, written here). The bin day is "waste" in the note and "trash" in the question; the babysitter's note never
// says "babysitter"; a service date is in a note, not in the device's schedule; a spare part is kept somewhere the
// note says; a code is a secret (quoted for an admin, only named for a guest); a reading of a thing that names no
// place ("the pool") is never answered with the home's other readings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'cz-home', entity_type: 'home', name: 'Chalupa Lipno', content: {} },
  { id: 'cz-kuchyn', entity_type: 'room', name: 'Kuchyň', content: {} },
  { id: 'cz-obyvak', entity_type: 'room', name: 'Obývák', content: {} },
  { id: 'cz-chodba', entity_type: 'room', name: 'Chodba', content: {} },
  { id: 'cz-purifier', entity_type: 'device', name: 'Čistička vzduchu', content: { type: 'appliance', manufacturer: 'Xiaomi', model: 'Smart Air Purifier 4', capabilities: ['on_off', 'pm25'] } },
  { id: 'cz-heatpump', entity_type: 'device', name: 'Tepelné čerpadlo', content: { type: 'climate', manufacturer: 'Daikin', model: 'Altherma 3 heat pump', capabilities: ['temperature_control', 'schedule'] } },
  { id: 'cz-alarm', entity_type: 'device', name: 'Ústředna', content: { type: 'security', manufacturer: 'Jablotron', model: 'JA-100 alarm panel', capabilities: ['arm_disarm'] } },
  { id: 'cz-freezer', entity_type: 'device', name: 'Mraznička', content: { type: 'appliance', state: { temperature: -18 } } },
  { id: 'cz-pool', entity_type: 'device', name: 'Senzor bazénu', content: { type: 'sensor', description: 'pool water analyser', state: { water_temp_c: 24.5, ph: 7.3 } } },
  { id: 'cz-washer', entity_type: 'device', name: 'Pračka', content: { type: 'appliance', manufacturer: 'Miele' } },
  { id: 'cz-note-bins', entity_type: 'note', name: 'Odvoz odpadu', content: { text: 'General waste is collected every Wednesday morning. Glass goes out every second Monday.' } },
  { id: 'cz-note-sitter', entity_type: 'note', name: 'Pro chůvu', content: { text: 'Bedtime is at 20:00. Emergency contact: babička Jana, 602 123 456.' } },
  { id: 'cz-note-service', entity_type: 'note', name: 'Servis čerpadla', content: { text: 'Heat pump service by TermoServis is due on 3 May 2027. Last service was 2 May 2026.' } },
  { id: 'cz-note-filter', entity_type: 'note', name: 'Filtr čističky', content: { text: 'Filter replaced in March. The spare filter is kept in the hallway cabinet.' } },
  { id: 'cz-note-code', entity_type: 'note', name: 'Kód ústředny', content: { text: 'Alarm PIN: 4417-2093.', private: true } },
];

const EDGES: RawEdge[] = [
  { from: 'cz-kuchyn', to: 'cz-home', type: 'part_of' },
  { from: 'cz-obyvak', to: 'cz-home', type: 'part_of' },
  { from: 'cz-chodba', to: 'cz-home', type: 'part_of' },
  { from: 'cz-purifier', to: 'cz-obyvak', type: 'located_in' },
  { from: 'cz-heatpump', to: 'cz-kuchyn', type: 'located_in' },
  { from: 'cz-alarm', to: 'cz-chodba', type: 'located_in' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string, role: 'admin' | 'guest' = 'admin'): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `cz-${++conversation}`, role }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'cz-rel') });
});
afterAll(() => h.dispose());

describe('notes asked in other words', () => {
  it.each(['when is trash day', 'which day is the garbage collected', 'when do the bins go out'])('"%s" finds the waste note', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/Wednesday/);
    expect(a.cited).toContain('Odvoz odpadu');
  });

  it.each(["who's the emergency contact for the babysitter", "what's the emergency contact for the nanny"])('"%s" quotes the contact from the sitter note', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/Jana, 602 123 456/);
    expect(a.cited).toContain('Pro chůvu');
  });

  it("a service date is read from the note, not answered as the heat pump's schedule", async () => {
    const a = await ask("when's the next heat pump service due");
    expect(a.text).toMatch(/3 May 2027/);
    expect(a.text).not.toMatch(/No schedule/);
  });

  it('where a spare part is kept is the note\'s sentence, not where the device stands', async () => {
    const a = await ask("where's the spare purifier filter");
    expect(a.text).toMatch(/hallway cabinet/);
    expect(a.cited).toContain('Filtr čističky');
  });

  it('a code is a secret: an admin gets the note, a guest is told it is private and never sees it', async () => {
    const admin = await ask('whats the alarm code');
    expect(admin.text).toMatch(/4417-2093/);
    expect(admin.cited).toEqual(['Kód ústředny']);
    const guest = await ask('whats the alarm code', 'guest');
    expect(guest.text).toMatch(/private note \(Kód ústředny\)/);
    expect(guest.text).not.toMatch(/4417/);
  });

  it("a reading of something that names no place is not answered with the home's other readings", async () => {
    const a = await ask('whats the water temp in the pool');
    expect(a.cited).toContain('Senzor bazénu');
    expect(a.cited).not.toContain('Mraznička');
    expect(a.text).not.toMatch(/-18/);
  });

  it('an app question about a kind nothing is classified as is never a flat "none"', async () => {
    const a = await ask('what app is the washing machine in');
    expect(a.text).not.toMatch(/^I found no washing machines/);
    expect(a.cited).toContain('Pračka');
  });

  it('a request in words the home never uses still goes to the model', async () => {
    const answer = await h.responder.respond('write a limerick about our babysitter', h.context({ conversationId: 'cz-limerick' }));
    expect(answer).toBeUndefined();
  });
});
