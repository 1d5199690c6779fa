import { useEffect, useState } from 'react';
import { copyText } from './copyText';

/** A small "Copy" button that says "Copied" for a moment (announced to screen readers). */
export function CopyButton({ text, label, testId, className }: { text: () => string; label: string; testId?: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className={className ?? 'btn btn-small btn-quiet'}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={() => void copyText(text()).then((ok) => setState(ok ? 'copied' : 'failed'))}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
