import { useEffect, useRef } from 'react';
import type { NavigationTarget } from '../../../src-preload/contract';
import { useAppStores } from '../../app/AppContext';
import { targetFromMainRoute } from '../quick/quickAskRoutes';

export interface NavigationActions {
  openConversation(id: string): void;
  openEntity(id: string): void;
  openActivity(): void;
  openTodos(): void;
}

/**
 * The main window goes where the shell asks (deep link, notification click, "Open in app" from quick ask): pushed
 * as 'shell.didRequestNavigation' in the desktop app, or as a hash route (`#/conversation/<id>`) in browser mode.
 */
export function useShellNavigation(actions: NavigationActions): void {
  const { api } = useAppStores();
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const go = (target: NavigationTarget) => {
      if (target.kind === 'conversation') ref.current.openConversation(target.id);
      else if (target.kind === 'entity') ref.current.openEntity(target.id);
      else if (target.kind === 'approvals' || target.kind === 'conflicts') ref.current.openActivity();
      else if (target.kind === 'todos') ref.current.openTodos();
    };
    const fromHash = () => {
      const target = targetFromMainRoute(window.location.hash);
      if (!target) return;
      go(target);
      // The route did its job; leave a clean URL so a reload does not jump again.
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    };
    // After this commit's effects: the stores subscribe to a selection in the root's effect, which runs after ours.
    const initial = setTimeout(fromHash, 0);
    window.addEventListener('hashchange', fromHash);
    const dispose = api.events['shell.didRequestNavigation'](go);
    return () => {
      clearTimeout(initial);
      window.removeEventListener('hashchange', fromHash);
      dispose();
    };
  }, [api]);
}
