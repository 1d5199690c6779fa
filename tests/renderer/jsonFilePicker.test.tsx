// The hidden JSON file input the three import buttons share (conversations, home file, demo banner): the element it
// renders keeps the attributes each caller had before the merge (JSON only, visually hidden, its own label, test id
// and Tab order where given).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useJsonFilePicker, type JsonFilePickerOptions } from '../../src-renderer/ui/useJsonFilePicker';

function Picker(props: JsonFilePickerOptions) {
  return useJsonFilePicker(props).input;
}
const render = (props: Omit<JsonFilePickerOptions, 'onFile'>) => renderToStaticMarkup(createElement(Picker, { ...props, onFile: () => undefined }));

describe('useJsonFilePicker', () => {
  it('renders a hidden JSON file input with the caller’s label and test id', () => {
    const html = render({ label: 'Home file to import', testId: 'import-home-file' });
    expect(html).toContain('type="file"');
    expect(html).toContain('accept="application/json,.json"');
    expect(html).toContain('class="visually-hidden"');
    expect(html).toContain('aria-label="Home file to import"');
    expect(html).toContain('data-testid="import-home-file"');
    expect(html).not.toContain('tabindex');
  });

  it('leaves out what the caller does not give, and keeps a -1 Tab index out of the Tab order', () => {
    const html = render({ label: 'Home file to import', tabIndex: -1 });
    expect(html).not.toContain('data-testid');
    expect(html).toContain('tabindex="-1"');
  });
});
