// "any lights on in the bathroom", "anything open?": the spoken short form of "are any lights on …", "is anything
// open". Said without its verb, the question read as one device named by the kind ("Bathroom light is off") or as
// the list of the kind; with the verb put back, the templates read it over every device of the kind there. Only a
// question whose state word follows the subject is rewritten ("any tips for the boiler" stays as typed).
import { scopeAfterState } from './scopeAfterState';

const STATE = '(?:on|off|open|opened|closed|shut|lit|running|switched on|turned on|left on|left open|still on|still open)';
const ANY_KIND_STATE = new RegExp(`^\\s*any\\s+(?!(?:thing|one|body)\\b)(\\p{L}[^?]*?\\s+${STATE}\\b[^?]*)(\\??)\\s*$`, 'iu');
const ANYTHING_STATE = new RegExp(`^\\s*anything\\s+(${STATE}\\b[^?]*)(\\??)\\s*$`, 'iu');

// "lights on upstairs?": a plural subject and a state word, asked (the question mark) rather than commanded.
const PLURAL_STATE_ASKED = new RegExp(`^\\s*(?!(?:turn|switch|put|set|leave|keep|get|is|are|which|what|any)\\b)((?:\\p{L}[\\p{L}'-]*\\s+){0,2}\\p{L}[\\p{L}'-]*s)\\s+(on|off|open|closed)\\b([^?]*)\\?\\s*$`, 'iu');

export function quantifiedQuestion(text: string): string {
  const asked = text.replace(ANY_KIND_STATE, 'are any $1$2').replace(ANYTHING_STATE, 'is anything $1$2').replace(PLURAL_STATE_ASKED, 'which $1 are $2$3?');
  return asked === text ? text : scopeAfterState(asked);
}
