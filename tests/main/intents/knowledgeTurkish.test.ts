// Issue 12 (round 5): questions about what controls a device, when something last happened and how-tos, in a home
// whose names the lexicon cannot read (Turkish, written here). "when did someone last ring the doorbell" reads the
// `last_ring` the doorbell keeps, never "no schedule runs it"; a name shared by two lights is answered for each
// ("what controls the tavan lambası"), not with one arbitrary pick or a "which one?".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'tr-home', entity_type: 'home', name: 'Yalı Kanlıca', content: {} },
  { id: 'tr-salon', entity_type: 'room', name: 'Salon', content: {} },
  { id: 'tr-mutfak', entity_type: 'room', name: 'Mutfak', content: {} },
  { id: 'tr-yatak', entity_type: 'room', name: 'Yatak odası', content: {} },
  { id: 'tr-zil', entity_type: 'device', name: 'Kapı zili', content: { type: 'security', manufacturer: 'Ring', capabilities: ['video', 'chime'], state: { battery: 41, last_ring: '2026-04-30T17:46:00Z' } } },
  { id: 'tr-tavan-salon', entity_type: 'device', name: 'Tavan lambası salon', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'tr-tavan-mutfak', entity_type: 'device', name: 'Tavan lambası mutfak', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'tr-bed-ayse', entity_type: 'device', name: 'Bedlamp Ayşe', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'tr-bed-emre', entity_type: 'device', name: 'Bedlamp Emre', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'tr-nacht', entity_type: 'device', name: 'Nachtlamp Deniz', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'tr-hub', entity_type: 'device', name: 'Akıllı merkez', content: { type: 'network', manufacturer: 'Athom', model: 'Homey Pro' } },
  { id: 'tr-sensor', entity_type: 'device', name: 'Hareket sensörü', content: { type: 'sensor', capabilities: ['motion'], state: { motion: false } } },
  { id: 'tr-sarj', entity_type: 'device', name: 'Şarj istasyonu', content: { type: 'energy', capabilities: ['charging'], state: { charging: false } } },
  { id: 'tr-gece', entity_type: 'schedule', name: 'Gece şarjı', content: { days: ['mon', 'tue'], from: '01:00', to: '05:00', enabled: false } },
  { id: 'tr-vana', entity_type: 'device', name: 'Radyatör vanası', content: { type: 'climate', manufacturer: 'tado°', capabilities: ['target_temperature'], state: { setpoint: 20 } } },
  { id: 'tr-hoparlor', entity_type: 'device', name: 'Mutfak hoparlörü', content: { type: 'entertainment', manufacturer: 'Google', model: 'Nest Audio', capabilities: ['audio_playback'], state: { playing: false } } },
  { id: 'tr-sonos', entity_type: 'device', name: 'Sonos Era', content: { type: 'entertainment', manufacturer: 'Sonos', capabilities: ['audio_playback'], state: { playing: true } } },
  { id: 'tr-vana-ana', entity_type: 'device', name: 'Ana vana', content: { type: 'plumbing', description: 'main water shut-off valve', capabilities: ['valve_open_close'], state: { valve: 'open' } } },
  { id: 'tr-pompa', entity_type: 'device', name: 'Isı pompası', content: { type: 'climate', manufacturer: 'Vaillant', state: { mode: 'heating' } } },
  { id: 'tr-vana-kapat', entity_type: 'procedure', name: 'Ana vanayı kapatmak', content: { steps: ['Turn the blue lever a quarter turn.', 'Open the tap in the bathroom to release the pressure.'] } },
  { id: 'tr-pompa-filtre', entity_type: 'procedure', name: 'Pompa süzgeci temizliği', content: { steps: ['Switch the heat pump off.', 'Unscrew the magnetic filter and rinse it.', 'Screw it back and check the water pressure.'] } },
  { id: 'tr-kilit', entity_type: 'device', name: 'Kulübe kilidi', content: { type: 'security', description: 'tool-shed lock', capabilities: ['lock'], state: { locked: true } } },
  { id: 'tr-yedek', entity_type: 'note', name: 'Yedek anahtar', content: { text: 'The spare key hangs in the fuse box; the keypad code for Ayşe is 7391#.', private: true } },
];

const EDGES: RawEdge[] = [
  { from: 'tr-salon', to: 'tr-home', type: 'part_of' },
  { from: 'tr-mutfak', to: 'tr-home', type: 'part_of' },
  { from: 'tr-yatak', to: 'tr-home', type: 'part_of' },
  { from: 'tr-zil', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-tavan-salon', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-tavan-mutfak', to: 'tr-mutfak', type: 'located_in' },
  { from: 'tr-bed-ayse', to: 'tr-yatak', type: 'located_in' },
  { from: 'tr-bed-emre', to: 'tr-yatak', type: 'located_in' },
  { from: 'tr-nacht', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-hub', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-sensor', to: 'tr-mutfak', type: 'located_in' },
  { from: 'tr-sarj', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-gece', to: 'tr-sarj', type: 'manages' },
  { from: 'tr-vana', to: 'tr-yatak', type: 'located_in' },
  { from: 'tr-hoparlor', to: 'tr-mutfak', type: 'located_in' },
  { from: 'tr-sonos', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-vana-ana', to: 'tr-mutfak', type: 'located_in' },
  { from: 'tr-pompa', to: 'tr-mutfak', type: 'located_in' },
  { from: 'tr-vana-kapat', to: 'tr-vana-ana', type: 'procedure_for' },
  { from: 'tr-pompa-filtre', to: 'tr-pompa', type: 'procedure_for' },
  { from: 'tr-kilit', to: 'tr-salon', type: 'located_in' },
  { from: 'tr-kilit', to: 'tr-yedek', type: 'documented_by' },
  { from: 'tr-hub', to: 'tr-tavan-salon', type: 'controls' },
  { from: 'tr-sensor', to: 'tr-tavan-mutfak', type: 'controls' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ model: string; text: string }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `tr-${++conversation}`, role: 'admin' }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { model: answer?.model ?? '', text: answer?.text ?? '' };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'tr-rel') });
});
afterAll(() => h.dispose());

describe('when something last happened', () => {
  it.each(['when did someone last ring the doorbell', 'when did the kapı zili last ring'])('"%s" reads the last ring from the state', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/17:46/);
    expect(a.text).not.toMatch(/No schedule/i);
  });

  it('"when does the kapı zili ring" (no "last") is still a schedule question', async () => {
    expect((await ask('when does the kapı zili ring')).model).toBe('schedules_for_device');
  });
});

describe('controllers of a shared name', () => {
  it('"what controls the tavan lambası" answers for each light', async () => {
    const a = await ask('what controls the tavan lambası');
    expect(a.text).toMatch(/Tavan lambası salon is controlled by Akıllı merkez/);
    expect(a.text).toMatch(/Tavan lambası mutfak is controlled by Hareket sensörü/);
  });

  // "bed" inside a name ("Bedlamp …") describes a bedside lamp as much as "nacht" does: never one pick of the others.
  it('"turn on the bedside lamp" asks which bed lamp instead of picking one', async () => {
    const a = await ask('turn on the bedside lamp');
    expect(a.text).toMatch(/Which one/);
    expect(a.text).toMatch(/Bedlamp Ayşe/);
    expect(a.text).toMatch(/Bedlamp Emre/);
  });
});

describe('a schedule switched off', () => {
  it.each([['when does the şarj istasyonu charge'], ['is there a schedule for the şarj istasyonu', 'is that schedule on?']])('"%s" says the schedule is disabled', async (...questions) => {
    const conversationId = `tr-${++conversation}`;
    let text = '';
    for (const q of questions) text = (await h.responder.respond(q, h.context({ conversationId, role: 'admin' })))?.text ?? '';
    expect(text).toMatch(/Gece şarjı/);
    expect(text).toMatch(/currently disabled/);
  });
});

describe('makers', () => {
  it.each(['tado devices?', 'which tado devices do we have'])('"%s" finds the maker written "tado°"', async (q) => {
    expect((await ask(q)).text).toMatch(/Radyatör vanası/);
  });

  it('"where\'s the google speaker" is the speaker Google made, not a list of Google devices', async () => {
    const a = await ask("where's the google speaker");
    expect(a.model).toBe('where_is');
    expect(a.text).toMatch(/Mutfak hoparlörü .*is in the Mutfak/);
    expect(a.text).not.toMatch(/Sonos/);
  });
});

describe('a procedure known by what its device is described as', () => {
  it.each(['how do i turn off the water', 'how do i shut off the water'])('"%s" is the procedure for the valve described as the water shut-off', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/Ana vanayı kapatmak/);
    expect(a.text).not.toMatch(/Pompa süzgeci/);
  });
});

describe('a secret in a note about the device the words describe', () => {
  it('a guest asking "what\'s ayşe\'s code for the shed lock" hears it is in a private note', async () => {
    const answer = await h.responder.respond("what's ayşe's code for the shed lock", h.context({ conversationId: `tr-${++conversation}`, role: 'guest' }));
    expect(answer?.text).toMatch(/private note \(Yedek anahtar\)/);
    expect(answer?.text).not.toMatch(/7391/);
  });

  it('an admin gets the code from that note', async () => {
    expect((await ask("what's ayşe's code for the shed lock")).text).toMatch(/7391#/);
  });
});
