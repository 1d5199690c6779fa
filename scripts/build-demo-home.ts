// Builds resources/demo-home.json: the invented "Hartley House" that ships with the app so a new user (and every test)
// has a realistic graph to talk to. The committed JSON must equal buildDemoHome() (tests/main/graph/demoHome.test.ts),
// so edit this file, never the JSON. To rewrite the JSON:
//   WRITE_DEMO_HOME=1 npx vitest run tests/main/graph/demoHome.test.ts
// Output is deterministic: entity ids are fixed literals, edge ids are hashes of their endpoints and type, and
// versions come from a fixed clock, so regenerating without edits gives byte-identical JSON.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  homeFileSchema,
  type EntityContent,
  type EntityType,
  type Entity,
  type HomeFile,
  type Relationship,
  type RelationshipType,
  type SourceType,
} from '../src-shared/protocol/entities';
import { formatVersion } from '../src-shared/protocol/version';

const USER = 'demo';
/** 2026-01-10T09:00:00Z: the day the household "set up" the app. */
const BASE_MICROS = Date.UTC(2026, 0, 10, 9, 0, 0) * 1000;
/** Later edits (the second versions) happen a few weeks after setup. */
const EDIT_BASE_MICROS = Date.UTC(2026, 1, 3, 18, 30, 0) * 1000;

// Generated once with crypto.randomUUID() and committed: entity ids must never change between builds.
const IDS = {
  home: '6697df7d-610d-4c56-b3a0-0289c96f5f40',
  groundFloor: '8cfffca0-3d2d-4617-b3ff-3d10f6181deb',
  upstairs: '8ac1b0f2-4401-45e9-91f6-ee977bff3b49',
  outdoors: 'ebc01e28-aa53-40c4-ab00-074a827cff1d',
  hallway: '40cf1633-e92a-4f73-8141-b3bc0af5c638',
  livingRoom: '3c89541b-038e-41bd-a90c-e3d0effe9b74',
  kitchen: '108a01fc-fdae-42a2-b94e-d8606670d697',
  diningRoom: 'a204196a-1a44-4916-9911-fe41b656e49c',
  pantry: '0ce1eb1f-3e57-46ae-96f4-a93a78313434',
  utilityRoom: '7f33eb7f-c25e-4168-a2e3-f36c5ff3e7b9',
  study: 'af08d1fa-e302-41ae-b0ce-c327c2141e3c',
  landing: 'ad8f3816-331c-45bd-ac32-e776ac9f442b',
  masterBedroom: '4b09d6fc-b3b2-41c0-934c-25ecbf6df0f4',
  guestBedroom: '93a195fc-2cae-4b6c-a436-1f4f6aa646aa',
  kidsRoom: 'f336d58b-83dd-47ff-9698-09c83ec48958',
  bathroom: '0a7ad062-90ac-4018-8aca-63f3377fc56b',
  garage: 'b4453ccc-4acb-4562-bf42-4a36d4a28478',
  backGarden: '0c41322a-c9ad-4b46-98cf-0a78d9d1f2c3',
  frontPorch: 'f7d6fa8b-f0c0-4dae-8f0f-1d69d772c408',
  frontDoor: '43cfe721-1b99-4cc5-a8e7-035789ab6df1',
  backDoor: 'b3795b3b-e6d9-46d7-98b0-4ca3b746152b',
  garageSideDoor: '983e580a-7b51-41ec-8ce6-2d459b072729',
  livingRoomBayWindow: '115250cb-4320-42fe-9635-afa49e750abd',
  kitchenWindow: '71522e4d-2977-49f0-a2de-f3271abc0cbb',
  masterBedroomWindow: 'bcad3359-bd25-42d2-adcd-9b54cf4c98a1',
  landingSkylight: '5f0563bc-1ea4-4153-82f2-20c04106ddc3',
  hallwayLight: '25b5fcee-e392-4343-b4ae-5c398dd39e57',
  livingRoomCeilingLight: 'b1c6e8ef-6ca1-49ea-9f89-ca3d86894953',
  livingRoomFloorLamp: 'b854711d-b520-407d-8543-acdfc0d9b364',
  kitchenCeilingLight: '7c2e3f0d-af67-4d78-9f3e-387cd7a39de2',
  kitchenUnderCabinetLights: 'af9b6431-83f2-4577-b1ce-a68a770f7271',
  diningRoomPendant: '255f001b-4d9d-45d7-a434-a6f834fcf5a0',
  masterBedroomLight: '7dd65d96-a6bd-461d-bb01-eb2af6a3a6ed',
  bedsideLamp: '65661f37-f21a-4659-9f14-8074cbf72e98',
  kidsNightLight: '7b254ded-6391-4f4c-8c37-8e88503d7341',
  porchLight: '8292d13a-2c44-49c7-8152-25ef7b0baba7',
  frontDoorLock: 'de1a3854-c6a4-420e-b57a-afd2d125aea2',
  backDoorLock: 'cdf51b6a-ec81-46ec-bdfd-ffb9864c6129',
  garageDoor: 'c809a5c7-d0db-403c-ad2a-ef29625dfdc0',
  hallwayThermostat: '7aa9bc5e-ce89-4e2f-8fed-0816f9f7e2f0',
  upstairsThermostat: '7a56902d-2af8-4a61-b7ed-3c7b31d7284d',
  frontDoorSensor: 'e0eb1c60-0c16-4778-9065-65fd4fcbfc29',
  hallwayMotionSensor: '4c6da52b-7ffc-4614-9cad-fa25c5fae16a',
  kitchenSmokeAlarm: '9d5c8e85-d688-412d-8b54-97773207d20e',
  landingSmokeAlarm: 'eb686942-6fb8-449b-9d4c-b7ed4f49f4e6',
  bathroomHumiditySensor: 'ffe864cd-247a-4ed2-9116-fcd83b6f02c7',
  utilityLeakSensor: 'a721f645-b477-4558-aacb-5d77e2cac607',
  livingRoomTv: 'a28f2c8f-27d3-430d-bab3-b9b14463db31',
  kitchenSpeaker: '7fc82a24-344a-499a-ad47-95f315e4fdf6',
  frontDoorCamera: '8a51c4c2-8a6d-474a-90c4-7b104a7b33d9',
  oven: '3b43a9dd-9792-4057-8622-fe9b4acaa6a7',
  fridge: 'e1425b8f-861d-49a1-8405-4998d6dfaaa0',
  washingMachine: 'b61eb050-ebf0-4bf4-acde-6658df78233c',
  alarmPanel: '7cf37a75-1ee4-4587-9778-cc8f21458f21',
  robotVacuum: '0b00a28c-c24c-4074-8d17-bf5efe103943',
  hueBridge: '6bede875-2aa7-4106-9325-f416606dbc26',
  router: '2c9343db-2a71-45dd-be2f-a6a12849cc5f',
  irrigationController: 'ca33741d-7e1a-44c2-9a97-e8006ca4e813',
  extractorFan: '1b812c56-ce8d-4f02-8a3f-ff96f1e2f3c6',
  bedroomAirConditioner: '1134235d-c44b-473a-8107-8c3bdf9294da',
  procResetThermostat: '30a328ba-7673-4ed8-b7c5-757a56b1133a',
  procSmokeAlarmBattery: '2a4f2c76-d11c-41dd-8ea6-2606b87541c2',
  procEmptyVacuum: '44c12750-7f07-467f-954f-e3d88bd6ac4b',
  procResetGarageDoor: '1f8501cd-e5bf-4a1f-8ce8-34d6f8977869',
  manualThermostat: '9f4f6a3f-8f0a-4e8d-87f5-d0c62ef9daf2',
  manualOven: '4661a9be-9533-4f24-b9d2-a184a5d3e2ef',
  manualGarageDoor: '19339cb8-3509-4143-a6c8-064b546daf81',
  manualVacuum: 'fe5d57cb-1185-4347-9422-c84268574518',
  manualLock: 'cbe34664-0cd8-47c7-ae7b-274adec507b7',
  noteSpareKey: '7a5e41e0-7512-4e17-b91f-2f0f180f50bb',
  noteBoilerService: 'c79fcd1d-e613-4b77-a12f-b276c562da00',
  noteBinDays: 'b553d5f4-98d0-4fbe-85b1-19d9a6ff115b',
  noteFloorPlan: '2c08107f-4f1f-409b-b6b6-640d74d790f7',
  scheduleHeating: '4d0e9288-348d-4116-ae72-7b5a49f17250',
  scheduleWatering: '58d6af67-3f83-411f-9e69-608109bc4a6c',
  scheduleVacuum: '5a6f7ac5-1c0b-46bf-af6c-fa9a0ad0b825',
  autoHallwayMotion: 'b094c668-509f-4815-94e0-e29407725d75',
  autoGoodNight: 'c1bc0457-bb44-4363-897a-3e4b31bde94d',
  autoBathroomFan: 'af907bdd-db43-452a-bc88-3c3c946cb47c',
  autoLeakAlert: 'cf8cd67b-e946-4446-aba3-92559e060c18',
  autoWelcomeHome: '761a158f-8c33-4890-a057-a6faa135b8df',
  appHue: '62db7e3b-3e1b-441e-9906-aa8b2083bf2c',
  appYale: '3f1862e1-2472-49c1-933c-24d5b7218f7f',
  appNest: '5a3231c7-d4e2-4ba9-b555-13015b6d1023',
} as const;

type Key = keyof typeof IDS;

interface EntitySpec {
  key: Key;
  type: EntityType;
  name: string;
  content: EntityContent;
  source?: SourceType;
  /** Older versions, oldest first; the spec's own name/content is the current version. */
  history?: Array<{ name?: string; content: EntityContent }>;
}

interface EdgeSpec {
  from: Key;
  type: RelationshipType;
  to: Key;
  properties?: EntityContent;
}

function light(
  manufacturer: string,
  model: string,
  power: 'on' | 'off',
  level: number,
  extra: EntityContent = {},
): EntityContent {
  return {
    type: 'light',
    manufacturer,
    model,
    capabilities: ['on_off', 'dimming'],
    network: 'zigbee',
    power_source: 'mains',
    state: { power, level },
    ...extra,
  };
}

function batterySensor(
  type: string,
  manufacturer: string,
  model: string,
  batteryPct: number,
  state: EntityContent,
  capabilities: string[],
): EntityContent {
  return { type, manufacturer, model, capabilities, network: 'zigbee', power_source: 'battery', battery_pct: batteryPct, state };
}

const ENTITIES: EntitySpec[] = [
  {
    key: 'home',
    type: 'home',
    name: 'Hartley House',
    content: {
      description: 'A two-storey, four-bedroom-sized family house with an attached garage and a back garden.',
      address: '14 Orchard Lane',
      timezone: 'Europe/London',
      residents: ['Sam', 'Priya', 'Leo (9)', 'Maya (6)'],
    },
  },
  // Zones: floors are zones with kind "floor".
  { key: 'groundFloor', type: 'zone', name: 'Ground Floor', content: { kind: 'floor', level: 0, aliases: ['downstairs'] } },
  { key: 'upstairs', type: 'zone', name: 'Upstairs', content: { kind: 'floor', level: 1, aliases: ['first floor'] } },
  { key: 'outdoors', type: 'zone', name: 'Outdoors', content: { kind: 'outdoor', description: 'Garage, porch and garden' } },
  // Rooms.
  { key: 'hallway', type: 'room', name: 'Hallway', content: { area_m2: 9, floor: 0 } },
  { key: 'livingRoom', type: 'room', name: 'Living Room', content: { area_m2: 24, floor: 0 } },
  { key: 'kitchen', type: 'room', name: 'Kitchen', content: { area_m2: 16, floor: 0 } },
  { key: 'diningRoom', type: 'room', name: 'Dining Room', content: { area_m2: 12, floor: 0 } },
  { key: 'pantry', type: 'room', name: 'Pantry', content: { area_m2: 3, floor: 0, notes: 'Walk-in, no smart devices' } },
  { key: 'utilityRoom', type: 'room', name: 'Utility Room', content: { area_m2: 6, floor: 0 } },
  { key: 'study', type: 'room', name: 'Study', content: { area_m2: 8, floor: 0 } },
  { key: 'landing', type: 'room', name: 'Landing', content: { area_m2: 7, floor: 1 } },
  { key: 'masterBedroom', type: 'room', name: 'Master Bedroom', content: { area_m2: 18, floor: 1 } },
  { key: 'guestBedroom', type: 'room', name: 'Guest Bedroom', content: { area_m2: 11, floor: 1, notes: 'No smart devices yet' } },
  { key: 'kidsRoom', type: 'room', name: "Kids' Room", content: { area_m2: 14, floor: 1 } },
  { key: 'bathroom', type: 'room', name: 'Family Bathroom', content: { area_m2: 8, floor: 1 } },
  { key: 'garage', type: 'room', name: 'Garage', content: { area_m2: 20, floor: 0, kind: 'garage' } },
  { key: 'backGarden', type: 'room', name: 'Back Garden', content: { area_m2: 140, kind: 'garden' } },
  { key: 'frontPorch', type: 'room', name: 'Front Porch', content: { area_m2: 4, kind: 'porch' } },
  // Doors and windows.
  { key: 'frontDoor', type: 'door', name: 'Front Door', content: { material: 'composite', has_lock: true } },
  { key: 'backDoor', type: 'door', name: 'Back Door', content: { material: 'glazed uPVC', has_lock: true } },
  { key: 'garageSideDoor', type: 'door', name: 'Garage Side Door', content: { material: 'steel', has_lock: false } },
  { key: 'livingRoomBayWindow', type: 'window', name: 'Living Room Bay Window', content: { opens: false, glazing: 'double' } },
  { key: 'kitchenWindow', type: 'window', name: 'Kitchen Window', content: { opens: true, glazing: 'double' } },
  { key: 'masterBedroomWindow', type: 'window', name: 'Master Bedroom Window', content: { opens: true, glazing: 'double' } },
  { key: 'landingSkylight', type: 'window', name: 'Landing Skylight', content: { opens: true, glazing: 'triple', kind: 'roof' } },
  // Lights.
  { key: 'hallwayLight', type: 'device', name: 'Hallway Light', source: 'homekit', content: light('Philips Hue', 'LWA-017 White', 'off', 0) },
  {
    key: 'livingRoomCeilingLight',
    type: 'device',
    name: 'Living Room Ceiling Light',
    source: 'homekit',
    content: light('Philips Hue', 'LCA-009 White and Colour', 'on', 70, { capabilities: ['on_off', 'dimming', 'color'] }),
  },
  { key: 'livingRoomFloorLamp', type: 'device', name: 'Living Room Floor Lamp', source: 'homekit', content: light('Philips Hue', 'LTG-204 Signe Floor', 'on', 35) },
  { key: 'kitchenCeilingLight', type: 'device', name: 'Kitchen Ceiling Light', source: 'homekit', content: light('Philips Hue', 'LWA-017 White', 'on', 100) },
  {
    key: 'kitchenUnderCabinetLights',
    type: 'device',
    name: 'Kitchen Under-Cabinet Lights',
    source: 'matter',
    content: light('Nanoleaf', 'NL-ST2 Light Strip', 'off', 0, { network: 'thread' }),
  },
  { key: 'diningRoomPendant', type: 'device', name: 'Dining Room Pendant Light', source: 'homekit', content: light('Philips Hue', 'LWV-118 Filament', 'off', 0) },
  { key: 'masterBedroomLight', type: 'device', name: 'Master Bedroom Ceiling Light', source: 'homekit', content: light('Philips Hue', 'LWA-017 White', 'off', 0) },
  { key: 'bedsideLamp', type: 'device', name: 'Bedside Lamp', source: 'homekit', content: light('Philips Hue', 'LCT-033 Go Portable', 'on', 20) },
  {
    key: 'kidsNightLight',
    type: 'device',
    name: "Kids' Room Night Light",
    source: 'matter',
    content: light('IKEA', 'TRD-502 Tradfri Night', 'on', 5, { network: 'thread', capabilities: ['on_off', 'dimming', 'color'] }),
  },
  { key: 'porchLight', type: 'device', name: 'Porch Light', source: 'homekit', content: light('Philips Hue', 'LOW-221 Outdoor Wall', 'off', 0) },
  // Locks, garage door, thermostats.
  {
    key: 'frontDoorLock',
    type: 'device',
    name: 'Front Door Lock',
    source: 'homekit',
    content: {
      type: 'lock', manufacturer: 'Yale', model: 'YL-Linus 3', capabilities: ['lock_unlock', 'auto_lock'],
      network: 'bluetooth', power_source: 'battery', battery_pct: 64, state: { lock: 'locked' },
    },
  },
  {
    key: 'backDoorLock',
    type: 'device',
    name: 'Back Door Lock',
    source: 'homekit',
    content: {
      type: 'lock', manufacturer: 'Yale', model: 'YL-Conexis 2', capabilities: ['lock_unlock'],
      network: 'bluetooth', power_source: 'battery', battery_pct: 18, state: { lock: 'unlocked' },
    },
  },
  {
    key: 'garageDoor',
    type: 'device',
    name: 'Garage Door',
    source: 'matter',
    content: {
      type: 'garage_door', manufacturer: 'Chamberlain', model: 'CG-850 Opener', capabilities: ['open_close'],
      network: 'wifi', ip: '192.168.1.41', power_source: 'mains', state: { door: 'closed' },
    },
  },
  {
    key: 'hallwayThermostat',
    type: 'device',
    name: 'Hallway Thermostat',
    source: 'matter',
    content: {
      type: 'thermostat', manufacturer: 'Nest', model: 'NT-3E Learning', capabilities: ['heat', 'schedule'],
      network: 'wifi', power_source: 'mains', zone: 'downstairs heating',
      state: { mode: 'heat', setpoint_c: 20.5, current_c: 19.8 },
    },
    history: [
      {
        content: {
          type: 'thermostat', manufacturer: 'Nest', model: 'NT-3E Learning', capabilities: ['heat', 'schedule'],
          network: 'wifi', power_source: 'mains', zone: 'downstairs heating',
          state: { mode: 'heat', setpoint_c: 19, current_c: 18.6 },
        },
      },
    ],
  },
  {
    key: 'upstairsThermostat',
    type: 'device',
    name: 'Upstairs Thermostat',
    source: 'matter',
    content: {
      type: 'thermostat', manufacturer: 'Nest', model: 'NT-3E Learning', capabilities: ['heat', 'schedule'],
      network: 'wifi', power_source: 'mains', zone: 'upstairs heating',
      state: { mode: 'eco', setpoint_c: 17, current_c: 18.2 },
    },
  },
  // Battery sensors.
  {
    key: 'frontDoorSensor',
    type: 'device',
    name: 'Front Door Contact Sensor',
    source: 'homekit',
    content: batterySensor('contact_sensor', 'Aqara', 'AQ-MCS2', 82, { contact: 'closed' }, ['contact']),
  },
  {
    key: 'hallwayMotionSensor',
    type: 'device',
    name: 'Hallway Motion Sensor',
    source: 'homekit',
    content: batterySensor('motion_sensor', 'Philips Hue', 'SML-105 Motion', 47, { motion: false, lux: 32 }, ['motion', 'illuminance']),
  },
  {
    key: 'kitchenSmokeAlarm',
    type: 'device',
    name: 'Kitchen Smoke Alarm',
    source: 'matter',
    content: batterySensor('smoke_alarm', 'Kidde', 'KD-SA10 Connected', 91, { smoke: 'clear' }, ['smoke', 'test']),
  },
  {
    key: 'landingSmokeAlarm',
    type: 'device',
    name: 'Landing Smoke Alarm',
    source: 'matter',
    content: batterySensor('smoke_alarm', 'Kidde', 'KD-SA10 Connected', 9, { smoke: 'clear' }, ['smoke', 'test']),
  },
  {
    key: 'bathroomHumiditySensor',
    type: 'device',
    name: 'Bathroom Humidity Sensor',
    source: 'homekit',
    content: batterySensor('humidity_sensor', 'Aqara', 'AQ-THS4', 73, { humidity_pct: 58, temperature_c: 21.4 }, ['humidity', 'temperature']),
  },
  {
    key: 'utilityLeakSensor',
    type: 'device',
    name: 'Utility Room Leak Sensor',
    source: 'homekit',
    content: batterySensor('leak_sensor', 'Aqara', 'AQ-WL1', 55, { leak: false }, ['leak']),
  },
  // Entertainment, kitchen, security, cleaning, network.
  {
    key: 'livingRoomTv',
    type: 'device',
    name: 'Living Room TV',
    source: 'homekit',
    content: {
      type: 'tv', manufacturer: 'Samsung', model: 'QE55-S90X', capabilities: ['on_off', 'volume', 'input'],
      network: 'wifi', ip: '192.168.1.52', power_source: 'mains', state: { power: 'off', volume: 18, input: 'hdmi1' },
    },
    history: [
      {
        name: 'TV',
        content: {
          type: 'tv', manufacturer: 'Samsung', model: 'QE55-S90X', capabilities: ['on_off', 'volume', 'input'],
          network: 'wifi', power_source: 'mains', state: { power: 'off' },
        },
      },
    ],
  },
  {
    key: 'kitchenSpeaker',
    type: 'device',
    name: 'Kitchen Speaker',
    source: 'matter',
    content: {
      type: 'speaker', manufacturer: 'Sonos', model: 'SN-Era 110', capabilities: ['play_pause', 'volume', 'voice_assistant', 'announce'],
      network: 'wifi', ip: '192.168.1.57', power_source: 'mains', state: { playback: 'paused', volume: 25 },
    },
  },
  {
    key: 'frontDoorCamera',
    type: 'device',
    name: 'Front Door Camera',
    source: 'homekit',
    content: {
      type: 'camera', manufacturer: 'Eufy', model: 'EV-DB2 Video Doorbell', capabilities: ['video', 'motion', 'doorbell', 'two_way_audio'],
      network: 'wifi', ip: '192.168.1.63', power_source: 'battery', battery_pct: 38, state: { recording: true },
    },
  },
  {
    key: 'oven',
    type: 'device',
    name: 'Oven',
    source: 'matter',
    content: {
      type: 'oven', manufacturer: 'Bosch', model: 'HB-7470 Series 8', capabilities: ['on_off', 'temperature', 'timer'],
      network: 'wifi', power_source: 'mains', state: { power: 'off', temperature_c: 0 },
    },
  },
  {
    key: 'fridge',
    type: 'device',
    name: 'Fridge Freezer',
    source: 'matter',
    content: {
      type: 'refrigerator', manufacturer: 'Bosch', model: 'KG-3960 Serie 6', capabilities: ['temperature', 'door_alarm'],
      network: 'wifi', power_source: 'mains', state: { fridge_c: 4, freezer_c: -18, door: 'closed' },
    },
  },
  {
    key: 'washingMachine',
    type: 'device',
    name: 'Washing Machine',
    source: 'manual',
    content: {
      type: 'washing_machine', manufacturer: 'Miele', model: 'WM-W1 TwinDos', capabilities: ['start_stop', 'remote_start'],
      network: 'wifi', power_source: 'mains', state: { cycle: 'idle' },
    },
  },
  {
    key: 'alarmPanel',
    type: 'device',
    name: 'Alarm Panel',
    source: 'manual',
    content: {
      type: 'alarm_panel', manufacturer: 'Ring', model: 'RA-Keypad 2', capabilities: ['arm_away', 'arm_home', 'arm_night', 'disarm'],
      network: 'zwave', power_source: 'mains', state: { mode: 'disarmed' },
    },
  },
  {
    key: 'robotVacuum',
    type: 'device',
    name: 'Robot Vacuum',
    source: 'matter',
    content: {
      type: 'vacuum', manufacturer: 'Roborock', model: 'RR-Q7 Max', capabilities: ['start_stop', 'dock', 'map'],
      network: 'wifi', power_source: 'battery', battery_pct: 100, state: { status: 'docked', bin: 'empty' },
    },
    history: [
      {
        content: {
          type: 'vacuum', manufacturer: 'Roborock', model: 'RR-Q7 Max', capabilities: ['start_stop', 'dock', 'map'],
          network: 'wifi', power_source: 'battery', battery_pct: 100, state: { status: 'docked', bin: 'full' },
        },
      },
    ],
  },
  {
    key: 'hueBridge',
    type: 'device',
    name: 'Hue Bridge',
    source: 'homekit',
    content: {
      type: 'hub', manufacturer: 'Philips Hue', model: 'BSB-002 Bridge', capabilities: ['zigbee_coordinator'],
      network: 'ethernet', ip: '192.168.1.20', power_source: 'mains',
    },
  },
  {
    key: 'router',
    type: 'device',
    name: 'Wi-Fi Router',
    source: 'manual',
    content: {
      type: 'router', manufacturer: 'TP-Link', model: 'TL-Deco X55', capabilities: ['wifi', 'ethernet'],
      network: 'ethernet', ip: '192.168.1.1', power_source: 'mains',
    },
  },
  {
    key: 'irrigationController',
    type: 'device',
    name: 'Garden Sprinkler Controller',
    source: 'matter',
    content: {
      type: 'irrigation', manufacturer: 'Gardena', model: 'GD-1890 Water Control', capabilities: ['open_close', 'timer'],
      network: 'thread', power_source: 'battery', battery_pct: 61, state: { valve: 'closed' },
    },
  },
  {
    key: 'extractorFan',
    type: 'device',
    name: 'Bathroom Extractor Fan',
    source: 'matter',
    content: {
      type: 'fan', manufacturer: 'Vent-Axia', model: 'VX-Lo-Carbon Svara', capabilities: ['on_off', 'speed'],
      network: 'thread', power_source: 'mains', state: { power: 'off', speed: 'low' },
    },
  },
  {
    key: 'bedroomAirConditioner',
    type: 'device',
    name: 'Master Bedroom Air Conditioner',
    source: 'matter',
    content: {
      type: 'air_conditioner', manufacturer: 'Daikin', model: 'DK-FTXM25 Perfera', capabilities: ['on_off', 'cool', 'fan_speed'],
      network: 'wifi', power_source: 'mains', state: { power: 'off', mode: 'cool', setpoint_c: 22 },
    },
  },
  // Procedures.
  {
    key: 'procResetThermostat',
    type: 'procedure',
    name: 'Reset the Thermostat Schedule',
    content: {
      steps: [
        'Press the thermostat ring to open the menu.',
        'Turn to Settings and press, then choose Reset.',
        'Choose Schedule and confirm: this clears the learned schedule only.',
        'Set the weekday and weekend times again, or let it relearn over a week.',
      ],
      duration: '10 minutes',
      difficulty: 'easy',
    },
  },
  {
    key: 'procSmokeAlarmBattery',
    type: 'procedure',
    name: 'Replace a Smoke Alarm Battery',
    content: {
      steps: [
        'Twist the alarm anticlockwise off its base.',
        'Slide out the old CR123A battery and fit a new one, flat side to the spring.',
        'Twist the alarm back onto the base until it clicks.',
        'Hold the test button for 5 seconds and wait for the voice check.',
      ],
      duration: '5 minutes',
      difficulty: 'easy',
      tools: ['step ladder'],
    },
  },
  {
    key: 'procEmptyVacuum',
    type: 'procedure',
    name: 'Empty the Robot Vacuum',
    content: {
      steps: [
        'Lift the top cover and pull out the dust bin.',
        'Empty it over the outdoor bin and tap the filter clean.',
        'Rinse the filter only if it is very dirty, and let it dry for 24 hours.',
        'Refit the bin and close the cover.',
      ],
      duration: '5 minutes',
      difficulty: 'easy',
    },
  },
  {
    key: 'procResetGarageDoor',
    type: 'procedure',
    name: 'Reset the Garage Door Opener',
    content: {
      steps: [
        'Close the garage door fully by hand if it is stuck half-way (pull the red release cord first).',
        'Unplug the opener for 30 seconds, then plug it back in.',
        'Hold the Learn button until the LED goes out to clear the remotes.',
        'Press Learn once, then press the remote button within 30 seconds.',
        'Re-add the opener in the Home app if it shows as not responding.',
      ],
      duration: '15 minutes',
      difficulty: 'medium',
    },
  },
  // Manuals.
  {
    key: 'manualThermostat',
    type: 'manual',
    name: 'Thermostat Manual',
    content: {
      title: 'Nest NT-3E Learning Thermostat: User Guide',
      format: 'pdf',
      pages: 28,
      content:
        'Eco mode lowers the setpoint when nobody is home. To change the schedule, open Schedule from the menu. ' +
        'Heating will not turn on if the setpoint is below the current temperature. Hold the ring for 10 seconds to restart.',
    },
  },
  {
    key: 'manualOven',
    type: 'manual',
    name: 'Oven Manual',
    content: {
      title: 'Bosch HB-7470 Series 8 Built-in Oven: Instructions for Use',
      format: 'paper',
      pages: 64,
      content:
        'Pyrolytic cleaning runs for 75 to 120 minutes and locks the door. Remove the shelves first. ' +
        'Remote start must be enabled on the oven each time for safety.',
    },
  },
  {
    key: 'manualGarageDoor',
    type: 'manual',
    name: 'Garage Door Opener Manual',
    content: {
      title: 'Chamberlain CG-850 Garage Door Opener: Installation and Use',
      format: 'paper',
      pages: 40,
      content: 'The red emergency release cord disconnects the door from the motor. Test the safety reversal monthly.',
    },
  },
  {
    key: 'manualVacuum',
    type: 'manual',
    name: 'Robot Vacuum Manual',
    content: {
      title: 'Roborock RR-Q7 Max Quick Start',
      format: 'pdf',
      pages: 16,
      content: 'Empty the dust bin after each run. Replace the filter every 3 months and the main brush every 6 to 12 months.',
    },
  },
  {
    key: 'manualLock',
    type: 'manual',
    name: 'Smart Lock Manual',
    content: {
      title: 'Yale Linus 3 Smart Lock: User Manual',
      format: 'pdf',
      pages: 22,
      content: 'Auto-lock re-locks the door 30 seconds after it closes. Replace all four AA batteries when the app warns below 20%.',
    },
  },
  // Notes.
  {
    key: 'noteSpareKey',
    type: 'note',
    name: 'Spare Key',
    content: { text: 'Spare key is with the neighbours at No. 12 (Helen and Tom).', private: true },
    history: [{ content: { text: 'Spare key is with the neighbours.', private: true } }],
  },
  {
    key: 'noteBoilerService',
    type: 'note',
    name: 'Boiler Service Record',
    content: { text: 'Boiler serviced on 2025-10-14 by Orchard Heating. Next service due October 2026.', tags: ['maintenance'] },
  },
  {
    key: 'noteBinDays',
    type: 'note',
    name: 'Bin Collection Days',
    content: { text: 'General waste on Tuesdays, recycling and garden waste alternate Fridays.', tags: ['household'] },
  },
  {
    key: 'noteFloorPlan',
    type: 'note',
    name: 'Floor Plan',
    content: { text: 'Scanned floor plan from the house purchase survey.', tags: ['documents'] },
  },
  // Schedules.
  {
    key: 'scheduleHeating',
    type: 'schedule',
    name: 'Weekday Heating Schedule',
    content: {
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      periods: [
        { from: '06:30', to: '08:30', setpoint_c: 20.5 },
        { from: '17:00', to: '22:30', setpoint_c: 21 },
      ],
      otherwise_setpoint_c: 16,
      enabled: true,
    },
  },
  {
    key: 'scheduleWatering',
    type: 'schedule',
    name: 'Garden Watering Schedule',
    content: { days: ['mon', 'wed', 'sat'], time: '06:00', duration_minutes: 20, skip_if_rain: true, enabled: true },
  },
  {
    key: 'scheduleVacuum',
    type: 'schedule',
    name: 'Vacuum Schedule',
    content: { days: ['tue', 'fri'], time: '10:00', rooms: ['Living Room', 'Kitchen', 'Hallway'], enabled: true },
  },
  // Automations.
  {
    key: 'autoHallwayMotion',
    type: 'automation',
    name: 'Hallway Motion Lights',
    content: {
      trigger: { type: 'motion', device: 'Hallway Motion Sensor', when: 'after_sunset' },
      actions: [{ device: 'Hallway Light', action: 'turn_on', level: 40 }, { device: 'Hallway Light', action: 'turn_off', after_minutes: 3 }],
      enabled: true,
    },
  },
  {
    key: 'autoGoodNight',
    type: 'automation',
    name: 'Good Night',
    content: {
      trigger: { type: 'state', device: 'Alarm Panel', to: 'armed_night' },
      actions: [
        { device: 'Front Door Lock', action: 'lock' },
        { device: 'Back Door Lock', action: 'lock' },
        { device: 'Living Room Ceiling Light', action: 'turn_off' },
        { device: 'Living Room Floor Lamp', action: 'turn_off' },
        { device: 'Kitchen Ceiling Light', action: 'turn_off' },
      ],
      enabled: true,
    },
  },
  {
    key: 'autoBathroomFan',
    type: 'automation',
    name: 'Bathroom Fan Boost',
    content: {
      trigger: { type: 'threshold', device: 'Bathroom Humidity Sensor', above_humidity_pct: 70 },
      actions: [{ device: 'Bathroom Extractor Fan', action: 'turn_on', speed: 'high', for_minutes: 20 }],
      enabled: true,
    },
  },
  {
    key: 'autoLeakAlert',
    type: 'automation',
    name: 'Leak Alert',
    content: {
      trigger: { type: 'state', device: 'Utility Room Leak Sensor', to: 'leak' },
      actions: [
        { device: 'Kitchen Speaker', action: 'announce', message: 'Water leak detected in the utility room' },
        { device: 'Washing Machine', action: 'stop' },
      ],
      enabled: true,
    },
  },
  {
    key: 'autoWelcomeHome',
    type: 'automation',
    name: 'Welcome Home',
    content: {
      trigger: { type: 'state', device: 'Front Door Contact Sensor', to: 'open', when: 'after_sunset' },
      actions: [{ device: 'Hallway Light', action: 'turn_on', level: 80 }, { device: 'Porch Light', action: 'turn_on', level: 100 }],
      enabled: false,
    },
  },
  // Apps.
  { key: 'appHue', type: 'app', name: 'Hue app', content: { platform: ['ios', 'android'], vendor: 'Philips Hue' } },
  { key: 'appYale', type: 'app', name: 'Yale Access app', content: { platform: ['ios', 'android'], vendor: 'Yale' } },
  { key: 'appNest', type: 'app', name: 'Nest app', content: { platform: ['ios', 'android', 'web'], vendor: 'Nest' } },
];

const DEVICE_ROOMS: Array<[Key, Key]> = [
  ['hallwayLight', 'hallway'],
  ['livingRoomCeilingLight', 'livingRoom'],
  ['livingRoomFloorLamp', 'livingRoom'],
  ['kitchenCeilingLight', 'kitchen'],
  ['kitchenUnderCabinetLights', 'kitchen'],
  ['diningRoomPendant', 'diningRoom'],
  ['masterBedroomLight', 'masterBedroom'],
  ['bedsideLamp', 'masterBedroom'],
  ['kidsNightLight', 'kidsRoom'],
  ['porchLight', 'frontPorch'],
  ['frontDoorLock', 'hallway'],
  ['backDoorLock', 'kitchen'],
  ['garageDoor', 'garage'],
  ['hallwayThermostat', 'hallway'],
  ['upstairsThermostat', 'landing'],
  ['frontDoorSensor', 'hallway'],
  ['hallwayMotionSensor', 'hallway'],
  ['kitchenSmokeAlarm', 'kitchen'],
  ['landingSmokeAlarm', 'landing'],
  ['bathroomHumiditySensor', 'bathroom'],
  ['utilityLeakSensor', 'utilityRoom'],
  ['livingRoomTv', 'livingRoom'],
  ['kitchenSpeaker', 'kitchen'],
  ['frontDoorCamera', 'frontPorch'],
  ['oven', 'kitchen'],
  ['fridge', 'kitchen'],
  ['washingMachine', 'utilityRoom'],
  ['alarmPanel', 'hallway'],
  ['robotVacuum', 'livingRoom'],
  ['hueBridge', 'study'],
  ['router', 'study'],
  ['irrigationController', 'backGarden'],
  ['extractorFan', 'bathroom'],
  ['bedroomAirConditioner', 'masterBedroom'],
];

const ROOM_ZONES: Array<[Key, Key]> = [
  ['hallway', 'groundFloor'],
  ['livingRoom', 'groundFloor'],
  ['kitchen', 'groundFloor'],
  ['diningRoom', 'groundFloor'],
  ['pantry', 'groundFloor'],
  ['utilityRoom', 'groundFloor'],
  ['study', 'groundFloor'],
  ['landing', 'upstairs'],
  ['masterBedroom', 'upstairs'],
  ['guestBedroom', 'upstairs'],
  ['kidsRoom', 'upstairs'],
  ['bathroom', 'upstairs'],
  ['garage', 'outdoors'],
  ['backGarden', 'outdoors'],
  ['frontPorch', 'outdoors'],
];

const ROOM_LINKS: Array<[Key, Key, string]> = [
  ['frontPorch', 'hallway', 'door'],
  ['hallway', 'livingRoom', 'door'],
  ['hallway', 'kitchen', 'archway'],
  ['hallway', 'study', 'door'],
  ['hallway', 'landing', 'stairs'],
  ['kitchen', 'diningRoom', 'open_plan'],
  ['kitchen', 'pantry', 'door'],
  ['kitchen', 'utilityRoom', 'door'],
  ['kitchen', 'backGarden', 'door'],
  ['utilityRoom', 'garage', 'door'],
  ['landing', 'masterBedroom', 'door'],
  ['landing', 'guestBedroom', 'door'],
  ['landing', 'kidsRoom', 'door'],
  ['landing', 'bathroom', 'door'],
];

const EDGES: EdgeSpec[] = [
  ...ROOM_ZONES.map(([from, to]): EdgeSpec => ({ from, type: 'located_in', to })),
  ...DEVICE_ROOMS.map(([from, to]): EdgeSpec => ({ from, type: 'located_in', to })),
  ...ROOM_LINKS.map(([from, to, via]): EdgeSpec => ({ from, type: 'connects_to', to, properties: { via } })),
  // Zones make up the home.
  { from: 'groundFloor', type: 'part_of', to: 'home' },
  { from: 'upstairs', type: 'part_of', to: 'home' },
  { from: 'outdoors', type: 'part_of', to: 'home' },
  // Doors and windows join rooms (a door to each side; windows to the room they light).
  { from: 'frontDoor', type: 'connects_to', to: 'hallway', properties: { side: 'inside' } },
  { from: 'frontDoor', type: 'connects_to', to: 'frontPorch', properties: { side: 'outside' } },
  { from: 'backDoor', type: 'connects_to', to: 'kitchen', properties: { side: 'inside' } },
  { from: 'backDoor', type: 'connects_to', to: 'backGarden', properties: { side: 'outside' } },
  { from: 'garageSideDoor', type: 'connects_to', to: 'utilityRoom', properties: { side: 'inside' } },
  { from: 'garageSideDoor', type: 'connects_to', to: 'garage', properties: { side: 'outside' } },
  { from: 'livingRoomBayWindow', type: 'connects_to', to: 'livingRoom' },
  { from: 'kitchenWindow', type: 'connects_to', to: 'kitchen' },
  { from: 'masterBedroomWindow', type: 'connects_to', to: 'masterBedroom' },
  { from: 'landingSkylight', type: 'connects_to', to: 'landing' },
  // Locks belong to their doors.
  { from: 'frontDoorLock', type: 'part_of', to: 'frontDoor' },
  { from: 'backDoorLock', type: 'part_of', to: 'backDoor' },
  // Device-to-device control.
  { from: 'hueBridge', type: 'controls', to: 'hallwayLight' },
  { from: 'hueBridge', type: 'controls', to: 'livingRoomCeilingLight' },
  { from: 'hueBridge', type: 'controls', to: 'livingRoomFloorLamp' },
  { from: 'hueBridge', type: 'controls', to: 'kitchenCeilingLight' },
  { from: 'hueBridge', type: 'controls', to: 'diningRoomPendant' },
  { from: 'hueBridge', type: 'controls', to: 'masterBedroomLight' },
  { from: 'hueBridge', type: 'controls', to: 'bedsideLamp' },
  { from: 'hueBridge', type: 'controls', to: 'porchLight' },
  { from: 'alarmPanel', type: 'controls', to: 'frontDoorLock' },
  { from: 'alarmPanel', type: 'controls', to: 'backDoorLock' },
  { from: 'kitchenSpeaker', type: 'controls', to: 'livingRoomTv', properties: { via: 'voice' } },
  { from: 'autoGoodNight', type: 'controls', to: 'alarmPanel', properties: { note: 'Arming night mode runs Good Night' } },
  // Dependencies.
  { from: 'hueBridge', type: 'depends_on', to: 'router' },
  { from: 'frontDoorCamera', type: 'depends_on', to: 'router' },
  { from: 'livingRoomTv', type: 'depends_on', to: 'router' },
  { from: 'kitchenSpeaker', type: 'depends_on', to: 'router' },
  { from: 'hallwayLight', type: 'depends_on', to: 'hueBridge' },
  { from: 'hallwayMotionSensor', type: 'depends_on', to: 'hueBridge' },
  // Monitoring.
  { from: 'alarmPanel', type: 'monitors', to: 'home' },
  { from: 'frontDoorCamera', type: 'monitors', to: 'frontPorch' },
  { from: 'frontDoorSensor', type: 'monitors', to: 'frontDoor' },
  { from: 'hallwayMotionSensor', type: 'monitors', to: 'hallway' },
  { from: 'kitchenSmokeAlarm', type: 'monitors', to: 'kitchen' },
  { from: 'landingSmokeAlarm', type: 'monitors', to: 'landing' },
  { from: 'bathroomHumiditySensor', type: 'monitors', to: 'bathroom' },
  { from: 'utilityLeakSensor', type: 'monitors', to: 'utilityRoom' },
  // Documentation.
  { from: 'hallwayThermostat', type: 'documented_by', to: 'manualThermostat' },
  { from: 'upstairsThermostat', type: 'documented_by', to: 'manualThermostat' },
  { from: 'oven', type: 'documented_by', to: 'manualOven' },
  { from: 'garageDoor', type: 'documented_by', to: 'manualGarageDoor' },
  { from: 'robotVacuum', type: 'documented_by', to: 'manualVacuum' },
  { from: 'frontDoorLock', type: 'documented_by', to: 'manualLock' },
  { from: 'procResetThermostat', type: 'procedure_for', to: 'hallwayThermostat' },
  { from: 'procResetThermostat', type: 'procedure_for', to: 'upstairsThermostat' },
  { from: 'procSmokeAlarmBattery', type: 'procedure_for', to: 'kitchenSmokeAlarm' },
  { from: 'procSmokeAlarmBattery', type: 'procedure_for', to: 'landingSmokeAlarm' },
  { from: 'procEmptyVacuum', type: 'procedure_for', to: 'robotVacuum' },
  { from: 'procResetGarageDoor', type: 'procedure_for', to: 'garageDoor' },
  // Paper manuals live in the study's filing drawer.
  { from: 'manualOven', type: 'contained_in', to: 'study', properties: { where: 'filing drawer' } },
  { from: 'manualGarageDoor', type: 'contained_in', to: 'study', properties: { where: 'filing drawer' } },
  // Schedules.
  { from: 'scheduleHeating', type: 'manages', to: 'hallwayThermostat' },
  { from: 'scheduleHeating', type: 'manages', to: 'upstairsThermostat' },
  { from: 'scheduleWatering', type: 'manages', to: 'irrigationController' },
  { from: 'scheduleVacuum', type: 'manages', to: 'robotVacuum' },
  // Automations: what they change and what sets them off.
  { from: 'autoHallwayMotion', type: 'automates', to: 'hallwayLight' },
  { from: 'autoHallwayMotion', type: 'triggered_by', to: 'hallwayMotionSensor' },
  { from: 'autoGoodNight', type: 'automates', to: 'frontDoorLock' },
  { from: 'autoGoodNight', type: 'automates', to: 'backDoorLock' },
  { from: 'autoGoodNight', type: 'automates', to: 'livingRoomCeilingLight' },
  { from: 'autoGoodNight', type: 'automates', to: 'livingRoomFloorLamp' },
  { from: 'autoGoodNight', type: 'automates', to: 'kitchenCeilingLight' },
  { from: 'autoGoodNight', type: 'triggered_by', to: 'alarmPanel' },
  { from: 'autoBathroomFan', type: 'automates', to: 'extractorFan' },
  { from: 'autoBathroomFan', type: 'triggered_by', to: 'bathroomHumiditySensor' },
  { from: 'autoLeakAlert', type: 'automates', to: 'kitchenSpeaker' },
  { from: 'autoLeakAlert', type: 'automates', to: 'washingMachine' },
  { from: 'autoLeakAlert', type: 'triggered_by', to: 'utilityLeakSensor' },
  { from: 'autoWelcomeHome', type: 'automates', to: 'hallwayLight' },
  { from: 'autoWelcomeHome', type: 'automates', to: 'porchLight' },
  { from: 'autoWelcomeHome', type: 'triggered_by', to: 'frontDoorSensor' },
  // Apps.
  { from: 'hallwayLight', type: 'controlled_by_app', to: 'appHue' },
  { from: 'livingRoomCeilingLight', type: 'controlled_by_app', to: 'appHue' },
  { from: 'livingRoomFloorLamp', type: 'controlled_by_app', to: 'appHue' },
  { from: 'kitchenCeilingLight', type: 'controlled_by_app', to: 'appHue' },
  { from: 'bedsideLamp', type: 'controlled_by_app', to: 'appHue' },
  { from: 'hueBridge', type: 'controlled_by_app', to: 'appHue' },
  { from: 'frontDoorLock', type: 'controlled_by_app', to: 'appYale' },
  { from: 'backDoorLock', type: 'controlled_by_app', to: 'appYale' },
  { from: 'hallwayThermostat', type: 'controlled_by_app', to: 'appNest' },
  { from: 'upstairsThermostat', type: 'controlled_by_app', to: 'appNest' },
  // Attached files.
  {
    from: 'home',
    type: 'has_blob',
    to: 'noteFloorPlan',
    properties: { filename: 'hartley-house-floor-plan.pdf', mime_type: 'application/pdf', size_bytes: 482_113 },
  },
  {
    from: 'manualThermostat',
    type: 'has_blob',
    to: 'noteBoilerService',
    properties: { filename: 'boiler-service-2025.jpg', mime_type: 'image/jpeg', size_bytes: 1_204_733 },
  },
];

/** A UUIDv4-shaped id derived from the edge itself, so edge ids are stable without a second literal table. */
function edgeId(from: string, type: string, to: string): string {
  const h = createHash('sha256').update(`${from}|${type}|${to}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildDemoHome(): HomeFile {
  const entities: Entity[] = [];
  const current = new Map<Key, Entity>();
  let counter = 0;
  let editCounter = 0;

  ENTITIES.forEach((spec, index) => {
    const base = {
      id: IDS[spec.key],
      entity_type: spec.type,
      source_type: spec.source ?? 'manual',
      user_id: USER,
    } as const;
    let parents: string[] = [];
    let step = 0;
    for (const old of spec.history ?? []) {
      // Older versions are minted during setup, like every other entity.
      const version = formatVersion(BASE_MICROS + index * 47_000_000 + step * 1_000_003, ++counter, USER);
      entities.push({ ...base, version, name: old.name ?? spec.name, content: old.content, parent_versions: parents });
      parents = [version];
      step++;
    }
    const micros = spec.history?.length
      ? EDIT_BASE_MICROS + editCounter++ * 3_600_000_017
      : BASE_MICROS + index * 47_000_000 + step * 1_000_003;
    const entity: Entity = {
      ...base,
      version: formatVersion(micros, ++counter, USER),
      name: spec.name,
      content: spec.content,
      parent_versions: parents,
    };
    entities.push(entity);
    current.set(spec.key, entity);
  });

  const relationships: Relationship[] = EDGES.map((edge) => {
    const from = current.get(edge.from);
    const to = current.get(edge.to);
    if (!from || !to) throw new Error(`Edge ${edge.from} -${edge.type}-> ${edge.to} names an unknown entity`);
    return {
      id: edgeId(from.id, edge.type, to.id),
      from_entity_id: from.id,
      from_entity_version: from.version,
      to_entity_id: to.id,
      to_entity_version: to.version,
      relationship_type: edge.type,
      properties: edge.properties ?? {},
    };
  });

  return homeFileSchema.parse({ format: 'goodies-home', format_version: 1, entities, relationships });
}

export function serializeDemoHome(home: HomeFile): string {
  return `${JSON.stringify(home, null, 2)}\n`;
}

export function writeDemoHome(filePath: string): void {
  writeFileSync(filePath, serializeDemoHome(buildDemoHome()));
}
