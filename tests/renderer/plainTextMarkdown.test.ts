// The plain-text fast path must render exactly what the Markdown pipeline renders for the texts it accepts, and must
// send every text with markup (or a GFM autolink, or whitespace Markdown reads) through the pipeline.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { isPlainText } from '../../src-renderer/features/chat/isPlainText';
import { FullMarkdown, PlainParagraphs } from '../../src-renderer/features/chat/MessageMarkdown';

const plain = [
  'The hallway light is off.',
  'Message 12: the hallway light was switched off at dusk, as every evening',
  'Is it 21.5 °C in the living room? Yes (measured at 10:04).',
  'First paragraph.\n\nSecond one, after a blank line.\nSame paragraph, next line.',
  'Three paragraphs\n\n\n\nwith extra blank lines\n\nin between.',
  '\nStarts and ends with a line break\n',
  'Well-known on/off switches cost 5 - 10 € each! Done.',
  'Ünïcödé wörds, 日本語のテキスト, emoji 💡 and “quotes” — fine.',
  '',
];

const markup = [
  '**bold**', '_emphasis_', 'a `code` span', '# Heading', '> quote', '| a | b |\n|---|---|\n| 1 | 2 |',
  '[link](https://example.com)', 'see https://example.com', 'www.example.com', 'mail me at someone@example.com',
  '- item', '+ item', '1. first', '2) second', 'Title\n=====', 'Title\n-----', '    indented code', '  two spaces in',
  'hard break  \nnext line', 'tab\there', 'a &amp; b', 'raw <b>html</b>', 'escaped \\*', '~~struck~~', '```\ncode\n```',
  'line\n- list after a line', 'trailing space ', 'no\u00a0break space at end\u00a0',
];

it('renders a plain text exactly as the Markdown pipeline does', () => {
  for (const text of plain) {
    expect(isPlainText(text), text).toBe(true);
    expect(renderToStaticMarkup(createElement(PlainParagraphs, { text })), text).toBe(renderToStaticMarkup(createElement(FullMarkdown, { text })));
  }
});

it('sends every text that may hold markup through the pipeline', () => {
  for (const text of markup) expect(isPlainText(text), text).toBe(false);
});

it('highlights code with the one shared highlighter, render after render', () => {
  const text = '```ts\nconst lights = 3;\n```';
  for (let i = 0; i < 2; i++) {
    const html = renderToStaticMarkup(createElement(FullMarkdown, { text }));
    expect(html).toContain('<span class="hljs-keyword">const</span>');
  }
  // An unknown language stays plain code (no throw).
  expect(renderToStaticMarkup(createElement(FullMarkdown, { text: '```nosuchlang\nx\n```' }))).toContain('<code class="hljs language-nosuchlang">x');
});
