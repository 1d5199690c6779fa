// Downloads a GGUF model into a `.part` file next to the destination, resuming with an HTTP Range request when a
// `.part` already exists, checks free disk space before writing, verifies sha256 and only then renames into place.
// A dropped connection is resumed automatically (maxAttempts); an abort keeps the `.part` for a later resume.
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type AppErrorType } from '../../src-shared/errors';

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | null;
  percent: number | null;
}

export interface DownloadModelOptions {
  url: string;
  destPath: string;
  /** Expected sha256 (hex); a mismatch deletes the download and throws. */
  sha256?: string;
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Space to leave free on the disk after the download (default 256 MiB). */
  keepFreeBytes?: number;
  /** Tries in total when the connection drops; each retry resumes (default 3). */
  maxAttempts?: number;
}

export interface DownloadResult {
  path: string;
  sizeBytes: number;
  sha256: string;
  /** Bytes that were already on disk when the (last) request started. */
  resumedFromBytes: number;
}

export type ModelDownloadFailure = 'bad_url' | 'http' | 'network' | 'disk_space' | 'checksum' | 'aborted';

export class ModelDownloadError extends AppError {
  constructor(
    readonly reason: ModelDownloadFailure,
    message: string,
    type: AppErrorType,
    retryable = false,
  ) {
    super(type, message, { retryable, details: { reason } });
  }
}

export async function downloadModel(options: DownloadModelOptions): Promise<DownloadResult> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new ModelDownloadError('bad_url', `Not a valid URL: ${options.url}`, 'validation');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ModelDownloadError('bad_url', `Only http and https downloads are allowed, not ${url.protocol}`, 'validation');
  }
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      return await downloadOnce(url, options);
    } catch (error) {
      const retry = error instanceof ModelDownloadError && error.reason === 'network' && attempt < maxAttempts && !options.signal?.aborted;
      if (!retry) throw error;
    }
  }
}

async function downloadOnce(url: URL, options: DownloadModelOptions): Promise<DownloadResult> {
  const partPath = `${options.destPath}.part`;
  await fs.mkdir(path.dirname(options.destPath), { recursive: true });
  const existing = await fileSize(partPath);
  const headers: Record<string, string> = existing > 0 ? { range: `bytes=${existing}-` } : {};
  let response: Response;
  try {
    response = await fetch(url, { headers, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    throw asNetworkError(error, options.signal);
  }
  if (response.status === 416 && existing > 0) {
    // The part is as long as (or longer than) the file: start again rather than guess.
    await response.body?.cancel();
    await fs.rm(partPath, { force: true });
    return downloadOnce(url, options);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ModelDownloadError('http', `The model server answered HTTP ${response.status} for ${url.href}`, response.status === 404 ? 'not_found' : 'unavailable', response.status >= 500);
  }
  const resumed = response.status === 206 && existing > 0 && contentRangeStart(response.headers.get('content-range')) === existing;
  const startBytes = resumed ? existing : 0;
  const length = Number(response.headers.get('content-length') ?? NaN);
  const totalBytes = Number.isFinite(length) ? startBytes + length : null;

  const needed = (totalBytes ?? 0) - startBytes + (options.keepFreeBytes ?? 256 * 1024 * 1024);
  const stats = await fs.statfs(path.dirname(options.destPath));
  const free = stats.bavail * stats.bsize;
  if (needed > free) {
    await response.body?.cancel();
    throw new ModelDownloadError(
      'disk_space',
      `Not enough disk space for the model: it needs ${formatBytes(needed)} (download plus reserve), ${formatBytes(free)} is free.`,
      'too_large',
    );
  }

  const hash = createHash('sha256');
  if (resumed) await pipeline(createReadStream(partPath), hash, { end: false });
  let received = startBytes;
  const report = (): void =>
    options.onProgress?.({ receivedBytes: received, totalBytes, percent: totalBytes ? Math.min(100, (received / totalBytes) * 100) : null });
  report();
  if (!response.body) throw new ModelDownloadError('network', 'The model server sent no body', 'unavailable', true);
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    received += chunk.length;
    report();
  });
  const out = createWriteStream(partPath, { flags: resumed ? 'a' : 'w' });
  try {
    await pipeline(body, out);
  } catch (error) {
    // pipeline rejects as soon as the source fails, while a write already handed to the file system may still land:
    // wait for the file to close so the .part size a resume starts from is final.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    throw asNetworkError(error, options.signal);
  }
  if (totalBytes !== null && received < totalBytes) {
    throw new ModelDownloadError('network', `The download stopped at ${received} of ${totalBytes} bytes`, 'unavailable', true);
  }
  const digest = hash.digest('hex');
  if (options.sha256 && digest.toLowerCase() !== options.sha256.toLowerCase()) {
    await fs.rm(partPath, { force: true });
    throw new ModelDownloadError('checksum', `The downloaded model is corrupt or not the expected file: sha256 ${digest}, expected ${options.sha256}. It was deleted.`, 'validation');
  }
  await fs.rename(partPath, options.destPath);
  return { path: options.destPath, sizeBytes: received, sha256: digest, resumedFromBytes: startBytes };
}

function asNetworkError(error: unknown, signal: AbortSignal | undefined): ModelDownloadError {
  if (error instanceof ModelDownloadError) return error;
  if (signal?.aborted) return new ModelDownloadError('aborted', 'The download was stopped; it can be resumed.', 'unavailable');
  const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new ModelDownloadError('network', `The download was interrupted: ${message}`, 'unavailable', true);
}

function contentRangeStart(value: string | null): number | null {
  const match = value ? /^bytes (\d+)-/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
