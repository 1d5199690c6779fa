import { useEffect, useId, useMemo, useRef } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { deviceBadges } from './deviceBadges';
import { flattenVisible, treeKeyAction } from './homeTreeModel';
import type { TreeNode } from './homeTreeModel';

export function HomeTree() {
  const { home } = useAppStores();
  const nodes = useSlice(home, (s) => s.nodes);
  const tree = useSlice(home, (s) => s.tree);
  const treeError = useSlice(home, (s) => s.treeError);
  const expanded = useSlice(home, (s) => s.expanded);
  const focusedId = useSlice(home, (s) => s.focusedId);
  const visible = useMemo(() => flattenVisible(nodes, expanded), [nodes, expanded]);
  const ref = useRef<HTMLUListElement>(null);
  const selectedId = useSlice(home, (s) => s.selectedId);
  useEffect(() => {
    if (!selectedId) return;
    ref.current?.querySelector(`[data-node-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, visible]);
  const tabStop = visible.some((v) => v.node.id === focusedId) ? focusedId : (visible[0]?.node.id ?? null);

  const focusNode = (id: string) => {
    home.getState().setFocused(id);
    requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus());
  };

  const activate = (node: TreeNode) => {
    home.getState().setFocused(node.id);
    if (node.children.length && node.kind !== 'zone') home.getState().setExpanded(node.id, node.kind === 'room' ? true : !expanded.has(node.id));
    if (node.kind === 'zone') home.getState().toggle(node.id);
    if (node.entityId) void home.getState().openEntity(node.entityId);
  };

  if (treeError) return <ErrorNote error={treeError} onRetry={() => void home.getState().loadTree()} />;
  if (!tree) return <p className="muted empty-hint">Loading the home…</p>;
  if (nodes.length === 0) return <p className="muted empty-hint">The home is empty. Import a home file or sync with a home server.</p>;

  return (
    <ul
      ref={ref}
      className="tree"
      role="tree"
      aria-label="Zones, rooms and devices"
      data-testid="home-tree"
      onKeyDown={(e) => {
        if (!tabStop) return;
        const action = treeKeyAction(visible, expanded, tabStop, e.key);
        if (!action) return;
        e.preventDefault();
        e.stopPropagation();
        if (action.type === 'focus') focusNode(action.id);
        else if (action.type === 'expand') home.getState().setExpanded(action.id, true);
        else if (action.type === 'collapse') home.getState().setExpanded(action.id, false);
        else {
          const node = visible.find((v) => v.node.id === action.id)?.node;
          if (node) activate(node);
        }
      }}
    >
      {nodes.map((n, i) => (
        <TreeItem key={n.id} node={n} level={1} posinset={i + 1} setsize={nodes.length} tabStop={tabStop} onActivate={activate} />
      ))}
    </ul>
  );
}

interface TreeItemProps {
  node: TreeNode;
  level: number;
  posinset: number;
  setsize: number;
  tabStop: string | null;
  onActivate(node: TreeNode): void;
}

function TreeItem({ node, level, posinset, setsize, tabStop, onActivate }: TreeItemProps) {
  const { home } = useAppStores();
  const isOpen = useSlice(home, (s) => s.expanded.has(node.id));
  const isSelected = useSlice(home, (s) => s.selectedId !== null && s.selectedId === node.entityId);
  const isLastRoom = useSlice(home, (s) => s.lastOpenedRoomId === node.id);
  const expandable = node.children.length > 0 || node.kind === 'room' || node.kind === 'zone';
  const badges = node.device ? deviceBadges(node.device) : [];
  const count = node.kind === 'room' ? node.children.length : null;
  const rowId = useId();

  const groupId = `${rowId}-group`;
  const hasGroup = isOpen && node.children.length > 0;
  return (
    // The treeitem is the row alone and owns its group (aria-owns): its name is what the row shows, never the text of
    // the rows nested under it (WCAG 2.5.3, "label in name"), and no aria-label has to repeat the visible words.
    <li role="none" className={`tree-item kind-${node.kind}`}>
      <div
        id={rowId}
        role="treeitem"
        aria-level={level}
        aria-posinset={posinset}
        aria-setsize={setsize}
        aria-expanded={expandable ? isOpen : undefined}
        aria-selected={isSelected}
        aria-owns={hasGroup ? groupId : undefined}
        // The treeitem itself takes focus (roving tabindex), as the ARIA tree pattern expects.
        data-node-id={node.id}
        tabIndex={tabStop === node.id ? 0 : -1}
        onFocus={(e) => {
          if (e.target === e.currentTarget) home.getState().setFocused(node.id);
        }}
        className={isSelected ? 'tree-row selected' : 'tree-row'}
        style={{ paddingInlineStart: `${(level - 1) * 14 + 6}px` }}
        onClick={(e) => {
          e.stopPropagation();
          onActivate(node);
        }}
      >
        <span
          className={expandable ? (isOpen ? 'twisty open' : 'twisty') : 'twisty leaf'}
          aria-hidden="true"
          onClick={(e) => {
            if (!expandable) return;
            e.stopPropagation();
            home.getState().toggle(node.id);
          }}
        />
        <span className="tree-label">{node.label}</span>
        {node.device?.kind && <span className="type-tag">{node.device.kind.replace(/_/g, ' ')}</span>}
        {badges.map((b) => (
          <span key={b.key} className={`badge tone-${b.tone}`}>{b.label}</span>
        ))}
        {count !== null && <span className="count">{count}<span className="visually-hidden"> devices</span></span>}
      </div>
      {isOpen && node.children.length > 0 && (
        <ul role="group" id={groupId} className="tree-group" {...(node.kind === 'room' && isLastRoom ? { 'data-testid': 'room-devices' } : {})}>
          {node.children.map((c, i) => (
            <TreeItem key={c.id} node={c} level={level + 1} posinset={i + 1} setsize={node.children.length} tabStop={tabStop} onActivate={onActivate} />
          ))}
        </ul>
      )}
      {isOpen && node.kind === 'room' && node.children.length === 0 && (
        <p className="muted tree-empty" style={{ paddingInlineStart: `${level * 14 + 22}px` }} {...(isLastRoom ? { 'data-testid': 'room-devices' } : {})}>
          No devices
        </p>
      )}
    </li>
  );
}
