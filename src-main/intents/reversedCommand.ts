// "turn off the pc" → card proposed → "nvm turn it back on": the pronoun names the device the last turn proposed to
// switch the other way, not a reading that said it is on. That card may have been approved since (or the user believes
// it was), so the reverse is proposed with the last reading said, never refused as "already on".
import type { Focus } from './ConversationFocus';

const OPPOSITE: Readonly<Record<string, string>> = {
  turn_on: 'turn_off', turn_off: 'turn_on', lock: 'unlock', unlock: 'lock', open: 'close', close: 'open', arm: 'disarm', disarm: 'arm',
};

/** Whether this command undoes the one the conversation's last turn asked for. */
export function reversesLastCommand(intent: string, focus: Focus | undefined): boolean {
  const opposite = OPPOSITE[intent];
  return opposite !== undefined && focus?.intent === opposite;
}
