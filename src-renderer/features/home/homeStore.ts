import { createStore } from 'zustand/vanilla';
import type { EntityDetail, HomeTree, SearchResultView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { applyTreeEntries } from './applyTreeEntries';
import { buildTreeModel, pathTo } from './homeTreeModel';
import type { TreeModelCache, TreeNode } from './homeTreeModel';

export interface HomeState {
  tree: HomeTree | null;
  nodes: TreeNode[];
  treeError: AppErrorShape | null;
  expanded: ReadonlySet<string>;
  /** The room whose device list was opened last (tests and screen readers find "the open room" by it). */
  lastOpenedRoomId: string | null;
  focusedId: string | null;
  query: string;
  results: SearchResultView[] | null;
  searchError: AppErrorShape | null;
  searching: boolean;
  selectedId: string | null;
  detail: EntityDetail | null;
  detailError: AppErrorShape | null;
  detailLoading: boolean;
  loadTree(): Promise<void>;
  toggle(id: string): void;
  setExpanded(id: string, open: boolean): void;
  setFocused(id: string): void;
  setQuery(query: string): void;
  search(query: string): Promise<void>;
  openEntity(id: string): Promise<void>;
  closeDetail(): void;
  /** A change pushed by main: coalesced for COALESCE_MS, then applied by id (or a reload when ids can't say). */
  onHomeChanged(entityIds: string[], relationshipIds?: string[]): void;
  /** Applies the changes collected so far now (the timer's job; tests call it). */
  flushChanges(): Promise<void>;
}

/** A burst of changes (a sync page, a scene switching ten lights) becomes one patch. */
export const COALESCE_MS = 100;
/** More changed ids than this in one burst: one full load is cheaper than patching them. */
const MAX_PATCH_IDS = 500;

export interface HomeStoreOptions {
  setTimer?: (run: () => void, ms: number) => unknown;
}

export function createHomeStore(call: Call, options: HomeStoreOptions = {}) {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  let searchSeq = 0;
  let detailSeq = 0;
  let treeSeq = 0;
  let loadsInFlight = 0;
  // The burst being collected: changed ids, or "reload" when some change can't be applied by id.
  let pendingIds = new Set<string>();
  let pendingReload = false;
  let timerSet = false;
  let patching: Promise<void> = Promise.resolve();
  const modelCache: TreeModelCache = new WeakMap();
  const store = createStore<HomeState>()((set, get) => ({
    tree: null,
    nodes: [],
    treeError: null,
    expanded: new Set(),
    lastOpenedRoomId: null,
    focusedId: null,
    query: '',
    results: null,
    searchError: null,
    searching: false,
    selectedId: null,
    detail: null,
    detailError: null,
    detailLoading: false,
    async loadTree() {
      const seq = ++treeSeq;
      loadsInFlight++;
      try {
        const tree = await call('home.getTree', {}).finally(() => loadsInFlight--);
        if (seq !== treeSeq) return;
        const nodes = buildTreeModel(tree, modelCache);
        const expanded = new Set(get().expanded);
        // First load: open the zones so rooms are one glance away.
        if (!get().tree) for (const n of nodes) if (n.kind === 'zone') expanded.add(n.id);
        set({ tree, nodes, expanded, treeError: null, focusedId: get().focusedId ?? nodes[0]?.id ?? null });
      } catch (error) {
        if (seq === treeSeq) set({ treeError: toErrorShape(error) });
      }
    },
    toggle(id) {
      get().setExpanded(id, !get().expanded.has(id));
    },
    setExpanded(id, open) {
      const expanded = new Set(get().expanded);
      if (open) expanded.add(id);
      else expanded.delete(id);
      const isRoom = findNode(get().nodes, id)?.kind === 'room';
      const lastOpenedRoomId = isRoom && open ? id : isRoom && get().lastOpenedRoomId === id ? null : get().lastOpenedRoomId;
      set({ expanded, lastOpenedRoomId });
    },
    setFocused(id) {
      set({ focusedId: id });
    },
    setQuery(query) {
      set({ query });
      if (!query.trim()) {
        searchSeq++;
        set({ results: null, searchError: null, searching: false });
      }
    },
    async search(query) {
      const q = query.trim();
      if (!q) return;
      const seq = ++searchSeq;
      set({ searching: true });
      try {
        const results = await call('home.search', { query: q.slice(0, 500), limit: 30 });
        if (seq === searchSeq) set({ results, searchError: null, searching: false });
      } catch (error) {
        if (seq === searchSeq) set({ searchError: toErrorShape(error), searching: false, results: null });
      }
    },
    async openEntity(id) {
      const seq = ++detailSeq;
      const path = pathTo(get().nodes, id);
      if (path?.length) {
        const expanded = new Set(get().expanded);
        for (const p of path) expanded.add(p);
        set({ expanded });
      }
      set({ selectedId: id, detailLoading: true, detailError: null, ...(path ? { focusedId: id } : {}) });
      try {
        const detail = await call('home.getEntity', { id });
        if (seq === detailSeq) set({ detail, detailLoading: false });
      } catch (error) {
        if (seq === detailSeq) set({ detail: null, detailError: toErrorShape(error), detailLoading: false });
      }
    },
    closeDetail() {
      detailSeq++;
      set({ selectedId: null, detail: null, detailError: null, detailLoading: false });
    },
    onHomeChanged(entityIds, relationshipIds = []) {
      // Without ids anything may have changed; a relationship change may have moved something between rooms.
      if (entityIds.length === 0 || relationshipIds.length > 0) pendingReload = true;
      for (const id of entityIds) pendingIds.add(id);
      if (timerSet) return;
      timerSet = true;
      setTimer(() => void get().flushChanges(), COALESCE_MS);
    },
    flushChanges() {
      timerSet = false;
      // One patch at a time: each applies to the tree the previous one left.
      const run = patching.then(() => applyPending());
      patching = run.catch(() => {});
      return run;
    },
  }));

  async function applyPending(): Promise<void> {
    const ids = [...pendingIds];
    const reload = pendingReload || ids.length > MAX_PATCH_IDS;
    pendingIds = new Set();
    pendingReload = false;
    const { selectedId, tree } = store.getState();
    if (selectedId && (reload || ids.includes(selectedId))) void store.getState().openEntity(selectedId);
    // A patch must apply to the newest tree: with a full load still on its way, load again instead.
    if (reload || !tree || loadsInFlight > 0) return store.getState().loadTree();
    if (ids.length === 0) return;
    const seq = ++treeSeq;
    try {
      const entries = await call('home.getTreeEntries', { ids });
      if (seq !== treeSeq) return; // a full load started meanwhile has the newer picture
      const patched = applyTreeEntries(tree, entries);
      if (!patched) return store.getState().loadTree();
      store.setState({ tree: patched, nodes: buildTreeModel(patched, modelCache), treeError: null });
    } catch {
      if (seq === treeSeq) return store.getState().loadTree();
    }
  }
  return store;
}

function findNode(nodes: readonly TreeNode[], id: string): TreeNode | null {
  for (const n of nodes) {
    if (n.id === id) return n;
    const below = findNode(n.children, id);
    if (below) return below;
  }
  return null;
}

export type HomeStore = ReturnType<typeof createHomeStore>;
