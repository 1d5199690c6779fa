import { createStore } from 'zustand/vanilla';
import type { EntityDetail, HomeTree, SearchResultView } from '../../../src-preload/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { toErrorShape } from '../../bridge/BridgeError';
import type { Call } from '../../bridge/createCall';
import { buildTreeModel, pathTo } from './homeTreeModel';
import type { TreeNode } from './homeTreeModel';

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
  onHomeChanged(entityIds: string[]): void;
}

export function createHomeStore(call: Call) {
  let searchSeq = 0;
  let detailSeq = 0;
  return createStore<HomeState>()((set, get) => ({
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
      try {
        const tree = await call('home.getTree', {});
        const nodes = buildTreeModel(tree);
        const expanded = new Set(get().expanded);
        // First load: open the zones so rooms are one glance away.
        if (!get().tree) for (const n of nodes) if (n.kind === 'zone') expanded.add(n.id);
        set({ tree, nodes, expanded, treeError: null, focusedId: get().focusedId ?? nodes[0]?.id ?? null });
      } catch (error) {
        set({ treeError: toErrorShape(error) });
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
    onHomeChanged(entityIds) {
      void get().loadTree();
      const selected = get().selectedId;
      if (selected && (entityIds.length === 0 || entityIds.includes(selected))) void get().openEntity(selected);
    },
  }));
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
