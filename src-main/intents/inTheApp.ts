// "how many rooms does the flat have in the app, terrassa included": "in the app" says where the asker looks at the
// home, and apps hold devices, not rooms. Left in, the word "app" makes it a question about apps, answered with every
// app and its devices and no room. Dropped from a question about rooms or floors; "which app runs the lights" stays.
import lexicon from './lexicon/inTheApp.json';

const WHERE = new RegExp(`[\\s,]*\\b(?:${lexicon.where.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const LAYOUT = new RegExp(`\\b(?:${lexicon.layoutWords.join('|')})\\b`, 'i');

/** The question without an "in the app" that only says where the asker looks; unchanged otherwise. */
export function withoutInTheApp(text: string): string {
  const found = WHERE.exec(text);
  if (!found || !LAYOUT.test(text)) return text;
  return `${text.slice(0, found.index)}${text.slice(found.index + found[0].length)}`;
}
