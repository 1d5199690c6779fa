// Verbs people use for the same step of a procedure ("change" the filters, "replace" them), mapped to one word on both
// sides: the question's task and the procedure's own steps.
import { HOW_SUBJECTS } from './cueWords';
import { verbStemTask } from './howToWords';

/** Verbs people use for the same procedure step, mapped to one word (both in the task and in the procedure). */
export const TASK_VERBS: Readonly<Record<string, string>> = {
  change: 'replace', swap: 'replace', replace: 'replace', setup: 'set', install: 'set', clear: 'empty', clean: 'empty', wash: 'empty',
  rinse: 'empty', restart: 'reset', reboot: 'reset', top: 'fill', refill: 'fill', repressurize: 'fill', repressurise: 'fill',
};

/** The one word for a verb, also said with -ing ("cleaning the filters", "changing them"). */
export function taskVerb(key: string): string | undefined {
  if (TASK_VERBS[key]) return TASK_VERBS[key];
  // "purgo", "svuota", "reinicio": a verb of another language, by its stem (howToWords.ts).
  const stemmed = verbStemTask(key);
  if (stemmed) return stemmed;
  // "cleaning" → "clean", "changing" → "change".
  const stem = key.endsWith('ing') ? key.slice(0, -3) : undefined;
  return stem === undefined ? undefined : (TASK_VERBS[stem] ?? TASK_VERBS[`${stem}e`]);
}

/**
 * "how long does cleaning the ac filters take": the task of a procedure whose duration is asked, when it starts with a
 * verb in -ing ("cleaning", "changing", "bleeding"); undefined otherwise ("how long does the dishwasher take" is its cycle).
 */
export function durationTask(tokens: ReadonlyArray<{ key: string; text: string }>): string | undefined {
  const keys = tokens.map((t) => t.key);
  if (keys[0] !== 'how' || keys[1] !== 'long' || !['doe', 'does', 'do', 'will'].includes(keys[2] ?? '') || keys[keys.length - 1] !== 'take') return undefined;
  const task = tokens.slice(3, -1);
  const first = task[0]?.key ?? '';
  // Any verb in -ing with what it acts on ("bleeding the rads"), not only the verbs mapped above.
  const gerund = first.endsWith('ing') && (taskVerb(first) !== undefined || first.length >= 6);
  return gerund && task.length > 1 ? task.map((t) => t.text).join(' ') : undefined;
}

/** Verbs that say nothing about the task or the event: "put the child lock on", "when did we put the garlic in". */
export const BARE_VERBS: ReadonlySet<string> = new Set(['put', 'get', 'make', 'take', 'do', 'go', 'have', 'let', 'keep', 'give']);

/** "How do I …" anywhere in the sentence ("the wifi is down, how do I restart the router"), or how long a task takes:
 *  the task asked ("how I go from … to …" is a way, not a task), with the rule that found it; undefined when the
 *  sentence asks neither. */
export function howToTask(tokens: ReadonlyArray<{ key: string; text: string }>): { task: string; rule: string } | undefined {
  const howAt = tokens.findIndex((t, i) => t.key === 'how' && ['do', 'to', 'can', 'should', ...HOW_SUBJECTS].includes(tokens[i + 1]?.key ?? ''));
  if (howAt >= 0 && !['get', 'go', 'come', 'walk', 'reach', 'long', 'many', 'much'].includes(tokens[howAt + 1]?.key === 'do' || tokens[howAt + 1]?.key === 'can' ? tokens[howAt + 3]?.key ?? '' : tokens[howAt + 2]?.key ?? '')) {
    const rest = tokens.slice(howAt + 1).filter((t, i) => !(i < 2 && ['do', 'can', 'should', 'i', 'we', 'you', 'to'].includes(t.key)));
    if (rest.length) return { task: rest.map((t) => t.text).join(' '), rule: 'how-anywhere' };
  }
  const timed = durationTask(tokens);
  return timed ? { task: timed, rule: 'how-long-task' } : undefined;
}
