// Most messages are a sentence or two without any markup. Parsing those as Markdown (remark + GFM + rehype) costs a
// few milliseconds each, which adds up when a long conversation opens. This decides, conservatively, whether a text
// renders exactly like its own paragraphs: anything that could be Markdown syntax, an HTML entity or a GFM autolink
// sends the text through the full renderer.

/** Characters that start or close Markdown/GFM syntax anywhere in a line (or an entity, or raw HTML). */
const INLINE_SYNTAX = /[*_`~#>|[\]<&\\\t\r\f\v@]/;
/** GFM turns these into links without any brackets. */
const AUTOLINK = /(?:https?:\/\/|www\.|mailto:|xmpp:)/i;
/** Line starts that make a list, a setext heading or a rule, and whitespace Markdown strips or reads (indented code, hard breaks). */
const LINE_SYNTAX = /^(?:[-+=]|\d{1,9}[.)]|\p{Zs})|\p{Zs}$/mu;

export function isPlainText(text: string): boolean {
  return !INLINE_SYNTAX.test(text) && !AUTOLINK.test(text) && !LINE_SYNTAX.test(text);
}

/** The paragraphs Markdown would make of a plain text: split at blank lines; single line breaks stay in the text. */
export function plainParagraphs(text: string): string[] {
  return text.replace(/^\n+|\n+$/g, '').split(/\n{2,}/).filter((p) => p.length > 0);
}
