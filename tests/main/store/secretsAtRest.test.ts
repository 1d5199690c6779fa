// Issue 8, finding 7: a provider error that echoed the API key was shown and stored unredacted, and goodies.db was 0644
// in an existing folder.
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { redactSecrets } from '../../../src-shared/redactSecrets';
import { AppError, toAppErrorShape } from '../../../src-shared/errors';
import { useFakeOpenAiServer } from '../../fakes/useFakeOpenAiServer';
import { createTestServices, type TestServices } from '../../support/createTestServices';

const KEY = 'sk-live-AbCdEfGhIjKlMnOpQrStUvWx1234';
let t: TestServices | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

describe('secrets at rest and on screen', () => {
  it('redacts keys, tokens and key=value secrets, and leaves ordinary text alone', () => {
    expect(redactSecrets(`Incorrect API key provided: ${KEY}.`)).toBe('Incorrect API key provided: [redacted key].');
    expect(redactSecrets('Authorization: Bearer abcdefghijklmnop')).not.toContain('abcdefghijklmnop');
    expect(redactSecrets('GET /v1?api_key=abc123456&x=1')).toBe('GET /v1?api_key=[redacted]&x=1');
    expect(redactSecrets('The password is on the fridge; turn off the Kitchen Ceiling Light')).toBe('The password is on the fridge; turn off the Kitchen Ceiling Light');
    expect(toAppErrorShape(new AppError('unavailable', `remote said: invalid key ${KEY}`), 'c').message).toBe('remote said: invalid key [redacted key]');
  });

  it('a provider error that echoes the API key is neither shown nor stored', async () => {
    const server = await useFakeOpenAiServer({ models: ['m'] });
    for (let i = 0; i < 4; i++) server.scriptChat({ kind: 'error', status: 401, message: `Incorrect API key provided: ${KEY}. You can find your API key at https://example.invalid` });
    t = await createTestServices();
    const call = (name: string, args: unknown) => dispatchCall(t?.services.handlers ?? ({} as never), name, args, 'test');
    await call('llm.saveSettings', { mode: 'remote', remote: { baseUrl: server.baseURL, model: 'm', apiKey: KEY } });
    const sent = await call('chat.send', { text: 'tell me a story about the garden' });
    const shown = JSON.stringify(sent);
    expect(shown).not.toContain(KEY);
    // The provider's words do reach the user, with the key masked (so the test is not passing on an empty reply).
    expect(shown).toContain('[redacted key]');
    const stored = JSON.stringify(t.services.store ? await call('chat.getMessages', { conversationId: (sent.ok ? (sent.value as { conversation: { id: string } }).conversation.id : '') }) : '');
    expect(stored).not.toContain(KEY);
  });

  it('goodies.db and its -wal/-shm are 0600 even in a folder that already existed', async () => {
    if (process.platform === 'win32') return;
    t = await createTestServices();
    for (const suffix of ['', '-wal', '-shm']) {
      const mode = statSync(`${t.dataDir}/goodies.db${suffix}`).mode & 0o777;
      expect([suffix, mode.toString(8)]).toEqual([suffix, '600']);
    }
  });
});
