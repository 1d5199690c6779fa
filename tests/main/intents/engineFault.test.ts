// A fault inside the intent engine (a bug met on some home's data) must not fail the user's turn in the app: the
// engine declines, the next responder answers, and the fault is logged as an error with the turn's correlation id.
// Tests and tools that leave `declineOnFault` off still see the fault thrown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnLogger } from '../../../src-main/chat/TurnLogger';
import { IntentResponder } from '../../../src-main/intents/IntentResponder';
import { createGraphTools, ToolRegistry } from '../../../src-main/tools/ToolRegistry';
import { openHarness, type Harness } from './intentHarness';

/** A tool registry whose every read fails the way a programming error would. */
class BrokenRegistry extends ToolRegistry {
  override prepare(): never {
    throw new TypeError("Cannot read properties of undefined (reading 'name')");
  }
}

function recordingLog(): TurnLogger & { errors: Array<{ message: string; fields?: Record<string, unknown> }> } {
  const errors: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  return { errors, info: () => {}, warn: () => {}, error: (message, fields) => errors.push({ message, ...(fields ? { fields } : {}) }) };
}

describe('a fault in the intent engine', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.dispose());

  const responder = (declineOnFault: boolean): IntentResponder =>
    new IntentResponder({ engine: h.engine, store: h.store, registry: new BrokenRegistry(createGraphTools()), approvals: h.approvals, toolContext: h.toolContext, declineOnFault });

  it('declines the turn and logs the fault when the app asks it to', async () => {
    const log = recordingLog();
    const answer = await responder(true).respond("what's in the kitchen", h.context({ log }));
    expect(answer).toBeUndefined();
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]?.message).toMatch(/intent engine fault/);
    expect(String(log.errors[0]?.fields?.['error'])).toMatch(/reading 'name'/);
  });

  it('throws the fault otherwise, so tests catch it', async () => {
    await expect(responder(false).respond("what's in the kitchen", h.context())).rejects.toThrow(/reading 'name'/);
  });

  it('answers as before when nothing goes wrong', async () => {
    const healthy = new IntentResponder({ engine: h.engine, store: h.store, registry: h.registry, approvals: h.approvals, toolContext: h.toolContext, declineOnFault: true });
    const answer = await healthy.respond("what's in the kitchen", h.context());
    expect(answer?.citations.length).toBeGreaterThan(0);
  });
});
