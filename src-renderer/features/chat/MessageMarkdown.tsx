// Markdown as a model writes it: GFM tables, lists, code with highlighting. Raw HTML in the text is dropped, never
// rendered (react-markdown escapes it and `skipHtml` removes it), and URLs pass react-markdown's safe-protocol filter.
// Links open outside the app: Electron's window-open handler sends them through main's URL check to the system
// browser; in browser mode they open in a new tab without access to this one. Text without any markup skips the
// parser (isPlainText): it renders to the same paragraphs, and a long conversation opens without parsing every line.
import { Fragment, memo } from 'react';
import type { ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { CopyButton } from '../../ui/CopyButton';
import { isPlainText, plainParagraphs } from './isPlainText';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node.props as { children?: ReactNode }).children);
  return '';
}

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
  pre: ({ children }) => {
    const code = textOf(children).replace(/\n$/, '');
    const language = /language-([\w+-]+)/.exec(
      (Array.isArray(children) ? children[0] : children)?.props?.className ?? '',
    )?.[1];
    return (
      <div className="code-block" data-testid="code-block">
        <div className="code-block-bar">
          <span className="code-language">{language ?? 'code'}</span>
          <CopyButton text={() => code} label="Copy code" testId="copy-code" className="btn btn-small btn-quiet code-copy" />
        </div>
        <pre tabIndex={0}>{children}</pre>
      </div>
    );
  },
  table: ({ children }) => (
    <div className="table-scroll" tabIndex={0}>
      <table>{children}</table>
    </div>
  ),
};

const remarkPlugins = [remarkGfm];
// react-markdown builds its pipeline on every render, and rehype-highlight registers (and later compiles) every
// language grammar each time its plugin is set up. Set up once here, every message shares the one highlighter.
const highlight = rehypeHighlight({ detect: false });
const rehypePlugins = [() => highlight];

/** The Markdown pipeline, for text that has (or may have) markup. */
export function FullMarkdown({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components} skipHtml>
      {text}
    </ReactMarkdown>
  );
}

/** What the pipeline renders for a text without markup, without running it (a line break between paragraphs too:
 * bubbles keep white space). */
export function PlainParagraphs({ text }: { text: string }) {
  return plainParagraphs(text).map((p, i) => (
    <Fragment key={i}>
      {i > 0 && '\n'}
      <p>{p}</p>
    </Fragment>
  ));
}

export const MessageMarkdown = memo(function MessageMarkdown({ text }: { text: string }) {
  return <div className="markdown">{isPlainText(text) ? <PlainParagraphs text={text} /> : <FullMarkdown text={text} />}</div>;
});
