// Markdown as a model writes it: GFM tables, lists, code with highlighting. Raw HTML in the text is dropped, never
// rendered (react-markdown escapes it and `skipHtml` removes it), and URLs pass react-markdown's safe-protocol filter.
// Links open outside the app: Electron's window-open handler sends them through main's URL check to the system
// browser; in browser mode they open in a new tab without access to this one.
import { memo } from 'react';
import type { ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { CopyButton } from '../../ui/CopyButton';

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
const rehypePlugins = [[rehypeHighlight, { detect: false, ignoreMissing: true }]] as Parameters<typeof ReactMarkdown>[0]['rehypePlugins'];

export const MessageMarkdown = memo(function MessageMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
});
