// "The details are in the log" must be true: an internal error writes a JSON line with its stack and the correlation
// id the user sees, to a file in the data folder's logs/, and the message names that file. Secrets never reach it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { createFileLogger } from '../../../src-main/logging/PinoFileLogger';
import { formatLogLine, listLogFiles, readLastLines } from '../../../src-main/logging/readLogFiles';
import { redactText, redactValue } from '../../../src-main/logging/redactSecrets';
import { createTestServices, type TestServices } from '../../support/createTestServices';

describe('file logging', () => {
  let test: TestServices | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it('an internal error leaves a JSON line with its stack and correlation id in logs/, and the message names the file', async () => {
    test = await createTestServices({ loadDemoHome: false });
    const { services, dataDir } = test;
    // A bug in a handler: anything that is not an AppError is internal.
    const failing = { ...services.handlers, 'home.getTree': async () => { throw new TypeError('database connection is not open'); } };
    const result = await dispatchCall(failing, 'home.getTree', {}, 'test', services.logger);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe('internal');
    const files = readdirSync(join(dataDir, 'logs'));
    expect(files.length).toBe(1);
    const logFile = join(dataDir, 'logs', files[0]!);
    expect(result.error.message).toContain(logFile);
    expect(result.error.message).toContain(result.error.correlation_id);
    const lines = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = lines.find((l) => l.correlation_id === result.error.correlation_id);
    expect(line).toMatchObject({ level: 'error', msg: 'call failed', call: 'home.getTree', runtime: 'cli' });
    const err = line?.err as { type: string; message: string; stack: string };
    expect(err.type).toBe('TypeError');
    expect(err.stack).toMatch(/database connection is not open\n\s+at /);
    expect(formatLogLine(JSON.stringify(line))).toContain(`ref=${result.error.correlation_id}`);
  });

  it('redacts secrets by key and inside text (bearer tokens, sk- keys, URL credentials, token query parameters)', async () => {
    test = await createTestServices({ loadDemoHome: false });
    test.services.logger.error('provider said: Authorization: Bearer abcdef123456 for https://user:pw@example.com/v1?api_key=XYZ', {
      settings: { apiKey: 'sk-live-1234567890', token: 'server-token', baseUrl: 'http://127.0.0.1:1/#token=abc-def' },
      err: new Error('401 with key sk-abcdefghijkl'),
    });
    const [file] = await listLogFiles(join(test.dataDir, 'logs'));
    const text = readFileSync(file!, 'utf8');
    for (const secret of ['abcdef123456', 'user:pw', 'XYZ', 'sk-live-1234567890', 'server-token', 'abc-def', 'sk-abcdefghijkl']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(redactText('nothing secret here')).toBe('nothing secret here');
    expect(redactValue({ tokenCount: 3, password: '' })).toEqual({ tokenCount: 3, password: '' });
  });

  it('rolls over at the size limit and reads the last lines back across files', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'goodies-logs-'));
    const logger = await createFileLogger({ logsDir: dir, runtime: 'test', maxFileSize: '1k', keepFiles: 10 });
    for (let i = 0; i < 40; i++) logger.info(`line ${i}`, { correlation_id: `c-${i}`, padding: 'x'.repeat(40) });
    await new Promise((r) => setTimeout(r, 50));
    await logger.dispose();
    const files = await listLogFiles(dir);
    expect(files.length).toBeGreaterThan(1);
    const last = await readLastLines(files, 3);
    expect(last.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['line 37', 'line 38', 'line 39']);
    rmSync(dir, { recursive: true, force: true });
  });
});
