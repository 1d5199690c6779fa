import { createContext, useContext } from 'react';
import type { ActionRegistry, AppAction } from './actionRegistry';
import { ariaKeyShortcuts, formatCombo } from './keyCombos';

export interface ActionsValue {
  /** The actions this session's role may use, with the keys in effect. */
  registry: ActionRegistry;
  /** Every action definition, for conflict checks when rebinding. */
  definitions: readonly AppAction[];
  /** Ctrl or Cmd in labels. */
  mac: boolean;
}

export const ActionRegistryContext = createContext<ActionsValue | null>(null);

/** The registry, or null outside the main window (the quick-ask window has no palette). */
export function useActions(): ActionsValue | null {
  return useContext(ActionRegistryContext);
}

/** The keys an action is bound to now, for `aria-keyshortcuts` and a title hint ("" when unbound). */
export function useActionKeys(actionId: string): { aria: string | undefined; hint: string } {
  const action = useActions()?.registry.get(actionId);
  const keys = action?.boundKeys ?? [];
  return { aria: keys.length ? ariaKeyShortcuts(keys) : undefined, hint: keys.length ? ` (${formatCombo(keys[0]!)})` : '' };
}
