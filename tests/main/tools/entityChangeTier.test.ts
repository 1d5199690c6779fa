import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-shared/protocol/entities';
import { entityChangeTier } from '../../../src-main/tools/entityChangeTier';

type Thing = Pick<Entity, 'name' | 'content' | 'entity_type'>;
const device = (name: string, content: Entity['content'] = {}): Thing => ({ name, content, entity_type: 'device' });

describe('entityChangeTier', () => {
  it('rates ordinary device changes 2', () => {
    expect(entityChangeTier(device('Ceiling Light', { type: 'light' }), { content: { state: { power: 'off' } } })).toBe(2);
    expect(entityChangeTier(device('Scene Button', { type: 'scene' }), { name: 'Movie Scene' })).toBe(2);
    expect(entityChangeTier({ name: 'Shopping', content: {}, entity_type: 'note' }, { content: { text: 'eggs' } })).toBe(2);
  });

  it('rates security and safety devices 3, whether the kind is in content or in the name', () => {
    expect(entityChangeTier(device('Front Door', { type: 'smart_lock' }), { content: { state: { locked: false } } })).toBe(3);
    expect(entityChangeTier(device('Garage Door Opener', { type: 'opener' }), { content: { state: { open: true } } })).toBe(3);
    expect(entityChangeTier(device('Alarm Panel'), { name: 'Alarm' })).toBe(3);
    expect(entityChangeTier(device('Kitchen Range', { device_type: 'oven' }), { content: { state: { power: 'on' } } })).toBe(3);
    expect(entityChangeTier(device('Porch Cam', { category: 'camera' }), { content: { state: { recording: false } } })).toBe(3);
    expect(entityChangeTier({ name: 'Back door', content: {}, entity_type: 'door' }, { content: { open: true } })).toBe(3);
  });

  it('rates heating content changes 3 but a thermostat rename 2', () => {
    const thermostat = device('Hallway Thermostat', { type: 'thermostat' });
    expect(entityChangeTier(thermostat, { content: { state: { setpoint: 25 } } })).toBe(3);
    expect(entityChangeTier(thermostat, { name: 'Hall Thermostat' })).toBe(2);
  });

  it('rates every delete 3, even of a note', () => {
    expect(entityChangeTier({ name: 'Old note', content: {}, entity_type: 'note' }, { content: { deleted: true } })).toBe(3);
    expect(entityChangeTier(device('Lamp', { type: 'light' }), { content: { deleted: true } })).toBe(3);
  });

  it('does not escalate non-devices by their name (renaming the Garage room is 2)', () => {
    expect(entityChangeTier({ name: 'Garage', content: {}, entity_type: 'room' }, { name: 'Workshop' })).toBe(2);
  });
});
