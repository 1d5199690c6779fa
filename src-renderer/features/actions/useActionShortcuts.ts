import { useEffect, useRef } from 'react';
import type { ActionRegistry } from './actionRegistry';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select');
}

/**
 * Runs the action bound to a key press. Capture phase, so the browser's own bindings (Ctrl+N, Ctrl+K) lose. Nothing
 * fires while a modal dialog is open (the page behind is inert) or while Settings records a new binding.
 */
export function useActionShortcuts(registry: ActionRegistry): void {
  const ref = useRef(registry);
  ref.current = registry;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || document.querySelector('dialog[open]')) return;
      if (e.target instanceof HTMLElement && e.target.closest('[data-key-capture]')) return;
      const action = ref.current.forKeyPress(e, isTyping(e.target));
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action.run('');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
