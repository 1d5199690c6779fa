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

describe('kinds in other languages and in compound words', () => {
  it.each([
    ['kamera', 'camera'], ['cámara', 'camera'], ['caméra', 'camera'], ['telecamera', 'camera'],
    ['lautsprecher', 'speaker'], ['altavoz', 'speaker'], ['enceinte', 'speaker'], ['altoparlante', 'speaker'], ['luidspreker', 'speaker'],
    ['kühlschrank', 'fridge'], ['nevera', 'fridge'], ['frigorífico', 'fridge'], ['réfrigérateur', 'fridge'], ['frigo', 'fridge'], ['koelkast', 'fridge'],
    ['klimagerät', 'air_conditioner'], ['klimaanlage', 'air_conditioner'], ['aire acondicionado', 'air_conditioner'], ['climatiseur', 'air_conditioner'], ['condizionatore', 'air_conditioner'],
    ['heizung', 'thermostat'], ['calefacción', 'thermostat'], ['chauffage', 'thermostat'], ['heizkörper', 'heater'], ['radiador', 'heater'], ['termostato', 'thermostat'],
    ['waschmaschine', 'washing_machine'], ['lavadora', 'washing_machine'], ['lave-linge', 'washing_machine'], ['lavatrice', 'washing_machine'], ['wasmachine', 'washing_machine'],
    ['geschirrspüler', 'dishwasher'], ['spülmaschine', 'dishwasher'], ['lavavajillas', 'dishwasher'], ['lave-vaisselle', 'dishwasher'],
    ['licht', 'light'], ['lampe', 'light'], ['leuchte', 'light'], ['luz', 'light'], ['lámpara', 'light'], ['lumière', 'light'], ['luce', 'light'],
    ['steckdose', 'switch'], ['enchufe', 'switch'], ['prise', 'switch'], ['presa', 'switch'],
    ['schloss', 'lock'], ['türschloss', 'lock'], ['cerradura', 'lock'], ['serrure', 'lock'], ['serratura', 'lock'],
    ['rauchmelder', 'smoke_alarm'], ['detector de humo', 'smoke_alarm'], ['détecteur de fumée', 'smoke_alarm'],
    ['bewegungsmelder', 'motion_sensor'], ['sensor de movimiento', 'motion_sensor'], ['détecteur de mouvement', 'motion_sensor'],
    ['rollladen', 'blind'], ['jalousie', 'blind'], ['persiana', 'blind'], ['volet', 'blind'],
    ['fernseher', 'tv'], ['televisor', 'tv'], ['télé', 'tv'], ['router', 'router'],
    ['staubsauger', 'vacuum'], ['aspiradora', 'vacuum'], ['aspirateur', 'vacuum'],
    ['mähroboter', 'mower'], ['rasenmäher', 'mower'], ['cortacésped', 'mower'], ['tondeuse', 'mower'], ['robot mower', 'mower'],
    ['kaffeemaschine', 'coffee_maker'], ['kaffeevollautomat', 'coffee_maker'], ['cafetera', 'coffee_maker'],
    ['backofen', 'oven'], ['ofen', 'oven'], ['horno', 'oven'],
    ['garagentor', 'garage_door'], ['puerta de garaje', 'garage_door'], ['porte de garage', 'garage_door'],
    ['türklingel', 'doorbell'], ['timbre', 'doorbell'], ['sonnette', 'doorbell'], ['babyphone', 'baby_monitor'],
  ])('"%s" is the kind %s', (phrase, id) => {
    expect(kindForPhrase(phraseKey(phrase))?.id).toBe(id);
  });

  it.each([
    ['Dachbodenkamera', 'camera'], ['Bad Lautsprecher', 'speaker'], ['Badlautsprecher', 'speaker'], ['Frigorífico', 'fridge'],
    ['Heizkörperthermostat', 'radiator_valve'], ['Klimagerät Büro', 'air_conditioner'], ['Wohnzimmer Deckenlicht', 'light'],
    ['Gartenkamera Süd', 'camera'], ['Kinderzimmer Heizung', 'thermostat'], ['Rollladen Wohnzimmer', 'blind'],
  ])('finds the kind of the name "%s" (also inside compound words): %s', (name, id) => {
    expect(headKindOfName(name)?.id).toBe(id);
  });

  it.each(['Orange Box', 'Enterprise Box', 'Camping Box', 'Badezimmer', 'Ofenrohr Deko', 'Stormy'])('short or English words inside other words are no kind: "%s"', (name) => {
    expect(headKindOfName(name)).toBeUndefined();
  });

  it('reads the kind from the model when the name and type do not say', () => {
    const device = entity('device', 'Living Room Unit', { type: 'entertainment', model: 'Smart Speaker 500' });
    expect(kindsOfEntity(device).get('speaker')).toBe('model');
    expect(kindsOfEntity(entity('device', 'Hall Unit', { manufacturer: 'Ecobee' })).get('thermostat')).toBe('model');
    expect(kindsOfEntity(entity('device', 'Floor Bot', { manufacturer: 'Roborock', model: 'S8' })).get('vacuum')).toBe('model');
    // A name that says the kind wins over the model.
    expect(kindsOfEntity(entity('device', 'Hallway Thermostat', { model: 'Smart Speaker 500' })).has('speaker')).toBe(false);
  });

  it.each([
    [['video_streaming'], 'camera'], [['night_vision'], 'camera'], [['audio_playback'], 'speaker'], [['volume'], 'speaker'],
    [['mowing'], 'mower'], [['fan_speed'], 'fan'], [['temperature_control', 'fan_speed'], 'air_conditioner'], [['temperature_control', 'mode'], 'air_conditioner'],
    [['heating'], 'heater'], [['temperature_control', 'setpoint'], 'thermostat'], [['start_stop', 'mowing'], 'mower'],
  ])('capabilities %j suggest the kind %s when nothing else says', (capabilities, id) => {
    expect(kindsOfEntity(entity('device', 'Unit 7', { capabilities })).get(id)).toBe('capability');
  });

  it('a set of capabilities needs all of its members', () => {
    expect(kindsOfEntity(entity('device', 'Unit 8', { capabilities: ['mode'] })).has('air_conditioner')).toBe(false);
  });
});

describe('place lexicon: everyday English names meet German, Spanish, French, Italian room names', () => {
  it.each([
    ['Wohnzimmer', 'living room'], ['Kinderzimmer', 'kids room'], ['Schlafzimmer', 'bedroom'], ['Küche', 'kitchen'], ['Bad', 'bathroom'],
    ['Badezimmer', 'bathroom'], ['Keller', 'basement'], ['Flur', 'hallway'], ['Diele', 'hallway'], ['Garten', 'garden'], ['Arbeitszimmer', 'office'],
    ['Dachboden', 'attic'], ['Waschküche', 'laundry room'], ['Sala de estar', 'living room'], ['Dormitorio', 'bedroom'], ['Baño', 'bathroom'],
    ['Sótano', 'basement'], ['Pasillo', 'hallway'], ['Jardín', 'garden'], ['Oficina', 'office'], ['Cuisine', 'kitchen'], ['Chambre', 'bedroom'],
    ['Salle de bain', 'bathroom'], ['Cave', 'basement'], ['Couloir', 'hallway'], ['Bureau', 'office'], ['Soggiorno', 'living room'],
    ['Cucina', 'kitchen'], ['Camera da letto', 'bedroom'], ['Bagno', 'bathroom'], ['Cantina', 'basement'], ['Corridoio', 'hallway'],
    ['Giardino', 'garden'], ['Ufficio', 'office'], ['Grenier', 'attic'],
  ])('a room named "%s" is also the %s', (name, everyday) => {
    const room = entity('room', name);
    expect([...(placeAliases([room], new Set([phraseKey(name)])).get(room) ?? [])]).toContain(phraseKey(everyday));
  });

  it('words that are also everyday English ("bad", "cave") name a room in its language but are never said for another', () => {
    const bathroom = entity('room', 'Bathroom');
    const basement = entity('room', 'Basement');
    const aliases = placeAliases([bathroom, basement], new Set(['bathroom', 'basement']));
    expect([...(aliases.get(bathroom) ?? [])]).not.toContain('bad');
    expect([...(aliases.get(basement) ?? [])]).not.toContain('cave');
    expect([...(aliases.get(basement) ?? [])]).toContain('keller');
  });
});
