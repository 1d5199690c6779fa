// One registry for every user action (STYLE.md "One action registry"): slash commands, keyboard shortcuts, the
// command palette, /help and the shortcut overlay all read the same list, so a label, a binding or a role check is
// written once. Pure: no React, no DOM; the app supplies each action's `run`.
import { comboFromKeyPress, isBareCombo, normaliseCombo, type KeyPress } from './keyCombos';

export type ActionRole = 'admin' | 'user' | 'guest';

export const ACTION_GROUPS = ['Conversations', 'Navigation', 'Language model', 'Help'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

export interface AppAction {
  /** Stable id: key of a rebinding in storage. */
  id: string;
  label: string;
  group: ActionGroup;
  /** One line for /help and the palette. */
  description?: string;
  /** Slash command without the slash ("new" for /new); `slashArgs` documents what may follow. */
  slash?: string;
  slashArgs?: string;
  /** Default key combinations ("Mod+K"); a rebinding replaces them all. */
  keys?: readonly string[];
  /** Who may see and run it; everyone when absent. Mirrors main's call policy: main enforces, this only hides. */
  roles?: readonly ActionRole[];
  /** Runs the action; `argument` is what followed a slash command. */
  run(argument: string): void;
}

/** Rebindings by action id: a list of combinations (empty: the action has no shortcut). */
export type KeyBindings = Readonly<Record<string, readonly string[]>>;

export interface BoundAction extends AppAction {
  /** The combinations in effect: the rebinding if any, else the defaults. */
  boundKeys: readonly string[];
}

export interface ActionRegistry {
  /** The actions this role may use, with their keys in effect, in registry order. */
  readonly actions: readonly BoundAction[];
  get(id: string): BoundAction | undefined;
  /** The action a key press triggers, if any. `typing`: focus is in a text field (bare keys such as "?" then type). */
  forKeyPress(press: KeyPress, typing: boolean): BoundAction | undefined;
  /** `/name rest` → the action and its argument, or null for text that is no known command (main answers it). */
  parseSlash(text: string): { action: BoundAction; argument: string } | null;
  /** The palette's filter: every word of the query in the label, group, description or slash name. */
  search(query: string): BoundAction[];
}

export function createActionRegistry(all: readonly AppAction[], role: ActionRole, bindings: KeyBindings = {}): ActionRegistry {
  const actions: BoundAction[] = all
    .filter((a) => !a.roles || a.roles.includes(role))
    .map((a) => ({ ...a, boundKeys: bindings[a.id] ?? a.keys ?? [] }));
  const byCombo = new Map<string, BoundAction>();
  for (const action of actions) for (const combo of action.boundKeys) if (!byCombo.has(combo)) byCombo.set(combo, action);
  const bySlash = new Map(actions.filter((a) => a.slash).map((a) => [a.slash!.toLowerCase(), a]));
  return {
    actions,
    get: (id) => actions.find((a) => a.id === id),
    forKeyPress(press, typing) {
      const combo = comboFromKeyPress(press);
      if (!combo || (typing && isBareCombo(combo))) return undefined;
      return byCombo.get(combo);
    },
    parseSlash(text) {
      const match = /^\/(\S+)\s*([\s\S]*)$/.exec(text.trim());
      const action = match ? bySlash.get(match[1]!.toLowerCase()) : undefined;
      return action ? { action, argument: match![2]!.trim() } : null;
    },
    search(query) {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) return actions;
      return actions.filter((a) => {
        const hay = `${a.label} ${a.group} ${a.description ?? ''} ${a.slash ? `/${a.slash}` : ''}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
    },
  };
}

export interface BindingConflict {
  combo: string;
  actionIds: string[];
}

/** Combinations bound to more than one action (with the rebindings applied): Settings refuses to save these. */
export function findConflicts(all: readonly AppAction[], bindings: KeyBindings): BindingConflict[] {
  const owners = new Map<string, string[]>();
  for (const a of all) for (const combo of bindings[a.id] ?? a.keys ?? []) owners.set(combo, [...(owners.get(combo) ?? []), a.id]);
  return [...owners].filter(([, ids]) => ids.length > 1).map(([combo, actionIds]) => ({ combo, actionIds }));
}

/**
 * Checks a rebinding before it is stored: the combination must name a key, and no other action may hold it.
 * Returns the normalised bindings, or why not.
 */
export function rebind(all: readonly AppAction[], bindings: KeyBindings, actionId: string, combo: string): { ok: true; bindings: KeyBindings } | { ok: false; reason: string } {
  const normal = normaliseCombo(combo);
  if (!normal) return { ok: false, reason: 'Press a key combination.' };
  const target = all.find((a) => a.id === actionId);
  if (!target) return { ok: false, reason: `No action ${actionId}.` };
  const holder = all.find((a) => a.id !== actionId && (bindings[a.id] ?? a.keys ?? []).includes(normal));
  if (holder) return { ok: false, reason: `${normal} is already used by “${holder.label}”.` };
  return { ok: true, bindings: { ...bindings, [actionId]: [normal] } };
}

/** Drops a rebinding: the action goes back to its default keys. */
export function resetBinding(bindings: KeyBindings, actionId: string): KeyBindings {
  const { [actionId]: _dropped, ...rest } = bindings;
  return rest;
}

/** The /help text: every slash command this role may use, then every shortcut, from the same list. */
export function helpLines(registry: ActionRegistry, formatKeys: (combo: string) => string): { commands: string[]; shortcuts: string[] } {
  return {
    commands: registry.actions.filter((a) => a.slash).map((a) => `/${a.slash}${a.slashArgs ? ` ${a.slashArgs}` : ''}: ${a.description ?? a.label}`),
    shortcuts: registry.actions.filter((a) => a.boundKeys.length).map((a) => `${a.boundKeys.map(formatKeys).join(' or ')}: ${a.label}`),
  };
}
