// A guest asking for a password or code in words the cue list missed ("wifi pass", "paswoord", "combo", "Alarmcode",
// "kode alarm", "mk wifi") hears that it is kept in a private note, never a list of network devices; and a public
// procedure that only speaks of "the code" ("Enter the code on the keypad") does not hide that the code itself is in a
// private note. A small home written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'sw-home', entity_type: 'home', name: 'Huis Peeters', content: {} },
  { id: 'sw-office', entity_type: 'room', name: 'Bureau', content: {} },
  { id: 'sw-router', entity_type: 'device', name: 'Proximus router', content: { type: 'network' } },
  { id: 'sw-repeater', entity_type: 'device', name: 'Wifi repeater', content: { type: 'network' } },
  { id: 'sw-panel', entity_type: 'device', name: 'Alarmpaneel', content: { type: 'security', capabilities: ['arm'] } },
  { id: 'sw-wifi', entity_type: 'note', name: 'Wifi thuis', content: { text: 'Netwerk Peeters5G, wachtwoord: Zonnig!2024', private: true } },
  { id: 'sw-alarm', entity_type: 'note', name: 'Alarm uitschakelen', content: { text: 'Uitschakelcode 4471#', private: true } },
  { id: 'sw-gate', entity_type: 'note', name: 'Hangslot poort', content: { text: 'Padlock combination 9035', private: true } },
  { id: 'sw-reset', entity_type: 'procedure', name: 'Reset alarm', content: { steps: ['Enter the code on the keypad', 'Wait for the beep'] } },
];
const EDGES: RawEdge[] = [
  { from: 'sw-office', to: 'sw-home', type: 'part_of' },
  { from: 'sw-router', to: 'sw-office', type: 'located_in' },
  { from: 'sw-repeater', to: 'sw-office', type: 'located_in' },
  { from: 'sw-panel', to: 'sw-office', type: 'located_in' },
  { from: 'sw-reset', to: 'sw-panel', type: 'procedure_for' },
];

let h: Harness;
let n = 0;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'sw-rel') });
});
afterAll(() => h.dispose());

const asGuest = async (q: string): Promise<string> => (await h.responder.respond(q, h.context({ role: 'guest', conversationId: `guest-${++n}` })))?.text ?? '';

it.each(['whats the wifi pass', 'wat is het wifi paswoord', 'mk wifi?', 'Wie war nochmal der Alarmcode?', 'kode alarmpaneel berapa ya', "what's the padlock combo for the gate"])(
  '"%s" from a guest says the secret is in a private note, without its text',
  async (question) => {
    const text = await asGuest(question);
    expect(text).toMatch(/private note/);
    expect(text).not.toMatch(/Zonnig!2024|4471#|9035/);
  },
);

it('"alarmpaneel code?" from a guest names the private note, not the procedure that only mentions the code', async () => {
  const text = await asGuest('alarmpaneel code?');
  expect(text).toMatch(/private note/);
  expect(text).not.toMatch(/4471#/);
});

it('an admin asking "wat is het wifi paswoord" gets the note', async () => {
  const answer = await h.dialog('wat is het wifi paswoord');
  expect(answer.cited).toContain('Wifi thuis');
});
