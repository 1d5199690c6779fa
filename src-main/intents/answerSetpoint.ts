// "What is the thermostat set to", "what is the bedroom set to", "hot water setpoint for the house": a setpoint asked
// of a device, a place or the whole home. A place answers with each thing there that keeps one (never "no temperature
// setting" when two do); a device that keeps none answers with what it is set to otherwise or what it measures.
import { homeSetpointDevices } from './homeSetpoints';
import { temperatureUnitOf } from './temperatureUnit';
import { joinNames } from './AnswerBuilder';
import { withFreshness } from './answerText';
import { outdoorAnswer } from './answerReadings';
import { currentTemperatureOf, setpointOf } from './deviceReadings';
import { devicesWithin } from './placeClaims';
import { entitySlot, said, stateOf, type IntentAnswerInput } from './IntentAnswerInput';
import { alarmStateSentence } from './alarmControl';
import { roomWordTakenForDevice } from './roomWordOfDevice';
import { sensorOnDevice } from './sensorOnDevice';
import { readingsOf } from './stateQuantities';
import { kindEvidenceNote } from './kindEvidence';
import { askedFields, fieldLabel } from './fieldMeanings';
import { hedgedReadings } from './unreadReadings';
import { asksTemperature, settingsSentence } from './deviceSettings';
import { roomTemperatureBesideIt } from './roomTemperatureBesideIt';

export async function setpoint(input: IntentAnswerInput): Promise<string> {
  const subject = entitySlot(input.match, 'device');
  if (!subject) return '';
  // "what is the bedroom set to": the one thing in the room that takes a setpoint.
  // Asked of the whole home ("hot water setpoint for the house"): its devices with a setpoint (homeSetpoints.ts).
  const inPlace = ['room', 'zone'].includes(subject.entity_type) ? devicesWithin(input.snapshot, subject).filter((d) => setpointOf(d) !== undefined) : subject.entity_type === 'home' ? homeSetpointDevices(input.snapshot, input.match.words, (d) => setpointOf(d) !== undefined) ?? [] : [];
  // Several there (an AC and the thermostat): what each reads and is set to, never "no temperature setting".
  if (inPlace.length > 1) {
    input.answer.cite(subject, ...inPlace.slice(0, 6));
    const lines = inPlace.slice(0, 6).map((d) => {
      const now = currentTemperatureOf(d);
      const u = temperatureUnitOf(d, input.snapshot);
      return now !== undefined ? `${d.name} reads ${now}${u} (set to ${setpointOf(d)}${u})` : `${d.name} is set to ${setpointOf(d)}${u}`;
    });
    return withFreshness(`In ${subject.name}: ${joinNames(lines)}.`, input.context.freshness.label);
  }
  const device = inPlace.length === 1 && inPlace[0] ? inPlace[0] : subject;
  // "whats the temperature of the pool": a place where nothing takes a setpoint answers with what is measured there.
  if (inPlace.length === 0 && ['room', 'zone'].includes(subject.entity_type)) {
    const there = devicesWithin(input.snapshot, subject).flatMap((d) => readingsOf(d, 'temperature').filter((r) => r.role === 'measured').map((r) => ({ d, r })));
    if (there.length > 0) {
      input.answer.cite(subject, ...there.map((x) => x.d));
      const lines = there.map(({ d, r }) => `${d.name} reads ${fieldLabel(r.field).replace(/ (c|f)$/, '')} ${r.value}${r.unit}`);
      return withFreshness(`Nothing in ${subject.name} is set to a temperature; ${joinNames(lines)}.`, input.context.freshness.label);
    }
    const outside = outdoorAnswer(input, subject, 'temperature');
    if (outside) return outside;
  }
  input.answer.cite(device);
  const unit = temperatureUnitOf(device, input.snapshot);
  const target = setpointOf(device);
  const now = currentTemperatureOf(device);
  const state = stateOf(device);
  // "is the alarm set": set means armed for an alarm panel, which takes no temperature.
  const alarm = target === undefined ? alarmStateSentence(device) : undefined;
  if (alarm) return withFreshness(alarm, input.context.freshness.label);
  // "what's the ceiling fan set to": whatever it is set to (a speed, a humidity, a mode) when it takes no temperature.
  const setting = target === undefined ? settingsSentence(device) : undefined;
  if (setting && !asksTemperature(input.match.words)) return withFreshness(`${setting}.`, input.context.freshness.label);
  if (target === undefined) {
    // "how hot is the hot water" on a combi boiler: each temperature it measures, in words, the one asked first.
    const temps = readingsOf(device, 'temperature').filter((r) => r.role === 'measured');
    if (temps.length > 1) {
      const asked = new Set(askedFields(device, input.match.words).map((f) => f.field));
      const ordered = [...temps.filter((r) => asked.has(r.field)), ...temps.filter((r) => !asked.has(r.field))];
      const phrases = ordered.map((r) => `${fieldLabel(r.field).replace(/ (c|f)$/, '')} ${r.value}${r.unit}`);
      return withFreshness(`${device.name}${kindEvidenceNote(input.snapshot, device, input.match.words)} reads ${joinNames(phrases)}.`, input.context.freshness.label);
    }
    if (now !== undefined) return withFreshness(`${device.name} reads ${now}${unit}.`, input.context.freshness.label);
    const read = sensorOnDevice(input.snapshot, device, 'temperature');
    if (read) {
      input.answer.cite(read.sensor);
      return withFreshness(`${device.name} measures nothing itself; ${read.sensor.name} on it reads ${joinNames(read.readings.map((r) => `${r.value}${r.unit}`))}.`, input.context.freshness.label);
    }
    const unread = hedgedReadings([device], 'temperature', `reading of ${device.name} is its temperature`);
    if (unread) return withFreshness(unread.text, input.context.freshness.label);
    if (asksTemperature(input.match.words) && roomWordTakenForDevice(input.match.words, device, input.snapshot)) return '';
    const inRoom = asksTemperature(input.match.words) ? roomTemperatureBesideIt(input, device) : undefined;
    if (inRoom) return withFreshness(inRoom, input.context.freshness.label);
    return withFreshness(`${device.name} has no temperature setting${setting ? `; ${setting.replace(device.name, 'it')}` : ''}.`, input.context.freshness.label);
  }
  // "how hot is the water heater": what it is now comes first, what it is set to second.
  if (now !== undefined && said(input.match, 'hot', 'cold', 'warm', 'actual', 'currently') && !said(input.match, 'set', 'target', 'setpoint')) {
    return withFreshness(`${device.name}${kindEvidenceNote(input.snapshot, device, input.match.words)} is ${now}${unit} now (set to ${target}${unit}).`, input.context.freshness.label);
  }
  let text = `${device.name}${kindEvidenceNote(input.snapshot, device, input.match.words)} is set to ${target}${unit}`;
  if (typeof state['mode'] === 'string') text += ` in ${state['mode']} mode`;
  if (now !== undefined) text += `; it is ${now}${unit} now`;
  return withFreshness(`${text}.`, input.context.freshness.label);
}
