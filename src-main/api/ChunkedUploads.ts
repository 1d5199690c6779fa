// Large payloads over transports with a message limit (browser mode's WebSocket refuses frames over 1 MiB, while the
// UI accepts 50 MB home files): the client sends numbered chunks, then names the upload in the real call. Uploads are
// held in memory, bounded in total size, and forgotten after use or after a few minutes.
import { AppError } from '../../src-shared/errors';

interface Upload {
  chunks: string[];
  received: number;
  sizeChars: number;
  startedAtMs: number;
}

export class ChunkedUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(
    private readonly maxChars: number,
    private readonly ttlMs = 10 * 60 * 1000,
    private readonly nowMs: () => number = Date.now,
  ) {}

  add(uploadId: string, index: number, total: number, data: string): { received: number; total: number } {
    this.dropExpired();
    const upload = this.uploads.get(uploadId) ?? { chunks: new Array<string>(total), received: 0, sizeChars: 0, startedAtMs: this.nowMs() };
    if (upload.chunks.length !== total || index >= total) throw new AppError('validation', `Chunk ${index} of ${total} does not fit upload ${uploadId.slice(0, 40)}.`);
    if (upload.chunks[index] === undefined) {
      upload.received++;
      upload.sizeChars += data.length;
    }
    upload.chunks[index] = data;
    const totalChars = [...this.uploads.values()].reduce((n, u) => n + (u === upload ? 0 : u.sizeChars), upload.sizeChars);
    if (totalChars > this.maxChars) {
      this.uploads.delete(uploadId);
      throw new AppError('too_large', `The upload is larger than ${Math.round(this.maxChars / 1024 / 1024)} MB.`);
    }
    this.uploads.set(uploadId, upload);
    return { received: upload.received, total };
  }

  /** The whole text of a finished upload; the upload is forgotten. */
  take(uploadId: string): string {
    const upload = this.uploads.get(uploadId);
    this.uploads.delete(uploadId);
    if (!upload || upload.received !== upload.chunks.length) {
      throw new AppError('validation', `Upload ${uploadId.slice(0, 40)} is missing or incomplete; send it again.`);
    }
    return upload.chunks.join('');
  }

  private dropExpired(): void {
    for (const [id, upload] of this.uploads) if (this.nowMs() - upload.startedAtMs > this.ttlMs) this.uploads.delete(id);
  }
}
