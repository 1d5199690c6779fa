// A visible button can't be a file input, so the app's JSON imports (conversations, the home, the demo banner's
// "import your home") each keep a hidden <input type="file"> and click it from their own button. This hook is that
// hidden input: it hands back the element to render and `open()` for the button; the caller keeps its own checks
// (size limit, what to do with the file). The input is cleared after each pick so choosing the same file again
// fires again.
import { useRef, type ReactElement } from 'react';

export interface JsonFilePickerOptions {
  /** The input's accessible name, e.g. "Home file to import". */
  label: string;
  /** Called with the chosen file (not called when the pick is cancelled). */
  onFile(file: File): void;
  testId?: string;
  /** -1 keeps the hidden input out of the Tab order (the button is the way in). */
  tabIndex?: number;
}

export function useJsonFilePicker({ label, onFile, testId, tabIndex }: JsonFilePickerOptions): { open(): void; input: ReactElement } {
  const fileInput = useRef<HTMLInputElement>(null);
  const input = (
    <input
      ref={fileInput}
      type="file"
      accept="application/json,.json"
      className="visually-hidden"
      aria-label={label}
      data-testid={testId}
      tabIndex={tabIndex}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
  return { open: () => fileInput.current?.click(), input };
}
