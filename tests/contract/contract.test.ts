// The IPC contract at the boundary: every declared call has a handler, malformed input is refused with the error
// shape and changes nothing, and results come back wrapped as {ok, value} | {ok, error}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, calls, type CallName, MAX_QUESTION_CHARS } from '../../src-preload/contract';
import { dispatchCall } from '../../src-main/api/CallHandlers';
import { appErrorSchema } from '../../src-shared/errors';
import { createTestServices, type TestServices } from '../support/createTestServices';

let t: TestServices;
const quietLogger = { error: () => {} };
const call = (name: unknown, args: unknown) => dispatchCall(t.services.handlers, name, args, 'test', quietLogger);

beforeAll(async () => {
  t = await createTestServices();
});
afterAll(async () => {
  await t.cleanup();
});

/** Arguments each call must refuse: an undeclared key (schemas are strict) and a wrongly typed value. */
const MALFORMED: Record<CallName, unknown[]> = Object.fromEntries(
  CALL_NAMES.map((name) => [name, [{ unexpected: true }, 'not an object', 42, []]]),
) as Record<CallName, unknown[]>;
MALFORMED['home.getEntity'].push({ id: 5 }, { id: '' });
MALFORMED['home.search'].push({ query: 3 }, { query: '' }, { query: 'x', limit: 0 }, { query: 'x', types: ['spaceship'] });
MALFORMED['chat.send'].push({ text: '' }, { text: '   ' }, { text: 7 }, { text: 'x'.repeat(MAX_QUESTION_CHARS + 1) });
MALFORMED['tools.run'].push({ name: 'search_entities' }, { name: 3, args: {} });
MALFORMED['home.importJson'].push({ json: 12 });
MALFORMED['approvals.decide'].push({ proposalId: 'p', decision: 'maybe' });

describe('IPC contract', () => {
  it('has a handler for every declared call and no undeclared handler', () => {
    expect(Object.keys(t.services.handlers).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof t.services.handlers[name]).toBe('function');
  });

  it('declares a description and an argument schema for every call', () => {
    for (const name of CALL_NAMES) {
      expect(calls[name].description.length, name).toBeGreaterThan(10);
      expect(typeof calls[name].args.safeParse, name).toBe('function');
    }
  });

  it.each(CALL_NAMES)('%s refuses malformed arguments with a validation error', async (name) => {
    for (const args of MALFORMED[name]) {
      const result = await call(name, args);
      expect(result.ok, `${name} accepted ${JSON.stringify(args).slice(0, 80)}`).toBe(false);
      if (!result.ok) {
        expect(appErrorSchema.safeParse(result.error).success).toBe(true);
        expect(result.error.type).toBe('validation');
        expect(result.error.retryable).toBe(false);
        expect(result.error.message.length).toBeGreaterThan(5);
      }
    }
  });

  it('refuses an unknown call by name', async () => {
    for (const name of ['fs.readFile', '__proto__', 'constructor', 42, undefined]) {
      const result = await call(name, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.type).toBe('unknown_call');
    }
  });

  it('gives every error its own correlation id', async () => {
    const a = await call('home.getEntity', { id: 'no-such-id' });
    const b = await call('home.getEntity', { id: 'no-such-id' });
    expect(a.ok || b.ok).toBe(false);
    if (!a.ok && !b.ok) {
      expect(a.error.type).toBe('not_found');
      expect(a.error.correlation_id).not.toBe(b.error.correlation_id);
    }
  });

  it('a 100 kB question is refused clearly and stores nothing', async () => {
    const before = await call('chat.listConversations', {});
    const result = await call('chat.send', { text: 'what is in the kitchen? '.repeat(4_300) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(String(MAX_QUESTION_CHARS));
    expect(await call('chat.listConversations', {})).toEqual(before);
  });

  it('a malformed home file is refused and the graph does not change', async () => {
    const before = await call('status.get', {});
    for (const json of ['{not json', '{"entities": "nope", "relationships": []}', JSON.stringify({ entities: [{ id: 'x' }], relationships: [] })]) {
      const result = await call('home.importJson', { json });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.type).toBe('validation');
    }
    expect(await call('status.get', {})).toEqual(before);
  });

  it('tools.run: unknown tool, wrong argument types and write tools are refused', async () => {
    const unknown = await call('tools.run', { name: 'launch_rocket', args: {} });
    expect(!unknown.ok && unknown.error.type).toBe('unknown_call');
    const wrongType = await call('tools.run', { name: 'get_devices_in_room', args: { room_id: 12 } });
    expect(!wrongType.ok && wrongType.error.type).toBe('validation');
    if (!wrongType.ok) expect(wrongType.error.message).toContain('room_id');
    const write = await call('tools.run', { name: 'create_entity', args: { entity_type: 'note', name: 'sneaky' } });
    expect(!write.ok && write.error.type).toBe('forbidden');
    const search = await call('search_entities' as never, {});
    expect(search.ok).toBe(false);
  });

  it('a well-formed call returns {ok: true, value}', async () => {
    const info = await call('app.getInfo', {});
    expect(info).toMatchObject({ ok: true, value: { user: { id: 'tester', role: 'admin' } } });
  });
});
