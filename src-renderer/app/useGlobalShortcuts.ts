import { useEffect, useRef } from 'react';

export interface GlobalShortcuts {
  newConversation(): void;
  focusSearch(): void;
  focusComposer(): void;
  searchConversations(): void;
}

/** Ctrl/Cmd+N, Ctrl/Cmd+K, Ctrl/Cmd+L, Ctrl/Cmd+Shift+F. Handled on keydown in the capture phase so the browser's own bindings lose. */
export function useGlobalShortcuts(shortcuts: GlobalShortcuts): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const action = e.shiftKey
        ? key === 'f' ? ref.current.searchConversations : null
        : key === 'n' ? ref.current.newConversation : key === 'k' ? ref.current.focusSearch : key === 'l' ? ref.current.focusComposer : null;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
