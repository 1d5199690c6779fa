// The graph as a guest may see it (ARCHITECTURE.md "Roles"): while `hidePrivate()` is true, entities whose content says
// `private: true` do not exist for any reader, and neither do edges that touch them. Every read path of the app
// (home browser, search, tools, intent engine, model context, citations, export) goes through this view, so a private
// note cannot leak through one path that forgot to check. Writes go to the real store unchanged.
import type { Entity, EntityType, Relationship } from '../../src-shared/protocol/entities';
import type { Disposable } from '../lifecycle/Disposable';
import { Emitter } from '../lifecycle/Emitter';
import type { GraphChangeEvent, GraphChangeSet, GraphStats, GraphStore, ListEntitiesQuery, RelationshipQuery, TextSearchHit } from './GraphStore';

const isPrivate = (entity: Pick<Entity, 'content'>): boolean => entity.content['private'] === true;

export class PrivacyFilteredGraphStore implements GraphStore, Disposable {
  private readonly changeEmitter = new Emitter<GraphChangeEvent>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscription: Disposable;

  constructor(
    private readonly inner: GraphStore,
    private readonly hidePrivate: () => boolean,
  ) {
    this.subscription = inner.onDidChange((e) => this.changeEmitter.fire(e));
  }

  /** Call when the answer of `hidePrivate()` changes: derived caches (name index, intent snapshot) must rebuild. */
  notifyVisibilityChanged(): void {
    this.changeEmitter.fire({ entityIds: [], relationshipIds: [] });
  }

  async getEntity(id: string, options?: { includeDeleted?: boolean }): Promise<Entity | undefined> {
    const entity = await this.inner.getEntity(id, options);
    return entity && this.visible(entity) ? entity : undefined;
  }

  async getEntities(ids: readonly string[]): Promise<Map<string, Entity>> {
    const found = await this.inner.getEntities(ids);
    if (!this.hidePrivate()) return found;
    return new Map([...found].filter(([, e]) => !isPrivate(e)));
  }

  async getVersions(id: string): Promise<Entity[]> {
    return (await this.getEntity(id, { includeDeleted: true })) ? this.inner.getVersions(id) : [];
  }

  async listEntities(query: ListEntitiesQuery = {}): Promise<Entity[]> {
    if (!this.hidePrivate()) return this.inner.listEntities(query);
    const { limit, offset, ...rest } = query;
    const all = (await this.inner.listEntities(rest)).filter((e) => !isPrivate(e));
    const start = offset ?? 0;
    return all.slice(start, limit === undefined ? undefined : start + limit);
  }

  async getRelationships(query?: RelationshipQuery): Promise<Relationship[]> {
    const edges = await this.inner.getRelationships(query);
    if (!this.hidePrivate() || edges.length === 0) return edges;
    const ids = [...new Set(edges.flatMap((e) => [e.from_entity_id, e.to_entity_id]))];
    const visible = await this.getEntities(ids);
    return edges.filter((e) => visible.has(e.from_entity_id) && visible.has(e.to_entity_id));
  }

  async searchText(query: string, options?: { types?: readonly EntityType[]; limit?: number }): Promise<TextSearchHit[]> {
    if (!this.hidePrivate()) return this.inner.searchText(query, options);
    const limit = options?.limit ?? 20;
    const hits = await this.inner.searchText(query, { ...options, limit: limit + 50 });
    return hits.filter((h) => !isPrivate(h.entity)).slice(0, limit);
  }

  applyChanges(changes: GraphChangeSet): Promise<void> {
    return this.inner.applyChanges(changes);
  }

  async getStats(): Promise<GraphStats> {
    return this.inner.getStats();
  }

  getMeta(key: string): Promise<string | undefined> {
    return this.inner.getMeta(key);
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.inner.setMeta(key, value);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }

  private visible(entity: Entity): boolean {
    return !this.hidePrivate() || !isPrivate(entity);
  }
}
