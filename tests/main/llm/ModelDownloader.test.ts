import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadModel, ModelDownloadError, type DownloadProgress } from '../../../src-main/llm/ModelDownloader';
import { TEST_MODEL_PATH } from './localModel';

const model = fs.readFileSync(TEST_MODEL_PATH);
const modelSha = createHash('sha256').update(model).digest('hex');
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Serves the model bytes with Range support; `dropAfterBytes` cuts the first N responses mid-body. */
async function modelServer(options: { dropFirstResponses?: number; dropAfterBytes?: number } = {}): Promise<{ url: string; ranges: Array<string | undefined> }> {
  const ranges: Array<string | undefined> = [];
  let drops = options.dropFirstResponses ?? 0;
  const server = http.createServer((req, res) => {
    ranges.push(req.headers.range);
    const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = match ? Number(match[1]) : 0;
    const body = model.subarray(start);
    res.writeHead(match ? 206 : 200, {
      'content-length': String(body.length),
      'content-type': 'application/octet-stream',
      ...(match ? { 'content-range': `bytes ${start}-${model.length - 1}/${model.length}` } : {}),
    });
    if (drops > 0) {
      drops--;
      res.write(body.subarray(0, options.dropAfterBytes ?? 1000), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/stories.gguf`, ranges };
}

function tempDest(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goodies-dl-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'models', 'stories.gguf');
}

describe('downloadModel', () => {
  it('downloads with progress events and a verified sha256', async () => {
    const { url } = await modelServer();
    const dest = tempDest();
    const progress: DownloadProgress[] = [];
    const result = await downloadModel({ url, destPath: dest, sha256: modelSha, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ path: dest, sizeBytes: model.length, sha256: modelSha, resumedFromBytes: 0 });
    expect(fs.readFileSync(dest).equals(model)).toBe(true);
    expect(fs.existsSync(`${dest}.part`)).toBe(false);
    expect(progress.at(-1)).toEqual({ receivedBytes: model.length, totalBytes: model.length, percent: 100 });
    expect(progress.every((p, i) => i === 0 || p.receivedBytes >= (progress[i - 1]?.receivedBytes ?? 0))).toBe(true);
  });

  it('a dropped connection keeps the .part; the next call resumes with Range and the hash still verifies', async () => {
    const { url, ranges } = await modelServer({ dropFirstResponses: 1, dropAfterBytes: 300_000 });
    const dest = tempDest();
    const error = await downloadModel({ url, destPath: dest, sha256: modelSha, maxAttempts: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelDownloadError);
    expect((error as ModelDownloadError).reason).toBe('network');
    const partSize = fs.statSync(`${dest}.part`).size;
    expect(partSize).toBeGreaterThan(0);
    expect(partSize).toBeLessThan(model.length);
    const result = await downloadModel({ url, destPath: dest, sha256: modelSha });
    expect(result.resumedFromBytes).toBe(partSize);
    expect(ranges).toEqual([undefined, `bytes=${partSize}-`]);
    expect(fs.readFileSync(dest).equals(model)).toBe(true);
  });

  it('resumes automatically within one call when the connection drops (maxAttempts)', async () => {
    const { url, ranges } = await modelServer({ dropFirstResponses: 2, dropAfterBytes: 200_000 });
    const dest = tempDest();
    const result = await downloadModel({ url, destPath: dest, sha256: modelSha, maxAttempts: 3 });
    expect(ranges).toHaveLength(3);
    expect(ranges[2]).toMatch(/^bytes=\d+-$/);
    expect(result.sha256).toBe(modelSha);
  });

  it('a sha256 mismatch deletes the download and says so', async () => {
    const { url } = await modelServer();
    const dest = tempDest();
    const error = (await downloadModel({ url, destPath: dest, sha256: '0'.repeat(64) }).catch((e: unknown) => e)) as ModelDownloadError;
    expect(error.reason).toBe('checksum');
    expect(error.message).toMatch(/sha256.*expected 0000.*deleted/);
    expect(fs.existsSync(dest) || fs.existsSync(`${dest}.part`)).toBe(false);
  });

  it('checks free disk space before writing anything', async () => {
    const { url } = await modelServer();
    const dest = tempDest();
    const error = (await downloadModel({ url, destPath: dest, keepFreeBytes: Number.MAX_SAFE_INTEGER }).catch((e: unknown) => e)) as ModelDownloadError;
    expect(error.reason).toBe('disk_space');
    expect(error.type).toBe('too_large');
    expect(error.message).toMatch(/Not enough disk space.*free/);
    expect(fs.existsSync(`${dest}.part`)).toBe(false);
  });

  it('refuses non-http(s) URLs and stops on abort, keeping the part for later', async () => {
    for (const bad of ['file:///etc/passwd', 'ftp://x/y.gguf', 'not a url']) {
      const error = (await downloadModel({ url: bad, destPath: tempDest() }).catch((e: unknown) => e)) as ModelDownloadError;
      expect(error.reason).toBe('bad_url');
    }
    const { url } = await modelServer();
    const controller = new AbortController();
    controller.abort();
    const error = (await downloadModel({ url, destPath: tempDest(), signal: controller.signal }).catch((e: unknown) => e)) as ModelDownloadError;
    expect(error.reason).toBe('aborted');
  });
});
