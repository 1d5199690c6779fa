// state_digest is a hash over every current row; a full pull of 20k entities asks for it on each of its 40 pages.
// It only changes when the graph sequence moves, so it is cached per (sequence, visibility). The sequence lives in
// the database, so the cache stays right when several server processes share one PostgreSQL.
import { computeStateDigest } from '../../src-node-shared/sync/stateDigest';
import type { ServerGraphStore, Visibility } from '../storage/ServerStorage';

export class DigestCache {
  private readonly cached = new Map<boolean, { seq: number; digest: string }>();

  constructor(private readonly graph: ServerGraphStore) {}

  async digest(visibility: Visibility): Promise<string> {
    const seq = await this.graph.currentSequence();
    const hit = this.cached.get(visibility.hidePrivate);
    if (hit && hit.seq === seq) return hit.digest;
    const digest = computeStateDigest(await this.graph.currentVersions(visibility));
    this.cached.set(visibility.hidePrivate, { seq, digest });
    return digest;
  }
}
