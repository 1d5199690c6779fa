// The evidence the risk tier is decided from, as data (ARCHITECTURE.md "Actions, approvals, audit"). Each row names a
// kind of thing by the machine words that describe it: `type`-like content fields, `capabilities` arrays, HomeKit
// service types, Matter device types, and the state keys a change touches. Names people give things never count: a lock
// named "Haustür" or "Serratura Ingresso" is a lock because of what it can do, not because of an English word.
// Tier 2 needs positive evidence of low risk; no evidence, or any high-risk evidence, is tier 3.

export type RiskLevel = 'low' | 'high';

export interface RiskEvidenceRow {
  /** What the row is about, for tests and reviews. */
  readonly id: string;
  readonly risk: RiskLevel;
  /** Words of `type`/`device_type`/`category`/`kind`/`class` values, capability names, HomeKit/Matter types. */
  readonly kinds: readonly string[];
  /** Words of content/state keys that, when a change touches them, make it this row's risk (high rows only). */
  readonly keys: readonly string[];
  /** High rows only: a rename alone stays tier 2 (heating); for the rest any change is tier 3. */
  readonly renameIsLow?: boolean;
  /** High rows only: a kind word may also be said as two words in a row of a description or model ("shop shutter"). */
  readonly saidAsTwo?: boolean;
}

/** Order does not matter: any high row that matches wins over every low row. */
export const RISK_EVIDENCE: readonly RiskEvidenceRow[] = [
  // High: security and safety. A change to one of these acts on locks, doors, alarms, heat or fire.
  { id: 'lock', risk: 'high', kinds: ['lock', 'locks', 'smartlock', 'doorlock', 'deadbolt', 'padlock', 'lockmechanism', 'lockmanagement', 'lockunlock', 'unlock', 'latch', 'keypad'], keys: ['lock', 'locked', 'unlock', 'unlocked', 'lockstate', 'locktargetstate', 'latch', 'deadbolt'] },
  { id: 'door', risk: 'high', kinds: ['door', 'doors', 'garagedoor', 'garagedooropener', 'opener', 'gate', 'gates', 'doorbell', 'entry', 'barrier'], keys: ['door', 'doors', 'gate', 'opener', 'targetdoorstate', 'currentdoorstate', 'targetstate'] },
  { id: 'garage', risk: 'high', kinds: ['garage', 'garagedoor', 'garagedooropener'], keys: ['garage'] },
  { id: 'alarm', risk: 'high', kinds: ['alarm', 'alarmpanel', 'securitysystem', 'security', 'siren', 'arm', 'armaway', 'armhome', 'armnight', 'disarm', 'intrusion'], keys: ['alarm', 'arm', 'armed', 'disarm', 'disarmed', 'armmode', 'securitysystemtargetstate', 'siren'] },
  { id: 'camera', risk: 'high', kinds: ['camera', 'cameras', 'videodoorbell', 'cameracontrol', 'camerartpstreammanagement', 'video', 'recording'], keys: ['recording', 'camera', 'privacymode'] },
  { id: 'oven', risk: 'high', kinds: ['oven', 'stove', 'cooktop', 'hob', 'range', 'cooker', 'cooksurface', 'microwave', 'fryer', 'kettle', 'grill', 'toaster', 'iron', 'fireplace', 'sauna', 'straightener', 'hotplate'], keys: ['oven', 'stove', 'cooktop', 'hob', 'burner'] },
  { id: 'heating', risk: 'high', renameIsLow: true, kinds: ['thermostat', 'heating', 'heater', 'heat', 'hvac', 'boiler', 'furnace', 'radiator', 'heatpump', 'heatercooler', 'temperaturecontrol', 'waterheater', 'underfloor',
    // Upstream homes type thermostats, mini-splits and AC units as `climate`: all of them set temperatures.
    'climate',
    // An electric blanket heats a bed: a heater ("plug for the electric blanket" drives one).
    'blanket', 'blankets',
    // The same in Spanish descriptions ("lámpara de calor para los pollitos", "calefactor del baño", "la terma").
    'calor', 'calefactor', 'calefacción', 'calefaccion', 'estufa', 'calentador', 'terma', 'radiador', 'frazada', 'hervidor', 'horno'], keys: ['heat', 'heating', 'heater', 'setpoint', 'setpointc', 'setpointf', 'targettemperature', 'heatingthresholdtemperature', 'coolingthresholdtemperature', 'targetheatingcoolingstate', 'boiler', 'furnace', 'thermostat'] },
  { id: 'water-and-power', risk: 'high', kinds: ['valve', 'irrigation', 'sprinkler', 'watervalve', 'mainswitch', 'breaker', 'ev', 'evcharger', 'charger'], keys: ['valve', 'breaker'] },
  // An engine that burns fuel (a standby generator, a diesel genset): starting one makes exhaust and can feed power
  // into the house wiring, so it is safety-relevant even when its capabilities only say start/stop.
  { id: 'fuel-engine', risk: 'high', kinds: ['generator', 'generators', 'genset', 'diesel', 'petrol', 'gasoline', 'fuel', 'multifuel'], keys: [] },
  // A shutter that closes a shop's front is the premises' door, not a window's cover ("rolling shop shutter motor",
  // "shop front shutter"): opening it opens the shop. Said in two words in descriptions and models, so read as a pair.
  { id: 'premises-shutter', risk: 'high', saidAsTwo: true, kinds: ['shopshutter', 'shopshutters', 'shopfront', 'storefront', 'securityshutter', 'securityshutters'], keys: [] },
  { id: 'roles', risk: 'high', kinds: ['role', 'roles', 'permission', 'permissions', 'user', 'users', 'access'], keys: ['role', 'roles', 'permission', 'permissions', 'access', 'owner', 'admin', 'private', 'guest', 'guests'] },

  // Low: positive evidence that a change is everyday and reversible.
  { id: 'light', risk: 'low', kinds: ['light', 'lights', 'lighting', 'lamp', 'lightbulb', 'bulb', 'dimmablelight', 'colortemperaturelight', 'extendedcolorlight', 'onofflight', 'ledstrip', 'strip', 'dimming', 'color', 'brightness',
    // A switch described in Spanish as the light it drives ("luz grande del patio central"); any heat word above still wins.
    'luz', 'luces', 'lámpara', 'lámparas', 'lampara', 'lamparas', 'foco', 'focos'], keys: [] },
  // A smart plug's model number says it is one as plainly as "smart plug" does (TP-Link Tapo P100/P110, Kasa EP10,
  // KP115, HS103…): a model read from the export, never a name.
  { id: 'plug', risk: 'low', kinds: ['plug', 'smartplug', 'outlet', 'onoffpluginunit', 'socket', 'p100', 'p105', 'p110', 'p115', 'ep10', 'ep25', 'kp115', 'kp125', 'hs100', 'hs103', 'hs105', 'hs110'], keys: [] },
  { id: 'blinds', risk: 'low', kinds: ['blind', 'blinds', 'shade', 'shades', 'shading', 'curtain', 'curtains', 'windowcovering', 'shutter', 'shutters', 'awning', 'rollerblind', 'rollerblinds',
    // A window covering's model family says it is one as plainly as "roller blind" does (IKEA FYRTUR/KADRILJ/PRAKTLYSING/
    // TREDANSEN blinds; Somfy RS100/Oximo roller-shutter, Sonesse shade, Glydea curtain motors), as does the German trade
    // word on a drive ("Rollladenantrieb", "Raffstore", "Jalousie"): a model read from the export, never a name.
    'fyrtur', 'kadrilj', 'praktlysing', 'tredansen', 'rs100', 'oximo', 'sonesse', 'glydea', 'rollladen', 'rollladenantrieb', 'raffstore', 'jalousie', 'jalousien'], keys: [] },
  { id: 'media', risk: 'low', kinds: ['tv', 'television', 'speaker', 'mediaplayer', 'media', 'soundbar', 'receiver', 'playpause', 'volume', 'input', 'casting', 'speakers', 'entertainment'], keys: [] },
  { id: 'scene', risk: 'low', kinds: ['scene', 'scenes'], keys: [] },
  { id: 'comfort', risk: 'low', kinds: ['fan', 'vacuum', 'robotvacuum', 'purifier', 'airpurifier', 'humidifier', 'dehumidifier', 'speed', 'dock', 'startstop', 'map'], keys: [] },
  { id: 'sensor', risk: 'low', kinds: ['sensor', 'motionsensor', 'contactsensor', 'humiditysensor', 'leaksensor', 'temperaturesensor', 'illuminance', 'motion', 'contact', 'humidity', 'leak', 'battery'], keys: [] },
];

/** Generic words that say nothing about risk (e.g. `on_off` is both a lamp's and an oven's). */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(['on', 'off', 'onoff', 'power', 'state', 'level', 'mode', 'status', 'timer', 'schedule', 'smart', 'device']);

/** Content fields whose string values say what a device is. */
export const KIND_FIELDS = ['type', 'device_type', 'category', 'kind', 'class', 'homekit_service', 'homekit_services', 'matter_device_type', 'matter_device_types', 'service_type', 'services', 'capabilities', 'traits', 'clusters'] as const;

/**
 * Splits a machine word into lowercase parts and their joined form: "LockMechanism" → lock, mechanism, lockmechanism;
 * "garage_door" → garage, door, garagedoor. Letters outside a–z (any language) stay in the parts, so they simply match
 * nothing in the table.
 */
export function evidenceWords(value: string): string[] {
  const spaced = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase();
  const parts = spaced.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const joined = parts.join('');
  return joined && !parts.includes(joined) ? [...parts, joined] : parts;
}

interface RiskIndex {
  kinds: Map<string, RiskEvidenceRow[]>;
  keys: Map<string, RiskEvidenceRow[]>;
}

function buildIndex(rows: readonly RiskEvidenceRow[]): RiskIndex {
  const kinds = new Map<string, RiskEvidenceRow[]>();
  const keys = new Map<string, RiskEvidenceRow[]>();
  const add = (map: Map<string, RiskEvidenceRow[]>, word: string, row: RiskEvidenceRow): void => {
    map.set(word, [...(map.get(word) ?? []), row]);
  };
  for (const row of rows) {
    for (const kind of row.kinds) add(kinds, kind, row);
    for (const key of row.keys) add(keys, key, row);
  }
  return { kinds, keys };
}

const INDEX = buildIndex(RISK_EVIDENCE);

/** Two words in a row of a description or model that together are a kind word of a high row ("shop shutter"). */
export function highPairWords(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const joined = `${parts[i] ?? ''}${parts[i + 1] ?? ''}`;
    if ((INDEX.kinds.get(joined) ?? []).some((row) => row.saidAsTwo === true && row.risk === 'high')) out.push(joined);
  }
  return out;
}

/** The rows a set of kind words matches. */
export function rowsForKinds(words: Iterable<string>): RiskEvidenceRow[] {
  const found = new Set<RiskEvidenceRow>();
  for (const word of words) for (const row of INDEX.kinds.get(word) ?? []) found.add(row);
  return [...found];
}

/** The high-risk rows whose keys a changed key path touches (any part of any key, e.g. `state.lock_state`). */
export function highRowsForKeys(keyWords: Iterable<string>): RiskEvidenceRow[] {
  const found = new Set<RiskEvidenceRow>();
  for (const word of keyWords) {
    for (const row of INDEX.keys.get(word) ?? []) found.add(row);
    // Setpoints come in many spellings: setpoint_c, heating_setpoint, setpointHigh…
    if (word.startsWith('setpoint')) for (const row of INDEX.keys.get('setpoint') ?? []) found.add(row);
  }
  return [...found];
}
