// Issue 8, finding 1: the tier came from English words in a name, so a lock typed `LockMechanism` or `padlock`, or
// named "Haustür", was tier 2 and could be "always allowed". The tier now comes from evidence (./riskEvidence.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src-shared/protocol/entities';
import { entityChangeTier } from '../../../src-main/tools/entityChangeTier';
import { RISK_EVIDENCE } from '../../../src-main/tools/riskEvidence';

type Thing = Pick<Entity, 'name' | 'content' | 'entity_type'>;
const device = (name: string, content: Entity['content'] = {}): Thing => ({ name, content, entity_type: 'device' });

describe('entityChangeTier: one test per row of the evidence table', () => {
  for (const row of RISK_EVIDENCE) {
    it(`${row.id} (${row.risk})`, () => {
      for (const kind of row.kinds) {
        const asType = entityChangeTier(device('Thing', { type: kind }), { content: { state: { power: 'on' } } });
        const asCapability = entityChangeTier(device('Thing', { capabilities: [kind] }), { content: { state: { power: 'on' } } });
        expect([kind, asType]).toEqual([kind, row.risk === 'high' ? 3 : 2]);
        expect([kind, asCapability]).toEqual([kind, row.risk === 'high' ? 3 : 2]);
      }
      for (const key of row.keys) {
        // A high-risk key is tier 3 even on a thing that is otherwise low-risk (a "light" with a lock key).
        expect([key, entityChangeTier(device('Lamp', { type: 'light' }), { content: { state: { [key]: 'x' } } })]).toEqual([key, 3]);
      }
    });
  }
});

describe('entityChangeTier: upstream-shaped devices (broad type categories, capability arrays)', () => {
  const on = { content: { state: { power: 'on' } } };
  it('lights and media typed by upstream categories are tier 2; climate and security are tier 3; an appliance with no evidence is tier 3', () => {
    expect(entityChangeTier(device('Porch Light', { type: 'lighting', capabilities: ['on_off'] }), on)).toBe(2);
    expect(entityChangeTier(device('Salón TV', { type: 'entertainment', capabilities: ['on_off', 'volume'] }), on)).toBe(2);
    expect(entityChangeTier(device('Mini-Split', { type: 'climate', capabilities: ['on_off', 'fan_speed'] }), on)).toBe(3);
    expect(entityChangeTier(device('Garage Opener', { type: 'security', capabilities: ['open_close'] }), on)).toBe(3);
    expect(entityChangeTier(device('Coffee Machine', { type: 'appliance', capabilities: ['on_off'] }), on)).toBe(3);
    // Shutters typed by their category ("shading") are window coverings: tier 2.
    expect(entityChangeTier(device('Rollladen', { type: 'shading', capabilities: ['open_close', 'position'] }), { content: { state: { position: 0 } } })).toBe(2);
    // A "lighting" device whose change touches a lock key is still tier 3.
    expect(entityChangeTier(device('Porch Light', { type: 'lighting' }), { content: { state: { lock: 'unlocked' } } })).toBe(3);
  });
});

describe('entityChangeTier: the findings', () => {
  const unlock = { content: { state: { lock: 'unlocked' } } };
  it('locks are tier 3 whatever they are typed or named, in any language', () => {
    expect(entityChangeTier(device('Haustür', { type: 'LockMechanism' }), unlock)).toBe(3);
    expect(entityChangeTier(device('Shed', { type: 'padlock' }), { content: { state: { power: 'off' } } })).toBe(3);
    expect(entityChangeTier(device('Serratura Ingresso', { capabilities: ['lock_unlock'] }), { content: { state: { power: 'on' } } })).toBe(3);
    expect(entityChangeTier(device('Haustür'), { content: { state: { power: 'on' } } })).toBe(3); // no evidence → high
    expect(entityChangeTier(device('玄関', { homekit_service: 'HMServiceTypeLockMechanism' }), { name: '玄関の鍵' })).toBe(3);
    expect(entityChangeTier(device('Porte', { matter_device_type: 'DoorLock' }), { content: { state: { power: 'on' } } })).toBe(3);
  });

  it('tier 2 only with positive low-risk evidence', () => {
    expect(entityChangeTier(device('Ceiling Light', { type: 'light' }), { content: { state: { power: 'off' } } })).toBe(2);
    expect(entityChangeTier(device('Movie', { type: 'scene' }), { name: 'Movie Scene' })).toBe(2);
    expect(entityChangeTier(device('Blinds', { type: 'window_covering' }), { content: { state: { position: 40 } } })).toBe(2);
    expect(entityChangeTier({ name: 'Shopping', content: {}, entity_type: 'note' }, { content: { text: 'eggs' } })).toBe(2);
    expect(entityChangeTier(device('Hub', { type: 'hub' }), { content: { state: { power: 'off' } } })).toBe(3);
    expect(entityChangeTier({ name: 'Nightly', content: {}, entity_type: 'automation' }, { content: { enabled: false } })).toBe(3);
  });

  it('heating content changes are 3, a thermostat rename is 2; a setpoint is 3 on any device', () => {
    const thermostat = device('Hallway Thermostat', { type: 'thermostat' });
    expect(entityChangeTier(thermostat, { content: { state: { setpoint: 25 } } })).toBe(3);
    expect(entityChangeTier(thermostat, { name: 'Hall Thermostat' })).toBe(2);
    expect(entityChangeTier(device('AC', { type: 'fan' }), { content: { state: { setpoint_c: 30 } } })).toBe(3);
  });

  it('a device that controls a lock or door is tier 3', () => {
    const relay = device('Relay 2', { type: 'plug' });
    expect(entityChangeTier(relay, { content: { state: { power: 'on' } } })).toBe(2);
    expect(entityChangeTier(relay, { content: { state: { power: 'on' } } }, [{ name: 'Tor', content: {}, entity_type: 'door' }])).toBe(3);
    expect(entityChangeTier(relay, { content: { state: { power: 'on' } } }, [device('Heizung', { type: 'heater' })])).toBe(3);
    const scene = { name: 'Welcome', content: {}, entity_type: 'automation' as const };
    const run = { content: { last_run_requested_at: '2026-01-01T00:00:00Z' } };
    expect(entityChangeTier(scene, run, [device('Porch', { type: 'light' })])).toBe(2);
    expect(entityChangeTier(scene, run, [device('Porch', { type: 'light' }), device('Tür', { capabilities: ['lock_unlock'] })])).toBe(3);
    expect(entityChangeTier(scene, { content: { actions: [] } }, [device('Porch', { type: 'light' })])).toBe(3);
  });

  it('content that rewrites what a thing is, deletes, and privacy changes are 3', () => {
    expect(entityChangeTier(device('Lamp', { type: 'light' }), { content: { type: 'lock' } })).toBe(3);
    expect(entityChangeTier({ name: 'Old note', content: {}, entity_type: 'note' }, { content: { deleted: true } })).toBe(3);
    expect(entityChangeTier({ name: 'WiFi', content: { private: true }, entity_type: 'note' }, { content: { private: false } })).toBe(3);
    expect(entityChangeTier({ name: 'Front', content: {}, entity_type: 'door' }, { name: 'Front entrance' })).toBe(3);
  });

  it('renaming the Garage room is 2: rooms do not act on the world', () => {
    expect(entityChangeTier({ name: 'Garage', content: {}, entity_type: 'room' }, { name: 'Workshop' })).toBe(2);
  });
});

describe('entityChangeTier: deletes (issue 15: deleting your own todo or reminder is an everyday change)', () => {
  const todo = (content: Entity['content'] = {}): Thing => ({ name: 'milk', entity_type: 'note', content: { kind: 'todo', title: 'milk', ...content } });
  const reminder = (content: Entity['content'] = {}): Thing => ({ name: 'call mom', entity_type: 'schedule', content: { kind: 'reminder', title: 'call mom', at: '2026-10-30T09:00:00.000Z', ...content } });
  const del = { content: { deleted: true } };
  const rows: Array<[string, Thing, { name?: string; content?: Entity['content'] }, string | undefined, Thing[], 2 | 3]> = [
    ['own todo, no assignee', todo(), del, 'ana', [], 2],
    ['own todo, assigned to the asker', todo({ assignee: 'ana' }), del, 'ana', [], 2],
    ['own todo, empty assignee', todo({ assignee: '' }), del, 'ana', [], 2],
    ['own reminder, no assignee', reminder({ assignee: null }), del, 'ana', [], 2],
    ['own reminder, assigned to the asker', reminder({ assignee: 'ana' }), del, 'ana', [], 2],
    ['another member\'s todo', todo({ assignee: 'alex' }), del, 'ana', [], 3],
    ['another member\'s reminder', reminder({ assignee: 'alex' }), del, 'ana', [], 3],
    ['a todo, asker unknown', todo(), del, undefined, [], 3],
    ['a todo, asker empty', todo(), del, '', [], 3],
    ['a plain note', { name: 'Wi-Fi', entity_type: 'note', content: { text: 'pw' } }, del, 'ana', [], 3],
    ['a note of another kind', { name: 'x', entity_type: 'note', content: { kind: 'recipe' } }, del, 'ana', [], 3],
    ['kind "todo" on a schedule', { name: 'x', entity_type: 'schedule', content: { kind: 'todo' } }, del, 'ana', [], 3],
    ['kind "reminder" on a note', { name: 'x', entity_type: 'note', content: { kind: 'reminder' } }, del, 'ana', [], 3],
    ['kind "reminder" on an automation', { name: 'x', entity_type: 'automation', content: { kind: 'reminder' } }, del, 'ana', [], 3],
    ['kind "todo" on a device', device('x', { kind: 'todo' }), del, 'ana', [], 3],
    ['a todo that also says it is a lock', todo({ type: 'lock' }), del, 'ana', [], 3],
    ['a reminder that drives a door', reminder(), del, 'ana', [{ name: 'Gate', entity_type: 'door', content: {} }], 3],
    ['a reminder that drives a light', reminder(), del, 'ana', [device('Porch', { type: 'light' })], 3],
    ['delete plus a rename', todo(), { name: 'eggs', content: { deleted: true } }, 'ana', [], 3],
    ['delete plus another key', todo(), { content: { deleted: true, assignee: 'alex' } }, 'ana', [], 3],
    ['delete plus a high key', reminder(), { content: { deleted: true, lock: 'unlocked' } }, 'ana', [], 3],
    ['a device', device('Lamp', { type: 'light' }), del, 'ana', [], 3],
    ['a room', { name: 'Kitchen', entity_type: 'room', content: {} }, del, 'ana', [], 3],
    ['a door', { name: 'Front', entity_type: 'door', content: {} }, del, 'ana', [], 3],
  ];
  it.each(rows)('%s', (_label, entity, change, asker, controlled, tier) => {
    expect(entityChangeTier(entity, change, controlled, asker)).toBe(tier);
  });

  it('not deleting an own todo keeps the usual tiers (an edit is 2, a privacy flip 3)', () => {
    expect(entityChangeTier(todo(), { content: { done: true } }, [], 'ana')).toBe(2);
    expect(entityChangeTier(todo(), { content: { private: true } }, [], 'ana')).toBe(3);
  });
});

// The property the issue asks for: no change whose keys touch a lock/door/garage/alarm/oven/heating capability is ever
// tier 2, whatever the name or language. Independent of the table: the words below come from the issue, not the code.
const HIGH_CAPABILITIES = ['lock_unlock', 'lock', 'door_lock', 'garage_door', 'open_close_door', 'alarm', 'arm_away', 'disarm', 'oven', 'heating', 'thermostat', 'LockMechanism', 'GarageDoorOpener', 'SecuritySystem', 'DoorLock', 'Thermostat', 'HeaterCooler'];
const HIGH_KEYS = ['lock', 'locked', 'lock_state', 'lockState', 'door', 'door_state', 'garage', 'garage_door', 'alarm', 'alarm_mode', 'armed', 'oven', 'oven_temperature', 'heating', 'heating_setpoint', 'setpoint', 'setpoint_c', 'target_state', 'targetTemperature'];
const LOW_NOISE = ['light', 'on_off', 'dimming', 'tv', 'scene', 'plug', 'blinds', 'speaker', 'fan'];
const ALL_TYPES: EntityType[] = ['home', 'room', 'device', 'zone', 'door', 'window', 'procedure', 'manual', 'note', 'schedule', 'automation', 'app'];

const names = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('Porch Light', 'Haustür', 'Serratura Ingresso', 'Lampe', '玄関', 'Lámpara'));
const askers = fc.option(fc.constantFrom('ana', 'alex', ''), { nil: undefined });
const value = fc.oneof(fc.string({ maxLength: 8 }), fc.boolean(), fc.integer(), fc.constant(null));

describe('entityChangeTier property', () => {
  it('a device with a high-risk capability is never tier 2 for a content change (≥ 1000 cases)', () => {
    fc.assert(
      fc.property(
        names,
        fc.constantFrom<EntityType>('device', 'door', 'window', 'schedule', 'automation'),
        fc.constantFrom(...HIGH_CAPABILITIES),
        fc.subarray(LOW_NOISE),
        fc.constantFrom('type', 'capabilities', 'device_type', 'category'),
        fc.dictionary(fc.constantFrom('power', 'level', 'volume', 'position', 'color'), value, { minKeys: 1 }),
        askers,
        (name, type, capability, noise, field, state, asker) => {
          const content = field === 'capabilities' ? { type: noise[0] ?? 'light', capabilities: [...noise, capability] } : { [field]: capability, capabilities: noise };
          expect(entityChangeTier({ name, entity_type: type, content }, { content: { state } }, [], asker)).toBe(3);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a change whose keys touch a high-risk key is never tier 2, on any entity (≥ 1000 cases)', () => {
    fc.assert(
      fc.property(
        names,
        fc.constantFrom(...ALL_TYPES),
        fc.subarray(LOW_NOISE),
        fc.constantFrom(...HIGH_KEYS),
        value,
        fc.boolean(),
        fc.option(names, { nil: undefined }),
        askers,
        (name, type, capabilities, key, v, nested, rename, asker) => {
          const content = nested ? { state: { [key]: v } } : { [key]: v };
          const tier = entityChangeTier({ name, entity_type: type, content: { type: capabilities[0] ?? 'light', capabilities } }, { content, ...(rename ? { name: rename } : {}) }, [], asker);
          expect(tier).toBe(3);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a delete is tier 2 only for the asker\'s own todo or reminder, deleted and nothing else (≥ 1000 cases)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_TYPES),
        fc.constantFrom('todo', 'reminder', 'recipe', undefined),
        fc.option(fc.constantFrom('ana', 'alex', ''), { nil: undefined }),
        askers,
        fc.subarray([...LOW_NOISE, ...HIGH_CAPABILITIES], { maxLength: 2 }),
        fc.dictionary(fc.constantFrom('done', 'title', 'assignee', ...HIGH_KEYS), value, { maxKeys: 2 }),
        fc.option(names, { nil: undefined }),
        (type, kind, assignee, asker, capabilities, extra, rename) => {
          const content = { ...(kind ? { kind } : {}), ...(assignee !== undefined ? { assignee } : {}), ...(capabilities.length ? { capabilities } : {}) };
          const change = { content: { ...extra, deleted: true }, ...(rename ? { name: rename } : {}) };
          const tier = entityChangeTier({ name: 'x', entity_type: type, content }, change, [], asker);
          const householdItem = (type === 'note' && kind === 'todo') || (type === 'schedule' && kind === 'reminder');
          const owned = asker !== undefined && asker !== '' && (assignee === undefined || assignee === '' || assignee === asker);
          const onlyDeletes = !rename && Object.keys(extra).length === 0; // an empty name is no rename (not sent)
          const highKind = capabilities.some((c) => HIGH_CAPABILITIES.includes(c));
          expect(tier).toBe(householdItem && owned && onlyDeletes && !highKind ? 2 : 3);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('entityChangeTier: a description says what a broadly typed device is or drives (issue 12, commands)', () => {
  const on = { content: { state: { power: 'on' } } };
  const appliance = (name: string, description: string, capabilities: string[] = ['on_off']): Thing => device(name, { type: 'appliance', description, capabilities });
  it('a plug or shutter described as harmless is tier 2', () => {
    expect(entityChangeTier(appliance('Zásuvka Akvárium', 'smart plug for the aquarium light'), on)).toBe(2);
    expect(entityChangeTier(appliance('Lišta Pracovna', 'smart power strip for the computer and monitors'), on)).toBe(2);
    expect(entityChangeTier(appliance('Žaluzie Obývák', 'motorised roller shutters', ['open_close', 'position']), { content: { state: { position: 30 } } })).toBe(2);
  });
  it('a description naming a risky load or kind keeps it tier 3, and no description is no evidence', () => {
    expect(entityChangeTier(appliance('Zásuvka Kolo', 'plug for the e-bike charger'), on)).toBe(3);
    expect(entityChangeTier(appliance('Zásuvka Koupelna', 'smart plug for the space heater'), on)).toBe(3);
    expect(entityChangeTier(appliance('Zásuvka Kuchyně', 'plug for the toaster and the kettle'), on)).toBe(3);
    expect(entityChangeTier(appliance('Brána', 'sliding gate to the courtyard', ['open_close']), on)).toBe(3);
    expect(entityChangeTier(device('Vrata', { type: 'security', description: 'roller shutter garage', capabilities: ['open_close'] }), on)).toBe(3);
    expect(entityChangeTier(device('Žaluzie Ložnice', { type: 'appliance', capabilities: ['open_close', 'position'] }), on)).toBe(3);
    // A change may not describe a thing into tier 2.
    expect(entityChangeTier(device('Spotřebič', { type: 'appliance' }), { content: { description: 'lamp' } })).toBe(3);
  });
});

describe('entityChangeTier: a model says what a broadly typed device is, like a description', () => {
  it('a model naming a shade is tier 2; a model naming a garage door opener or nothing keeps tier 3', () => {
    const position = { content: { state: { position: 40 } } };
    expect(entityChangeTier(device('Stínidlo', { type: 'appliance', model: 'Sonesse 40 Roller Shade', capabilities: ['open_close', 'position'] }), position)).toBe(2);
    expect(entityChangeTier(device('Vrata', { type: 'appliance', model: 'MSG100 Smart Garage Door Opener', capabilities: ['open_close'] }), position)).toBe(3);
    expect(entityChangeTier(device('Roleta', { type: 'appliance', model: 'Plus 2PM (cover mode)', capabilities: ['open_close', 'position'] }), position)).toBe(3);
  });
});

describe('entityChangeTier: a pump that makes vacuum is no vacuum cleaner (round 38)', () => {
  it('a pump with a vacuum capability stays tier 3; a robot vacuum is still tier 2', () => {
    const off = { content: { state: { power: 'off' } } };
    expect(entityChangeTier(device('Pompe', { type: 'pump', capabilities: ['on_off', 'vacuum'] }), off)).toBe(3);
    expect(entityChangeTier(device('Robot', { type: 'vacuum', capabilities: ['start_stop', 'dock'] }), off)).toBe(2);
  });
});
