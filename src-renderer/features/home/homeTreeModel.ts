// Pure model of the home browser tree: built from HomeTree, flattened for keyboard navigation.
import type { DeviceSummary, EntityRef, HomeTree, RoomNode } from '../../../src-preload/contract';
import type { EntityType } from '../../../src-shared/protocol/entities';

export type TreeNodeKind = 'zone' | 'room' | 'device' | 'group' | 'entity';

export interface TreeNode {
  /** Entity id, or `group:…` for headings that are not entities. */
  id: string;
  label: string;
  kind: TreeNodeKind;
  entityId: string | null;
  entityType: EntityType | null;
  device?: DeviceSummary;
  children: TreeNode[];
}

const TYPE_HEADINGS: Partial<Record<EntityType, string>> = {
  home: 'Homes',
  door: 'Doors',
  window: 'Windows',
  procedure: 'Procedures',
  manual: 'Manuals',
  note: 'Notes',
  schedule: 'Schedules',
  automation: 'Automations',
  app: 'Apps',
};

// One collator: localeCompare with options builds a new one per comparison (a 2 000-note group took ~150 ms to sort).
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Tree nodes built for each zone, room and device object. applyTreeEntries keeps the objects of unchanged branches, so
 * with the same cache a rebuild after a change reuses their nodes (same identity) and only the changed branch is new.
 */
export type TreeModelCache = WeakMap<object, TreeNode>;

export function buildTreeModel(tree: HomeTree, cache: TreeModelCache = new WeakMap()): TreeNode[] {
  const cached = <T extends object>(source: T, build: (source: T) => TreeNode): TreeNode => {
    const hit = cache.get(source);
    if (hit) return hit;
    const node = build(source);
    cache.set(source, node);
    return node;
  };
  const deviceNode = (device: DeviceSummary): TreeNode =>
    cached(device, (d) => ({ id: d.id, label: d.name, kind: 'device', entityId: d.id, entityType: d.entity_type, device: d, children: [] }));
  const roomNode = (room: RoomNode): TreeNode =>
    cached(room, (r) => ({ id: r.id, label: r.name, kind: 'room', entityId: r.id, entityType: 'room', children: byName(r.devices).map(deviceNode) }));
  const entityNode = (ref: EntityRef): TreeNode =>
    cached(ref, (e) => ({ id: e.id, label: e.name, kind: 'entity', entityId: e.id, entityType: e.entity_type, children: [] }));

  const nodes: TreeNode[] = byName(tree.zones).map((zone) =>
    cached(zone, (z) => ({ id: z.id, label: z.name, kind: 'zone', entityId: z.id, entityType: 'zone', children: byName(z.rooms).map(roomNode) })),
  );
  const unzoned = byName(tree.unzonedRooms).map(roomNode);
  // With no zones at all, rooms are the top level: a lone "Other rooms" heading would only add a click.
  if (nodes.length === 0) nodes.push(...unzoned);
  else if (unzoned.length) nodes.push(cached(tree.unzonedRooms, () => ({ id: 'group:unzoned', label: 'Other rooms', kind: 'group', entityId: null, entityType: null, children: unzoned })));
  // Group headings are cached by their source list: an unchanged list keeps its node without sorting it again.
  if (tree.unplacedDevices.length) {
    nodes.push(cached(tree.unplacedDevices, (list) => ({ id: 'group:unplaced', label: 'Unplaced devices', kind: 'group', entityId: null, entityType: null, children: byName(list).map(deviceNode) })));
  }
  for (const [type, heading] of Object.entries(TYPE_HEADINGS) as Array<[EntityType, string]>) {
    const refs = tree.others[type];
    if (!refs?.length) continue;
    nodes.push(cached(refs, (list) => ({ id: `group:type:${type}`, label: heading, kind: 'group', entityId: null, entityType: null, children: byName(list).map(entityNode) })));
  }
  return nodes;
}

export interface VisibleNode {
  node: TreeNode;
  level: number;
  parentId: string | null;
}

export function flattenVisible(nodes: readonly TreeNode[], expanded: ReadonlySet<string>, level = 1, parentId: string | null = null): VisibleNode[] {
  return nodes.flatMap((node) => [
    { node, level, parentId },
    ...(node.children.length && expanded.has(node.id) ? flattenVisible(node.children, expanded, level + 1, node.id) : []),
  ]);
}

/** Ids from the root down to (excluding) the node with `id`, or null when it is not in the tree. */
export function pathTo(nodes: readonly TreeNode[], id: string): string[] | null {
  for (const node of nodes) {
    if (node.id === id) return [];
    const below = pathTo(node.children, id);
    if (below) return [node.id, ...below];
  }
  return null;
}

export type TreeKeyAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'activate'; id: string }
  | null;

/** WAI-ARIA tree keyboard behaviour, as a pure function of the visible rows. */
export function treeKeyAction(visible: readonly VisibleNode[], expanded: ReadonlySet<string>, focusedId: string, key: string): TreeKeyAction {
  const index = visible.findIndex((v) => v.node.id === focusedId);
  const current = visible[index];
  if (!current) return visible[0] ? { type: 'focus', id: visible[0].node.id } : null;
  const hasChildren = current.node.children.length > 0;
  switch (key) {
    case 'ArrowDown': {
      const next = visible[index + 1];
      return next ? { type: 'focus', id: next.node.id } : null;
    }
    case 'ArrowUp': {
      const prev = visible[index - 1];
      return prev ? { type: 'focus', id: prev.node.id } : null;
    }
    case 'ArrowRight':
      if (!hasChildren) return null;
      if (!expanded.has(current.node.id)) return { type: 'expand', id: current.node.id };
      return current.node.children[0] ? { type: 'focus', id: current.node.children[0].id } : null;
    case 'ArrowLeft':
      if (hasChildren && expanded.has(current.node.id)) return { type: 'collapse', id: current.node.id };
      return current.parentId ? { type: 'focus', id: current.parentId } : null;
    case 'Home':
      return visible[0] ? { type: 'focus', id: visible[0].node.id } : null;
    case 'End': {
      const last = visible[visible.length - 1];
      return last ? { type: 'focus', id: last.node.id } : null;
    }
    case 'Enter':
    case ' ':
      return { type: 'activate', id: current.node.id };
    default:
      return null;
  }
}
