// Table-driven: phrasings over the demo home, each with the exact set of entities the answer cites (listed, used or
// targeted). `null` intent = the engine must decline (the LLM path gets the turn).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';

type Case = [phrase: string, intent: string | null, names: string[], proposal?: { tier: 2 | 3 }];

const KITCHEN_DEVICES = ['Kitchen', 'Back Door Lock', 'Fridge Freezer', 'Kitchen Ceiling Light', 'Kitchen Smoke Alarm', 'Kitchen Speaker', 'Kitchen Under-Cabinet Lights', 'Oven'];
const HALLWAY_DEVICES = ['Hallway', 'Hallway Light', 'Front Door Lock', 'Hallway Thermostat', 'Front Door Contact Sensor', 'Hallway Motion Sensor', 'Alarm Panel'];
const LIVING_DEVICES = ['Living Room', 'Living Room Ceiling Light', 'Living Room Floor Lamp', 'Living Room TV', 'Robot Vacuum'];
const MASTER_DEVICES = ['Master Bedroom', 'Master Bedroom Ceiling Light', 'Bedside Lamp', 'Master Bedroom Air Conditioner'];
const UPSTAIRS_ROOMS = ['Upstairs', 'Landing', 'Master Bedroom', 'Guest Bedroom', "Kids' Room", 'Family Bathroom'];
const GROUND_ROOMS = ['Ground Floor', 'Hallway', 'Living Room', 'Kitchen', 'Dining Room', 'Pantry', 'Utility Room', 'Study'];
const LIGHTS = ['Hallway Light', 'Living Room Ceiling Light', 'Living Room Floor Lamp', 'Kitchen Ceiling Light', 'Kitchen Under-Cabinet Lights', 'Dining Room Pendant Light', 'Master Bedroom Ceiling Light', 'Bedside Lamp', "Kids' Room Night Light", 'Porch Light'];
const LIGHTS_ON = ['Living Room Ceiling Light', 'Living Room Floor Lamp', 'Kitchen Ceiling Light', 'Bedside Lamp', "Kids' Room Night Light"];
const LIGHTS_OFF = ['Hallway Light', 'Kitchen Under-Cabinet Lights', 'Dining Room Pendant Light', 'Master Bedroom Ceiling Light', 'Porch Light'];
const PHILIPS = ['Hallway Light', 'Living Room Ceiling Light', 'Living Room Floor Lamp', 'Kitchen Ceiling Light', 'Dining Room Pendant Light', 'Master Bedroom Ceiling Light', 'Bedside Lamp', 'Porch Light', 'Hallway Motion Sensor', 'Hue Bridge'];
const DIMMABLE = LIGHTS;
const COLOR = ['Living Room Ceiling Light', "Kids' Room Night Light"];
const BATTERY = ['Front Door Lock', 'Back Door Lock', 'Front Door Contact Sensor', 'Hallway Motion Sensor', 'Kitchen Smoke Alarm', 'Landing Smoke Alarm', 'Bathroom Humidity Sensor', 'Utility Room Leak Sensor', 'Front Door Camera', 'Robot Vacuum', 'Garden Sprinkler Controller'];
const SENSORS = ['Front Door Contact Sensor', 'Hallway Motion Sensor', 'Bathroom Humidity Sensor', 'Utility Room Leak Sensor', 'Kitchen Smoke Alarm', 'Landing Smoke Alarm'];
const LOCKS = ['Front Door Lock', 'Back Door Lock'];
const THERMOSTATS = ['Hallway Thermostat', 'Upstairs Thermostat'];
const KITCHEN_CONNECTIONS = ['Kitchen', 'Hallway', 'Dining Room', 'Pantry', 'Utility Room', 'Back Garden'];
const HALLWAY_CONNECTIONS = ['Hallway', 'Front Porch', 'Living Room', 'Kitchen', 'Study', 'Landing'];
const LANDING_CONNECTIONS = ['Landing', 'Hallway', 'Master Bedroom', 'Guest Bedroom', "Kids' Room", 'Family Bathroom'];
const HUE_CONTROLS = ['Hue Bridge', 'Hallway Light', 'Living Room Ceiling Light', 'Living Room Floor Lamp', 'Kitchen Ceiling Light', 'Dining Room Pendant Light', 'Master Bedroom Ceiling Light', 'Bedside Lamp', 'Porch Light'];
// Good Night locks the Front Door Lock, which is in the hallway.
const HALLWAY_AUTOMATIONS = ['Hallway', 'Hallway Motion Lights', 'Welcome Home', 'Good Night'];
const ALL_ROOMS = ['Hartley House', 'Hallway', 'Living Room', 'Kitchen', 'Dining Room', 'Pantry', 'Utility Room', 'Study', 'Landing', 'Master Bedroom', 'Guest Bedroom', "Kids' Room", 'Family Bathroom', 'Garage', 'Back Garden', 'Front Porch'];
const THERMOSTAT_PROCEDURE = ['Reset the Thermostat Schedule'];

const CASES: Case[] = [
  // structure: devices in a place
  ['What devices are in the kitchen?', 'devices_in_place', KITCHEN_DEVICES],
  ['what devices are in the Kitchen', 'devices_in_place', KITCHEN_DEVICES],
  ['Which devices are in the kitchen?', 'devices_in_place', KITCHEN_DEVICES],
  ['what things are in the kitchen', 'devices_in_place', KITCHEN_DEVICES],
  ['What gadgets are in the kitchen?', 'devices_in_place', KITCHEN_DEVICES],
  ["what's in the kitchen?", 'devices_in_place', KITCHEN_DEVICES],
  ['whats in the kitchen', 'devices_in_place', KITCHEN_DEVICES],
  ['show me the devices in the kitchen', 'devices_in_place', KITCHEN_DEVICES],
  ['list all devices in the kitchen please', 'devices_in_place', KITCHEN_DEVICES],
  ['kitchen devices', 'devices_in_place', KITCHEN_DEVICES],
  ['devices in the kitchn', 'devices_in_place', KITCHEN_DEVICES],
  ['what devices does the kitchen have?', 'devices_in_place', KITCHEN_DEVICES],
  ['Could you tell me what is in the hallway?', 'devices_in_place', HALLWAY_DEVICES],
  ['what devices are in the hall way', 'devices_in_place', HALLWAY_DEVICES],
  ['what is in the living room', 'devices_in_place', LIVING_DEVICES],
  ['what devices are in the lounge', 'devices_in_place', LIVING_DEVICES],
  ['what devices are in the sitting room?', 'devices_in_place', LIVING_DEVICES],
  ['what is in the master bedroom', 'devices_in_place', MASTER_DEVICES],
  ['what devices are in the main bedroom', 'devices_in_place', MASTER_DEVICES],
  ['What devices are in the pantry?', 'devices_in_place', ['Pantry']],
  ['are there any devices in the guest bedroom', 'devices_in_place', ['Guest Bedroom']],
  ['what devices are in the garage', 'devices_in_place', ['Garage', 'Garage Door']],
  ['what is in the study', 'devices_in_place', ['Study', 'Hue Bridge', 'Wi-Fi Router']],
  ['what devices are upstairs', 'devices_in_place', ['Upstairs', 'Master Bedroom Ceiling Light', 'Bedside Lamp', "Kids' Room Night Light", 'Upstairs Thermostat', 'Landing Smoke Alarm', 'Bathroom Humidity Sensor', 'Bathroom Extractor Fan', 'Master Bedroom Air Conditioner']],
  ['what devices are on the first floor', 'devices_in_place', ['Upstairs', 'Master Bedroom Ceiling Light', 'Bedside Lamp', "Kids' Room Night Light", 'Upstairs Thermostat', 'Landing Smoke Alarm', 'Bathroom Humidity Sensor', 'Bathroom Extractor Fan', 'Master Bedroom Air Conditioner']],
  // structure: rooms
  ['which rooms are upstairs', 'rooms_in_place', UPSTAIRS_ROOMS],
  ['What rooms are on the first floor?', 'rooms_in_place', UPSTAIRS_ROOMS],
  ['list the rooms on the ground floor', 'rooms_in_place', GROUND_ROOMS],
  ['which rooms are downstairs?', 'rooms_in_place', GROUND_ROOMS],
  ['rooms in the outdoors', 'rooms_in_place', ['Outdoors', 'Garage', 'Back Garden', 'Front Porch']],
  ['what rooms are there', 'rooms_in_home', ALL_ROOMS],
  ['show me all the rooms', 'rooms_in_home', ALL_ROOMS],
  ['list rooms', 'rooms_in_home', ALL_ROOMS],
  // structure: connections
  ['What connects to the kitchen?', 'room_connections', KITCHEN_CONNECTIONS],
  ['what is connected to the kitchen', 'room_connections', KITCHEN_CONNECTIONS],
  ['which rooms are next to the kitchen?', 'room_connections', KITCHEN_CONNECTIONS],
  ['how do I get to the kitchen', 'room_connections', KITCHEN_CONNECTIONS],
  ['what connects to the hallway', 'room_connections', HALLWAY_CONNECTIONS],
  ['what leads to the landing?', 'room_connections', LANDING_CONNECTIONS],
  ['kitchen connections', 'room_connections', KITCHEN_CONNECTIONS],
  // structure: paths, controls
  ['how is the Hue Bridge connected to the Wi-Fi Router?', 'path_between', ['Hue Bridge', 'Wi-Fi Router']],
  ['find the path from the garage to the landing', 'path_between', ['Garage', 'Utility Room', 'Kitchen', 'Hallway', 'Landing']],
  ['path between the pantry and the study', 'path_between', ['Pantry', 'Kitchen', 'Hallway', 'Study']],
  ['What does the Hue Bridge control?', 'device_controls', HUE_CONTROLS],
  ['which lights does the hue bridge control', 'device_controls', HUE_CONTROLS],
  ['what is controlled by the alarm panel', 'device_controls', ['Alarm Panel', 'Front Door Lock', 'Back Door Lock']],
  ['what does the kitchen speaker control?', 'device_controls', ['Kitchen Speaker', 'Living Room TV']],
  ['what does the oven control', 'device_controls', ['Oven']],
  ['What controls the front door lock?', 'device_controllers', ['Front Door Lock', 'Alarm Panel']],
  ['what controls the porch light', 'device_controllers', ['Porch Light', 'Hue Bridge']],
  ['what controls the TV', 'device_controllers', ['Living Room TV', 'Kitchen Speaker']],
  ['what controls the fridge', 'device_controllers', ['Fridge Freezer']],
  // structure: automations, schedules, apps, where
  ['what automations run in the hallway?', 'automations_in_room', HALLWAY_AUTOMATIONS],
  ['which automations are in the hallway', 'automations_in_room', HALLWAY_AUTOMATIONS],
  ['what happens automatically in the family bathroom', 'automations_in_room', ['Family Bathroom', 'Bathroom Fan Boost']],
  ['automations in the pantry', 'automations_in_room', ['Pantry']],
  ['Which automations affect the porch light?', 'automations_for_device', ['Porch Light', 'Welcome Home']],
  ['what automations control the hallway light', 'automations_for_device', ['Hallway Light', 'Hallway Motion Lights', 'Welcome Home']],
  ['which routines affect the back door lock', 'automations_for_device', ['Back Door Lock', 'Good Night']],
  ['what automations affect the oven', 'automations_for_device', ['Oven']],
  ['What schedule manages the robot vacuum?', 'schedules_for_device', ['Robot Vacuum', 'Vacuum Schedule']],
  ['which schedules control the hallway thermostat', 'schedules_for_device', ['Hallway Thermostat', 'Weekday Heating Schedule']],
  ['when does the sprinkler controller run', 'schedules_for_device', ['Garden Sprinkler Controller', 'Garden Watering Schedule']],
  ['robot vacuum schedule', 'schedules_for_device', ['Robot Vacuum', 'Vacuum Schedule']],
  ['Which app controls the front door lock?', 'app_for_device', ['Front Door Lock', 'Yale Access app']],
  ['what app do I use for the hallway thermostat', 'app_for_device', ['Hallway Thermostat', 'Nest app']],
  ['which app controls the bedside lamp', 'app_for_device', ['Bedside Lamp', 'Hue app']],
  ['which app controls the oven', 'app_for_device', ['Oven']],
  ['Where is the robot vacuum?', 'where_is', ['Robot Vacuum', 'Living Room', 'Ground Floor']],
  ['which room is the wi-fi router in', 'where_is', ['Wi-Fi Router', 'Study', 'Ground Floor']],
  ['where is the oven manual', 'manual_for', ['Oven', 'Oven Manual']],
  ['where is the garage door opener manual?', 'where_is', ['Garage Door Opener Manual', 'Study', 'Ground Floor']],
  // search
  ['find all lights', 'list_kind', LIGHTS],
  ['show all lights', 'list_kind', LIGHTS],
  ['list the lights', 'list_kind', LIGHTS],
  ['show me all the lamps', 'list_kind', LIGHTS],
  ['what lights do we have?', 'list_kind', LIGHTS],
  ['Find all thermostats', 'list_kind', THERMOSTATS],
  ['list all locks', 'list_kind', LOCKS],
  ['show all cameras', 'list_kind', ['Front Door Camera']],
  ['find all sensors', 'list_kind', SENSORS],
  ['list all smoke detectors', 'list_kind', ['Kitchen Smoke Alarm', 'Landing Smoke Alarm']],
  ['show all motion sensors', 'list_kind', ['Hallway Motion Sensor']],
  ['Show all lights in the kitchen', 'list_kind', ['Kitchen', 'Kitchen Ceiling Light', 'Kitchen Under-Cabinet Lights']],
  ['find lights in the living room', 'list_kind', ['Living Room', 'Living Room Ceiling Light', 'Living Room Floor Lamp']],
  ['which lights are in the master bedroom', 'list_kind', ['Master Bedroom', 'Master Bedroom Ceiling Light', 'Bedside Lamp']],
  ['are there any sensors in the hallway', 'list_kind', ['Hallway', 'Front Door Contact Sensor', 'Hallway Motion Sensor']],
  ['kitchen lights', 'list_kind', ['Kitchen', 'Kitchen Ceiling Light', 'Kitchen Under-Cabinet Lights']],
  ['show all cameras in the kitchen', 'list_kind', ['Kitchen']],
  ['find all blinds', 'list_kind', []],
  ['do we have any dishwashers', 'list_kind', []],
  ['show all speakers', 'list_kind', ['Kitchen Speaker']],
  ['find all televisions', 'list_kind', ['Living Room TV']],
  ['How many lights are there?', 'count_kind', LIGHTS],
  ['how many lights are in the kitchen', 'count_kind', ['Kitchen', 'Kitchen Ceiling Light', 'Kitchen Under-Cabinet Lights']],
  ['how many locks do we have', 'count_kind', LOCKS],
  ['how many cameras are there', 'count_kind', ['Front Door Camera']],
  ['how many devices are in the living room', 'count_devices', LIVING_DEVICES],
  ['Philips devices', 'by_manufacturer', PHILIPS],
  ['which philips devices do we have', 'by_manufacturer', PHILIPS],
  ['show all Philips Hue devices', 'by_manufacturer', PHILIPS],
  ['what devices are made by Aqara', 'by_manufacturer', ['Front Door Contact Sensor', 'Bathroom Humidity Sensor', 'Utility Room Leak Sensor']],
  ['Bosch devices', 'by_manufacturer', ['Oven', 'Fridge Freezer']],
  ['list all Yale devices', 'by_manufacturer', LOCKS],
  ['What can dim?', 'by_capability', DIMMABLE],
  ['which devices can be dimmed', 'by_capability', DIMMABLE],
  ['what can change colour?', 'by_capability', COLOR],
  ['what can change color', 'by_capability', COLOR],
  ['which devices support volume', 'by_capability', ['Living Room TV', 'Kitchen Speaker']],
  ['what can record video', 'by_capability', ['Front Door Camera']],
  ['Which devices are battery powered?', 'battery_devices', BATTERY],
  ['battery-powered devices', 'battery_devices', BATTERY],
  ['show battery powered devices', 'battery_devices', BATTERY],
  // Asked for the low ones, only those are the answer (the rest are counted).
  ['which devices have low battery', 'battery_devices', ['Landing Smoke Alarm', 'Back Door Lock']],
  ['what devices run on batteries', 'battery_devices', BATTERY],
  ['what runs on batteries?', 'battery_devices', BATTERY],
  // knowledge
  ['How do I reset the thermostat schedule?', 'how_to', THERMOSTAT_PROCEDURE],
  ['how can I reset the thermostat', 'how_to', THERMOSTAT_PROCEDURE],
  // The device's manual is named alongside the steps (issue 12).
  ['How do I empty the robot vacuum?', 'how_to', ['Robot Vacuum', 'Empty the Robot Vacuum', 'Robot Vacuum Manual']],
  ['how do i change the smoke alarm battery', 'how_to', ['Replace a Smoke Alarm Battery']],
  ['how to replace the kitchen smoke alarm battery', 'how_to', ['Kitchen Smoke Alarm', 'Replace a Smoke Alarm Battery']],
  ['how do I reset the garage door opener', 'how_to', ['Garage Door', 'Reset the Garage Door Opener', 'Garage Door Opener Manual']],
  ['steps to reset the garage door', 'how_to', ['Garage Door', 'Reset the Garage Door Opener', 'Garage Door Opener Manual']],
  ['how do I set up the TV?', 'how_to', ['Living Room TV']],
  ['how do I use the oven', 'how_to', ['Oven', 'Oven Manual']],
  ['how do I bake sourdough bread', null, []],
  ['show me the oven manual', 'manual_for', ['Oven', 'Oven Manual']],
  ['is there a manual for the front door lock?', 'manual_for', ['Front Door Lock', 'Smart Lock Manual']],
  ['documentation for the hallway thermostat', 'manual_for', ['Hallway Thermostat', 'Thermostat Manual', 'Reset the Thermostat Schedule']],
  ['where is the manual for the robot vacuum', 'manual_for', ['Robot Vacuum', 'Robot Vacuum Manual', 'Empty the Robot Vacuum']],
  ['manual for the TV', 'manual_for', ['Living Room TV']],
  ['Any notes about the boiler service record?', 'notes_about', ['Boiler Service Record']],
  ['show notes', 'notes_about', ['Spare Key', 'Boiler Service Record', 'Bin Collection Days', 'Floor Plan']],
  ['notes about the hartley house', 'notes_about', ['Hartley House', 'Floor Plan']],
  // state
  ['Is the garage door open?', 'state_open', ['Garage Door']],
  ['is the garage door closed', 'state_open', ['Garage Door']],
  ['is the front door open?', 'state_open', ['Front Door', 'Front Door Contact Sensor']],
  ['Is the back door locked?', 'state_locked', ['Back Door', 'Back Door Lock']],
  ['is the front door lock locked', 'state_locked', ['Front Door Lock']],
  ['are the doors locked?', 'state_locked', LOCKS],
  ['Is the TV on?', 'state_on', ['Living Room TV']],
  ['is the bedside lamp on', 'state_on', ['Bedside Lamp']],
  ['is the porch light off?', 'state_on', ['Porch Light']],
  ['Which lights are on?', 'kind_on', LIGHTS_ON],
  ['which lights are off', 'kind_on', LIGHTS_OFF],
  ['are any lights on in the kitchen?', 'kind_on', ['Kitchen', 'Kitchen Ceiling Light']],
  ['which lights are on in the living room', 'kind_on', ['Living Room', 'Living Room Ceiling Light', 'Living Room Floor Lamp']],
  ['what is on in the dining room', 'kind_on', ['Dining Room', 'Dining Room Pendant Light']],
  ["What's the hallway thermostat set to?", 'setpoint', ['Hallway Thermostat']],
  ['what temperature is the upstairs thermostat set to', 'setpoint', ['Upstairs Thermostat']],
  ['what is the status of the robot vacuum', 'device_state', ['Robot Vacuum']],
  ['what is the washing machine doing', 'device_state', ['Washing Machine']],
  ['alarm panel status', 'device_state', ['Alarm Panel']],
  // control (proposals; targets = citations)
  ['Turn off the kitchen lights', 'turn_off', ['Kitchen Ceiling Light'], { tier: 2 }],
  ['turn off all lights in the living room', 'turn_off', ['Living Room Ceiling Light', 'Living Room Floor Lamp'], { tier: 2 }],
  ['switch off the living room lights please', 'turn_off', ['Living Room Ceiling Light', 'Living Room Floor Lamp'], { tier: 2 }],
  ['turn the bedside lamp off', 'turn_off', ['Bedside Lamp'], { tier: 2 }],
  ['turn on the porch light', 'turn_on', ['Porch Light'], { tier: 2 }],
  ['switch on the hallway light', 'turn_on', ['Hallway Light'], { tier: 2 }],
  ['turn on the lights in the dining room', 'turn_on', ['Dining Room Pendant Light'], { tier: 2 }],
  ['turn on the kitchen', 'turn_on', ['Kitchen Under-Cabinet Lights'], { tier: 2 }],
  ['turn off all the lights', 'turn_off', LIGHTS_ON, { tier: 2 }],
  ['turn on all the lights', 'turn_on', LIGHTS_OFF, { tier: 2 }],
  ['turn on the TV', 'turn_on', ['Living Room TV'], { tier: 2 }],
  ['Dim the bedside lamp to 30%', 'set_level', ['Bedside Lamp'], { tier: 2 }],
  ['set the living room floor lamp to 50 percent', 'set_level', ['Living Room Floor Lamp'], { tier: 2 }],
  // Round 41: a level said for a room's lights goes to the lit ones; the under-cabinet lights read off (levelOverLit.ts).
  ['dim the kitchen lights', 'set_level', ['Kitchen Ceiling Light'], { tier: 2 }],
  ['dim all the kitchen lights', 'set_level', ['Kitchen Ceiling Light', 'Kitchen Under-Cabinet Lights'], { tier: 2 }],
  ['Unlock the front door', 'unlock', ['Front Door Lock'], { tier: 3 }],
  ['unlock the front door lock', 'unlock', ['Front Door Lock'], { tier: 3 }],
  ['lock the back door', 'lock', ['Back Door Lock'], { tier: 3 }],
  ['open the garage door', 'open', ['Garage Door'], { tier: 3 }],
  ['Set the hallway thermostat to 21 degrees', 'set_temperature', ['Hallway Thermostat'], { tier: 3 }],
  ['set the upstairs thermostat to 19', 'set_temperature', ['Upstairs Thermostat'], { tier: 3 }],
  ['run good night', 'run_automation', ['Good Night'], { tier: 3 }],
  ['activate the welcome home scene', 'run_automation', ['Welcome Home'], { tier: 2 }],
  // already so by the last reading, which may be stale: still proposed (the text says what was last read)
  ['lock the front door', 'lock', ['Front Door Lock'], { tier: 3 }],
  ['close the garage door', 'close', ['Garage Door'], { tier: 3 }],
  // control with nothing to propose
  ['dim the TV to 20%', 'set_level', ['Living Room TV']],
  ['turn off the fridge', 'turn_off', ['Fridge Freezer']],
  // The front door's only motor is its smart lock: opening it is unlocking that lock (round 12).
  ['open the front door', 'unlock', ['Front Door Lock'], { tier: 3 }],
  // no such thing
  ['what devices are in the bedrom', 'devices_in_place', ['Master Bedroom', 'Guest Bedroom']],
  ['what devices are in the conservatory', 'devices_in_place', []],
  ['is the hot tub on?', 'state_on', []],
  // ambiguity
  ["what's the thermostat set to?", 'setpoint', THERMOSTATS],
  ['turn off the lamp', 'turn_off', ['Bedside Lamp', 'Living Room Floor Lamp']],
  ['what is in the bedroom', 'devices_in_place', ['Master Bedroom', 'Guest Bedroom']],
  ['is the smoke alarm on', 'state_on', ['Kitchen Smoke Alarm', 'Landing Smoke Alarm']],
  // declines
  ['tell me a joke', null, []],
  ['what is the capital of France?', null, []],
  ['write a poem about my kitchen and its many wonders over the years', null, []],
  ['hello', null, []],
  ['where is the nearest pharmacy', null, []],
  ['turn the music up', null, []],
];

describe('intent phrasings over the demo home', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.dispose());

  it('has at least 150 phrasings', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES)('%s → %s', async (phrase, intent, names, proposal) => {
    const answer = await h.responder.respond(phrase, h.context());
    if (intent === null) {
      expect(answer).toBeUndefined();
      return;
    }
    expect(answer, `declined: ${phrase}`).toBeDefined();
    expect(answer?.model).toBe(intent);
    expect(answer?.provider).toBe('intent-engine');
    expect(answer?.citations.map((c) => c.entity_id).sort()).toEqual(await h.ids(...names));
    if (proposal) {
      expect(answer?.proposal?.tier).toBe(proposal.tier);
      expect(answer?.proposal?.status).toBe('pending');
      expect(answer?.proposal?.targets.map((t) => t.id).sort()).toEqual(await h.ids(...names));
    } else {
      expect(answer?.proposal).toBeNull();
    }
  });
});
