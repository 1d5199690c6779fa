// What people call an automation by what its description says it is: "weekday morning routine" is "the morning
// automation", "the morning routine" or "the morning one"; "leaving the house — away mode" is "the away mode". The
// description's last words name the sort of thing (routine, mode, scene); the words before it are what tells this
// one apart, and any tail of them is enough ("morning" of "weekday morning"). A nickname two automations would share
// names neither.
import type { Entity } from '../../src-shared/protocol/entities';

/** Words that say "an automation" as the head of its description or of the question. */
const HEADS = ['routine', 'mode', 'scene', 'automation', 'program', 'programme', 'one'];
const HEAD_SET = new Set(HEADS);
const MAX_CORE_WORDS = 3;
/** Words no nickname starts with ("the house", "a warning"). */
const SKIP_START = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'and', 'or', 'on', 'in']);

/** Nickname phrase (lower case, single spaces) → the one automation or schedule it names. */
export function automationNicknames(automations: readonly Entity[]): Map<string, Entity> {
  const claimed = new Map<string, Entity | null>();
  for (const automation of automations) {
    const description = automation.content['description'];
    const said = typeof description === 'string' ? nicknamesOf(description) : new Set<string>();
    for (const nickname of [...said, ...timedNameNicknames(automation.name)]) {
      const had = claimed.get(nickname);
      claimed.set(nickname, had === undefined || had === automation ? automation : null);
    }
  }
  const out = new Map<string, Entity>();
  for (const [nickname, automation] of claimed) if (automation) out.set(nickname, automation);
  return out;
}

function nicknamesOf(description: string): Set<string> {
  const out = new Set<string>();
  // "leaving the house — away mode": each part on its own.
  for (const part of description.toLowerCase().split(/\s[—–-]\s|[;,()/]/)) {
    const words = part.replace(/[^\p{L}\p{N}' ]/gu, ' ').trim().split(/\s+/).filter(Boolean);
    const head = words[words.length - 1];
    if (!head || !HEAD_SET.has(head) || words.length < 2) continue;
    const core = words.slice(0, -1);
    for (let n = 1; n <= Math.min(MAX_CORE_WORDS, core.length); n++) {
      const tail = core.slice(core.length - n);
      if (SKIP_START.has(tail[0] ?? '')) continue;
      for (const said of HEADS) out.add([...tail, said].join(' '));
    }
  }
  return out;
}

/** A time at the end of a name: "10:30", "22.30", "6am", "7 pm", "0700". */
const TIME_TAIL = /\s+(?:at\s+)?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)|\d{4})\s*$/i;
const TIMED_HEADS = ['routine', 'automation', 'schedule', 'scene', 'one'];

/**
 * "Lights out 10:30" is "the lights out automation" (or routine, schedule, one): the time in a name says when it runs,
 * people leave it out. Said without "automation" the words are left alone ("turn the lights out" is no routine).
 */
function timedNameNicknames(name: string): string[] {
  if (!TIME_TAIL.test(name)) return [];
  const core = name.replace(TIME_TAIL, '').toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  if (core.length === 0 || core.length > MAX_CORE_WORDS) return [];
  return TIMED_HEADS.map((head) => [...core, head].join(' '));
}
