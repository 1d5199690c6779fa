// "how do I clean the pool filter" in a home with a procedure "Clean the pool filter" (for the pool pump) and an RO
// filter: the task said word for word as a procedure's name is that procedure, whatever device a word of it names
// on its own ("filter" is the RO filter's kind). Read before the task's words are resolved to a device.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { taskKeys } from './procedureFit';

/** The one procedure whose name has exactly the task's words (stop words aside), or undefined. */
export function procedureNamedExactly(snapshot: HomeSnapshot, task: string): Entity | undefined {
  const said = taskKeys(task);
  if (said.length < 2) return undefined;
  const named = snapshot.procedures.filter((p) => {
    const keys = taskKeys(p.name);
    return keys.length === said.length && keys.every((k) => said.includes(k));
  });
  return named.length === 1 ? named[0] : undefined;
}
