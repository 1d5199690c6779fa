// What each control intent does to a device: whether the device can do it, the exact state change (written in the
// field the device already uses), and whether its last reading already shows it done. answerControl.ts proposes.
import { homeTemperatureUnit } from './temperatureUnit';
import type { Entity } from '../../src-shared/protocol/entities';
import type { TargetPatch } from '../approvals/ProposalRequest';
import { armPatch, armStateKey } from './alarmControl';
import { armModeSaid } from './armModes';
import { lockStateOf, openStateKey, setpointOf, LEVEL_KEYS } from './deviceReadings';
import { capabilitiesOf, deviceType, kindById, type DeviceKind } from './deviceKinds';
import { said, stateOf, type IntentAnswerInput } from './IntentAnswerInput';
import { relativeLevel, STEP_BY_A_BIT } from './relativeLevel';
import { setpointField, setpointValue, type SetpointField } from './setpointField';
import { isSwitched, switchOf, switchPatch } from './switchControl';
import { fieldLabel } from './fieldMeanings';
import { numericTargetField } from './targetSetting';
import { dimsByItsState } from './statedAbility';
import { setpointInReach } from './setpointInReach';
import { boostChange, boosting, boostMinutes, canBoost } from './boostAction';
import { doorReleaseOf } from './doorRelease';
import { upDownChange, upDownKey } from './raiseLower';
import { partToOpen } from './partOpening';
import { fanSpeedKey, onlyTarget, opensAndCloses, positionKey, sameValue, temperatureRange } from './controlTraits';

// Moved to controlTraits.ts; still exported here so the modules that import them from this file stay as they are.
export { fanSpeedKey, opensAndCloses, TEMPERATURE_RANGES } from './controlTraits';

export interface ActionSpec {
  verb: string;
  /** Can this device do it? */
  can: (device: Entity) => boolean;
  /** The state change, or undefined when the device's last reading already shows it done. */
  patch: (device: Entity) => TargetPatch | undefined;
  /** The state change even when the last reading shows it done (that reading may be stale). */
  change: (device: Entity) => TargetPatch;
  /** For a whole room without a kind ("turn off the kitchen"): which devices. */
  defaultKind?: DeviceKind;
  cannot: (device: Entity) => string;
  already: string;
  detail?: string;
}

/** What reading a command needs: the match and the home (an answer input has both). */
export type Reading = Pick<IntentAnswerInput, 'match' | 'snapshot'>;

const LIGHT = kindById('light');
const LOCK = kindById('lock');
const ALARM = kindById('alarm');
const OPENABLE = ['door', 'valve', 'position'];
/** "turn up the sonos": a step from the last reading, no number said (relativeLevel.ts). */
/** The set_temperature template that switches the device on too (templates/control.json). */
const SWITCHED_ON_TOO = ' and (switch|turn|put) [it] on';
const STEP_TEMPLATES = ['turn (up|down) [the] {target}', 'turn [the] {target} (up|down)', ...STEP_BY_A_BIT];

/** Builds a spec from the change and the check whether the last reading shows it done. */
function spec(s: Omit<ActionSpec, 'patch'> & { done: (d: Entity) => boolean }): ActionSpec {
  const { done, ...rest } = s;
  return { ...rest, patch: (d) => (done(d) ? undefined : s.change(d)) };
}

export function numberSlot(input: Reading): number | undefined {
  for (const name of ['level', 'temperature']) {
    const slot = input.match.slots[name];
    if (slot?.type === 'number') return slot.value;
  }
  return undefined;
}

export function actionSpec(intent: string, input: Reading): ActionSpec | string {
  // A light the home lists no capabilities for is dimmable when it keeps a brightness (statedAbility.ts).
  const has = (cap: string) => (d: Entity): boolean => capabilitiesOf(d).includes(cap) || (cap === 'dimming' && dimsByItsState(d));
  switch (intent) {
    case 'turn_on':
    case 'turn_off': {
      const on = intent === 'turn_on';
      const power = on ? 'on' : 'off';
      const target = input.match.slots['target'];
      // "start the roomba", "stop the washer": a device that runs a job is started and stopped.
      const runs = target?.type === 'entity' && switchOf(target.entity)?.runs === true;
      return spec({
        verb: runs ? (on ? 'Start' : 'Stop') : on ? 'Turn on' : 'Turn off',
        // Switched through whatever field or capability its data shows (switchControl.ts), however it is spelled.
        can: (d) => switchOf(d) !== undefined,
        done: (d) => {
          const sw = switchOf(d);
          return sw !== undefined && isSwitched(d, sw, on);
        },
        change: (d) => {
          const sw = switchOf(d);
          return { state: sw ? switchPatch(d, sw, on) : { power } };
        },
        ...(LIGHT ? { defaultKind: LIGHT } : {}),
        cannot: (d) => `${d.name} can't be switched ${power} from here.`,
        already: runs ? (on ? 'running' : 'stopped') : power,
      });
    }
    case 'set_level': {
      const one = onlyTarget(input);
      const n = numberSlot(input) ?? (one ? relativeLevel(one, input.match) : undefined);
      // "turn up the speakers" with no number and no one reading to step from: the level is asked, never guessed.
      if (n === undefined && STEP_TEMPLATES.includes(input.match.template)) {
        return 'Say the level you want, e.g. "turn it up to 40".';
      }
      const most = said(input.match, 'max', 'maximum', 'full');
      const level = n ?? (said(input.match, 'brighten') || most ? 100 : 30);
      if (!Number.isFinite(level) || level < 0 || level > 100) return 'Brightness goes from 0 to 100%.';
      const rounded = Math.round(level);
      // "set the ventilation to 3": a fan named outright takes its speed step as said; "to max" is a step its data
      // doesn't give, so it is asked for.
      const target = input.match.slots['target'];
      const fan = target?.type === 'entity' && fanSpeedKey(target.entity) ? fanSpeedKey(target.entity) : undefined;
      if (fan && target?.type === 'entity') {
        const now = stateOf(target.entity)[fan];
        if (n === undefined) return `I don't know the highest fan speed of ${target.entity.name}${now === undefined ? '' : ` (it is at ${String(now)})`}; say the step you want, e.g. "set ${target.entity.name} to 3".`;
        return spec({
          verb: 'Set',
          can: (d) => d.id === target.entity.id,
          done: (d) => stateOf(d)[fan] === rounded,
          change: () => ({ state: { [fan]: rounded } }),
          cannot: (d) => `${d.name} has no fan speed I can set.`,
          already: `at fan speed ${rounded}`,
          detail: ` to fan speed ${rounded}`,
        });
      }
      // "stell de Entfeuchter uf 50": a device whose one number to set is a target (targetSetting.ts) takes it there.
      const aim = fan || target?.type !== 'entity' || n === undefined || said(input.match, 'dim', 'brighten') || has('dimming')(target.entity) ? undefined : numericTargetField(target.entity);
      if (aim && target?.type === 'entity') {
        const label = fieldLabel(aim);
        return spec({
          verb: 'Set',
          can: (d) => d.id === target.entity.id,
          done: (d) => stateOf(d)[aim] === rounded,
          change: () => ({ state: { [aim]: rounded } }),
          cannot: (d) => `${d.name} has no ${label} I can set.`,
          already: `at ${label} ${rounded}`,
          detail: ` (${label}) to ${rounded}`,
        });
      }
      // A speaker or TV is "turned down to 5" through its volume (never "dimmed"); blinds and shutters are "set to
      // 30%" through their position. A light's level and switch go in the fields it uses ("bri", "output").
      const change = (d: Entity): Record<string, unknown> => {
        const position = has('dimming')(d) ? undefined : positionKey(d);
        if (position) return { [position]: rounded };
        if (!has('dimming')(d)) return { volume: rounded };
        const levelKey = LEVEL_KEYS.find((k) => typeof stateOf(d)[k] === 'number') ?? 'level';
        const sw = switchOf(d);
        return { ...(sw ? switchPatch(d, sw, rounded > 0) : { power: rounded > 0 ? 'on' : 'off' }), [levelKey]: rounded };
      };
      return spec({
        verb: said(input.match, 'brighten') ? 'Brighten' : said(input.match, 'dim') ? 'Dim' : 'Set',
        can: (d) => has('dimming')(d) || (has('volume')(d) && !said(input.match, 'dim', 'brighten')) || (positionKey(d) !== undefined && !said(input.match, 'dim', 'brighten')),
        done: (d) => Object.entries(change(d)).every(([k, v]) => sameValue(stateOf(d)[k], v)),
        change: (d) => ({ state: change(d) }),
        ...(LIGHT ? { defaultKind: LIGHT } : {}),
        cannot: (d) => `${d.name} can't be dimmed.`,
        already: `at ${rounded}%`,
        detail: ` to ${rounded}%`,
      });
    }
    case 'set_temperature': {
      const value = numberSlot(input);
      if (value === undefined) return '';
      // In the field the device keeps its setpoint in, in its form ("target": "21°C"; setpointField.ts).
      const field = (d: Entity): SetpointField | undefined => (deviceType(d) === 'oven' ? undefined : setpointField(d));
      const key = (d: Entity): string => (deviceType(d) === 'oven' ? 'temperature_c' : (field(d)?.key ?? 'setpoint_c'));
      // The unit the home writes ("76 °F" in a US home): the proposal says it, the value is the user's number as said.
      const unit = homeTemperatureUnit(input.snapshot);
      // "set it at 24 and switch on": the setpoint and the switch in one proposal.
      const andOn = input.match.template.endsWith(SWITCHED_ON_TOO);
      // "tsukete, 22 de", "nyalain, 26 aja" to an AC that reads off at 22: the setpoint it has already, asked of a
      // device that is off, is a switch-on-and-set, never "already set to 22" (the command would change nothing).
      const atItOff = (d: Entity): boolean => {
        const sw = switchOf(d);
        return sw !== undefined && (field(d)?.value ?? stateOf(d)[key(d)]) === value && isSwitched(d, sw, false);
      };
      // Only for the one device named: a group ("24도로 올려줘" in a room) keeps out what already reads so.
      const target = input.match.slots['target'];
      const one = target?.type === 'entity' ? target.entity : undefined;
      const switchOn = (d: Entity): Record<string, unknown> => {
        const sw = andOn || (d === one && atItOff(d)) ? switchOf(d) : undefined;
        return sw && !isSwitched(d, sw, true) ? switchPatch(d, sw, true) : {};
      };
      const onToo = andOn || (one !== undefined && atItOff(one));
      return spec({
        verb: 'Set',
        // A number no device of its kind is set to ("set fan cuartico to 2" on an AC) is no setpoint (setpointInReach.ts).
        can: (d) => { const range = temperatureRange(input, d); return range !== undefined && setpointInReach(value, unit, range, field(d)?.value ?? setpointOf(d)); },
        done: (d) => (field(d)?.value ?? stateOf(d)[key(d)]) === value && Object.keys(switchOn(d)).length === 0,
        change: (d) => ({ state: { [key(d)]: setpointValue(field(d), value), ...(deviceType(d) === 'oven' ? { power: 'on' } : {}), ...switchOn(d) } }),
        cannot: (d) => (temperatureRange(input, d) ? `${value}${unit} is below any temperature ${d.name} is set to.` : `${d.name} has no temperature to set.`),
        already: `set to ${value}${unit}`,
        detail: ` to ${value}${unit}${onToo ? ' and switch it on' : ''}`,
      });
    }
    case 'lock':
    case 'unlock': {
      const value = intent === 'lock' ? 'locked' : 'unlocked';
      return spec({
        verb: intent === 'lock' ? 'Lock' : 'Unlock',
        can: (d) => has('lock_unlock')(d) || has('lock')(d) || lockStateOf(d) !== undefined,
        done: (d) => lockStateOf(d) === value,
        // In the field the home already uses: `locked: true` or `lock: "locked"`.
        change: (d) => ({ state: typeof stateOf(d)['locked'] === 'boolean' ? { locked: value === 'locked' } : { lock: value } }),
        ...(LOCK ? { defaultKind: LOCK } : {}),
        cannot: (d) => `${d.name} has no lock I can control.`,
        already: value,
      });
    }
    case 'open':
    case 'close': {
      const value = intent === 'open' ? 'open' : 'closed';
      const keyOf = (d: Entity): string => OPENABLE.find((k) => k in stateOf(d)) ?? openStateKey(d) ?? 'position';
      // Only for a door said ("open the building door"): a release is no opener of anything else asked ("open it" of a padlock).
      const doorSaid = ((slot) => slot?.type === 'entity' && slot.entity.entity_type === 'door')(input.match.slots['target']);
      // "Abra el portal" said of the intercom itself: the device whose capability opens the street door opens it.
      // Never a lock's: "open it" of a padlock is an unlock, not a release of some other door (gl115).
      const releaseSaid = (d: Entity): boolean => lockStateOf(d) === undefined && ((slot) => slot?.type === 'entity' && slot.entity.id === d.id)(input.match.slots['target']);
      const release = (d: Entity): string | undefined => (intent === 'open' && (doorSaid || releaseSaid(d)) && !opensAndCloses(d) ? doorReleaseOf(d) : undefined);
      // "close the maxxfan lid": a part the device lists and keeps open or closed (partOpening.ts).
      const part = (d: Entity): string | undefined => (opensAndCloses(d) ? undefined : partToOpen(d, input.match.words));
      const change = (d: Entity): Record<string, unknown> => {
        // An intercom's door release opens the door it controls: the capability, set (doorRelease.ts).
        const releasing = release(d);
        if (releasing) return { [releasing]: true };
        // A lift or rack kept "up"/"down": lowered to close, raised to open (raiseLower.ts).
        const upDown = opensAndCloses(d) ? undefined : upDownKey(d);
        if (upDown) return upDownChange(d, upDown, intent === 'open');
        const opened = part(d);
        if (opened) return { [opened]: value };
        // Homes that store `open: true|false` get a boolean back.
        if (typeof stateOf(d)['open'] === 'boolean') return { open: intent === 'open' };
        // A blind kept as a number (`current_pos: 100`) opens to 100 and closes to 0.
        const position = positionKey(d);
        if (position && typeof stateOf(d)[position] === 'number') return { [position]: intent === 'open' ? 100 : 0 };
        return { [keyOf(d)]: value };
      };
      return spec({
        verb: intent === 'open' ? 'Open' : 'Close',
        can: (d) => opensAndCloses(d) || release(d) !== undefined || upDownKey(d) !== undefined || part(d) !== undefined,
        done: (d) => release(d) === undefined && Object.entries(change(d)).every(([k, v]) => stateOf(d)[k] === v),
        change: (d) => ({ state: change(d) }),
        cannot: (d) => `${d.name} has no motor or valve I can ${intent}.`,
        already: value,
      });
    }
    case 'arm':
    case 'disarm': {
      const arm = intent === 'arm';
      const key = (d: Entity): string => armStateKey(d) ?? 'armed';
      const mode = arm ? armModeSaid(input.match.words) : undefined;
      return spec({
        verb: arm ? 'Arm' : 'Disarm',
        can: (d) => armStateKey(d) !== undefined,
        done: (d) => armPatch(d, arm, mode) === undefined,
        change: (d) => armPatch(d, arm, mode) ?? { state: { [key(d)]: typeof stateOf(d)[key(d)] === 'boolean' ? arm : arm ? 'armed' : 'disarmed' } },
        ...(ALARM ? { defaultKind: ALARM } : {}),
        cannot: (d) => `${d.name} is no alarm I can ${intent}.`,
        already: arm ? (mode ? `armed in ${mode} mode` : 'armed') : 'disarmed',
        ...(mode ? { detail: ` in ${mode} mode` } : {}),
      });
    }
    case 'boost': {
      const duration = input.match.slots['duration'];
      const minutes = boostMinutes(duration?.type === 'text' ? duration.text : undefined);
      return spec({
        verb: 'Boost',
        ...(minutes !== undefined ? { detail: ` for ${minutes} min` } : {}),
        can: canBoost,
        done: boosting,
        change: (d) => ({ state: boostChange(d, minutes) }),
        cannot: (d) => `${d.name} has no boost I can control.`,
        already: 'boosting',
      });
    }
    default:
      return '';
  }
}
