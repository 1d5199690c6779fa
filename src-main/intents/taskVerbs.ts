// Verbs people use for the same step of a procedure ("change" the filters, "replace" them), mapped to one word on both
// sides: the question's task and the procedure's own steps.
/** Verbs people use for the same procedure step, mapped to one word (both in the task and in the procedure). */
export const TASK_VERBS: Readonly<Record<string, string>> = {
  change: 'replace', swap: 'replace', replace: 'replace', setup: 'set', install: 'set', clear: 'empty', clean: 'empty', wash: 'empty',
  rinse: 'empty', restart: 'reset', reboot: 'reset', top: 'fill', refill: 'fill', repressurize: 'fill', repressurise: 'fill',
};

/** The one word for a verb, also said with -ing ("cleaning the filters"). */
export function taskVerb(key: string): string | undefined {
  return TASK_VERBS[key] ?? (key.endsWith('ing') ? TASK_VERBS[key.slice(0, -3)] : undefined);
}
