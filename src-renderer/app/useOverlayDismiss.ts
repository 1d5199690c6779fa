import { useEffect, useRef } from 'react';

/**
 * While an overlay pane is open: Esc closes it (unless a field or dialog used the key first), and so does a pointer
 * press outside it (the button that toggles it excluded, so the toggle does not close-then-reopen).
 */
export function useOverlayDismiss(open: boolean, paneSelector: string, toggleSelector: string, close: () => void): void {
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      closeRef.current();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (!target || target.closest(paneSelector) || target.closest(toggleSelector) || target.closest('dialog')) return;
      closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open, paneSelector, toggleSelector]);
}
