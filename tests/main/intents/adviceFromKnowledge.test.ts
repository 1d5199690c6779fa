// Round 12 (knowledge), over a Catalan home the lexicon doesn't read: questions that ask for advice ("any tips for",
// "what do I do if … won't …", "what should … be", "what does … mean", "what kind of batteries") are answered with the
// sentence of the note, manual or procedure that says it, cited, instead of the device's state or a list of rooms;
// a plain state question still gets the state; nothing that fits declines to the reading the engine had; a private
// note is never quoted to a guest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const entity = (id: string, entity_type: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type, name, content });

function catalanHome(): string {
  const entities = [
    entity('h', 'home', 'Casa Puig', {}),
    entity('r-menjador', 'room', 'Menjador', {}),
    entity('r-cuina', 'room', 'Cuina', {}),
    entity('r-rebedor', 'room', 'Rebedor', {}),
    entity('r-garatge', 'room', 'Garatge', {}),
    entity('r-terrat', 'room', 'Terrat', {}),
    entity('d-caldera', 'device', 'Caldera de la Núria', { type: 'boiler', manufacturer: 'Saunier Duval', description: 'gas boiler', state: { pressure_bar: 0.9, burner: 'off' } }),
    entity('d-porta', 'device', 'Porta del garatge', { type: 'garage_door', description: 'garage door motor', capabilities: ['open_close'], state: { door: 'closed' } }),
    entity('d-llum', 'device', 'Llum del rebedor', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
    entity('d-termo', 'device', 'Termo solar', { type: 'water_heater', description: 'solar water heater', state: { water_temp_c: 48, backup: 'off' } }),
    entity('d-pany', 'device', "Pany de l'entrada", { type: 'lock', manufacturer: 'Tedee', capabilities: ['lock_unlock', 'battery'], state: { lock: 'locked', battery: 41 } }),
    entity('d-piscina', 'device', 'Sensor piscina', { type: 'sensor', description: 'pool water analyser', state: { ph: 7.6, water_temp_c: 24 } }),
    entity('d-alarma', 'device', 'Alarma', { type: 'alarm_panel', state: { status: 'armed_away' } }),
    entity('p-porta', 'procedure', 'Obrir el garatge a mà', { steps: ['If the motor has no power, pull the red release cord.', 'Lift the door by hand and keep it open with the hook.'], duration: '3 minutes' }),
    entity('p-caldera', 'procedure', 'Reiniciar la caldera', { steps: ['Press the reset button for 5 seconds.', 'If the gauge is below 1 bar, refill at the grey tap until 1.3 bar.'], duration: '5 minutes' }),
    entity('m-pany', 'manual', 'Manual del pany', { title: 'Tedee GO user guide', content: 'Uses 4 AA batteries. A blinking orange ring means the battery is low. Auto-lock after 2 minutes.' }),
    entity('n-termo', 'note', 'Termo solar', { text: 'In winter switch the backup heater on for 40 minutes before showers. In summer it is never needed.' }),
    entity('n-piscina', 'note', 'Manteniment piscina', { text: 'The pool man comes on Mondays. Keep the pH between 7.0 and 7.4.' }),
    entity('n-claus', 'note', 'Claus', { text: 'The spare garage key hangs in the Rebedor cupboard.' }),
    entity('n-alarma', 'note', 'Alarma', { text: 'If the alarm goes off by mistake, enter code 4321 and call Securitas on 93 555 0000.', private: true }),
  ];
  const edges = [
    ...['r-menjador', 'r-cuina', 'r-rebedor', 'r-garatge', 'r-terrat'].map((r) => ({ from: r, to: 'h', type: 'part_of' })),
    { from: 'd-caldera', to: 'r-cuina', type: 'located_in' },
    { from: 'd-porta', to: 'r-garatge', type: 'located_in' },
    { from: 'd-llum', to: 'r-rebedor', type: 'located_in' },
    { from: 'd-termo', to: 'r-terrat', type: 'located_in' },
    { from: 'd-pany', to: 'r-rebedor', type: 'located_in' },
    { from: 'd-piscina', to: 'r-terrat', type: 'located_in' },
    { from: 'd-alarma', to: 'r-rebedor', type: 'located_in' },
    { from: 'p-porta', to: 'd-porta', type: 'procedure_for' },
    { from: 'p-caldera', to: 'd-caldera', type: 'procedure_for' },
    { from: 'd-pany', to: 'm-pany', type: 'documented_by' },
  ];
  return homeExportJson(entities, edges, 'e-ca');
}

describe('advice answered from notes, manuals and procedures (Catalan home)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: catalanHome() });
  });
  afterAll(() => h.dispose());
  let n = 0;
  const ask = async (text: string, role: 'admin' | 'guest' = 'admin'): Promise<{ text: string; cited: string[] }> => {
    const answer = await h.responder.respond(text, h.context({ conversationId: `advice-${++n}`, role }));
    return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.entity_id) };
  };

  it('gives the steps of the procedure for a device that will not do its job', async () => {
    const door = await ask("the garage door won't open, what should we do?");
    expect(door.text).toContain('pull the red release cord');
    expect(door.cited).toContain('p-porta');
    const boiler = await ask('caldera de la núria is not heating, what do i do');
    expect(boiler.text).toMatch(/Reiniciar la caldera[\s\S]*reset button/);
    expect(boiler.cited).toContain('p-caldera');
  });

  it('quotes the note about a device when asked for tips, and its state when asked how it is', async () => {
    const tips = await ask('got any tips for the termo solar?');
    expect(tips.text).toContain('40 minutes before showers');
    expect(tips.cited).toContain('n-termo');
    const state = await ask("what's the termo solar at");
    expect(state.text).toContain('48');
    expect(state.text).not.toContain('40 minutes');
  });

  it('answers what a value should be from the note that says it, and the reading from the device', async () => {
    const should = await ask('what should the ph of the pool be');
    expect(should.text).toMatch(/7\.0 and 7\.4/);
    expect(should.text).not.toContain('Mondays');
    const reading = await ask('whats the ph on the sensor piscina');
    expect(reading.text).toContain('7.6');
  });

  it('reads what a light means, the batteries and the auto-lock delay from the manual', async () => {
    expect((await ask("what does a blinking orange ring on pany de l'entrada mean")).text).toContain('battery is low');
    expect((await ask("what kind of batteries does pany de l'entrada take")).text).toContain('4 AA');
    expect((await ask("after how long does pany de l'entrada lock itself")).text).toContain('2 minutes');
  });

  it('answers where a thing is kept from a note rather than where the room is', async () => {
    const key = await ask("where's the spare garage key");
    expect(key.text).toContain('Rebedor cupboard');
    expect(key.cited).toContain('n-claus');
  });

  it('declines to the usual reading when no document says anything about it', async () => {
    const none = await ask('any tips for the llum del rebedor');
    expect(none.text).not.toMatch(/^From /);
    expect(none.cited).not.toContain('n-termo');
  });

  it('quotes a private note to an admin only', async () => {
    expect((await ask('what do i do if the alarm goes off')).text).toContain('4321');
    const guest = await ask('what do i do if the alarm goes off', 'guest');
    expect(guest.text).not.toContain('4321');
    expect(guest.text).not.toContain('Securitas');
  });
});
