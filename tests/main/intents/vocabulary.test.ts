// The home vocabulary: kinds read from every field a real home uses, the synonym lexicons (kinds, capabilities,
// places) kept as data, and what each gives for entities shaped like upstream exports.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-shared/protocol/entities';
import { capabilitiesOf, DEVICE_KINDS, headKindOfName, kindForPhrase, kindsOfEntity, loadKinds, phraseKey } from '../../../src-main/intents/deviceKinds';
import { placeAliases } from '../../../src-main/intents/placeVocabulary';

let n = 0;
function entity(entity_type: Entity['entity_type'], name: string, content: Record<string, unknown> = {}): Entity {
  n++;
  return { id: `e${n}`, version: `2026-01-01T00:00:00.000000+00:00-${String(n).padStart(6, '0')}-test`, entity_type, name, content, source_type: 'imported', user_id: 't', parent_versions: [] };
}

describe('kind lexicon', () => {
  it('is valid data: unique ids, includes refer to known kinds, every phrase normalises to something', () => {
    const ids = DEVICE_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of DEVICE_KINDS) for (const p of kind.phrases) expect(phraseKey(p), `${kind.id}: ${p}`).not.toBe('');
    expect(() => loadKinds({ kinds: [{ id: 'a', singular: 'a', plural: 'as', phrases: ['a'], types: [], includes: ['nope'] }] })).toThrow(/unknown kind/);
  });

  it.each([
    ['fridge', 'fridge'], ['refrigerator', 'fridge'], ['ac', 'air_conditioner'], ['air conditioner', 'air_conditioner'], ['mini split', 'air_conditioner'],
    ['tv', 'tv'], ['television', 'tv'], ['telly', 'tv'], ['bulb', 'light'], ['lamp', 'light'], ['deadbolt', 'lock'], ['lock', 'lock'],
    ['motion detector', 'motion_sensor'], ['climate', 'climate'], ['hvac', 'climate'], ['doorbell camera', 'doorbell'],
  ])('"%s" is the kind %s', (phrase, id) => {
    expect(kindForPhrase(phraseKey(phrase))?.id).toBe(id);
  });

  it('reads the head kind of a name: the rightmost kind phrase', () => {
    expect(headKindOfName('Mitsubishi PAR-42MAA Thermostat')?.id).toBe('thermostat');
    expect(headKindOfName('Kitchen Light Switch')?.id).toBe('switch');
    expect(headKindOfName('Smart Refrigerator')?.id).toBe('fridge');
    expect(headKindOfName('Front Door Contact Sensor')?.id).toBe('contact_sensor');
  });
});

describe('kinds of a device from every field', () => {
  it('name, alias, type (specific or broad) and, when nothing else says, capabilities', () => {
    expect([...kindsOfEntity(entity('device', 'Smart Thermostat', { type: 'climate' }))]).toEqual([['thermostat', 'name'], ['climate', 'type']]);
    expect(kindsOfEntity(entity('device', 'Hallway Unit', { type: 'climate', aliases: ['the aircon'] })).get('air_conditioner')).toBe('alias');
    expect(kindsOfEntity(entity('device', 'Hallway Motion', { type: 'security', capabilities: ['motion_detection'] })).get('motion_sensor')).toBe('capability');
    expect(kindsOfEntity(entity('device', 'Lounge Fridge', { category: 'Appliance' })).get('appliance')).toBe('type');
    // A named kind wins over capabilities: a video doorbell that detects motion is not a motion sensor.
    expect(kindsOfEntity(entity('device', 'Video Doorbell', { type: 'security', capabilities: ['motion_detection'] })).has('motion_sensor')).toBe(false);
  });
});

describe('capability lexicon', () => {
  it('adds the canonical name to whatever spelling a home uses', () => {
    expect(capabilitiesOf(entity('device', 'Lamp', { capabilities: ['on_off', 'brightness'] }))).toEqual(expect.arrayContaining(['brightness', 'dimming', 'on_off']));
    expect(capabilitiesOf(entity('device', 'Cam', { capabilities: ['video_streaming', 'Motion Detection'] }))).toEqual(expect.arrayContaining(['video', 'motion']));
  });
});

describe('place lexicon', () => {
  it('gives rooms their everyday and other-language names (as phrase keys); a shared meaning is never said alone', () => {
    const cocina = entity('room', 'Cocina');
    const salon = entity('room', 'Salón', { description: 'living room' });
    const master = entity('room', 'Master Bedroom');
    const guest = entity('room', 'Guest Bedroom');
    const first = entity('zone', 'First Floor');
    const aliases = placeAliases([cocina, salon, master, guest, first], new Set(['cocina', 'salon', 'master bedroom', 'guest bedroom', 'first floor']));
    expect(aliases.get(cocina)).toContain('kitchen');
    expect([...(aliases.get(salon) ?? [])]).toEqual(expect.arrayContaining(['living room', 'lounge']));
    expect([...(aliases.get(first) ?? [])]).toContain(phraseKey('upstairs'));
    expect([...(aliases.get(master) ?? [])]).not.toContain('bedroom');
    expect([...(aliases.get(master) ?? [])]).toContain('master dormitorio');
  });
});
