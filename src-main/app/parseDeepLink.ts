// The one way into the app from outside: `goodies://ask?q=…` and `goodies://entity/<id>`, from a second launch's
// argv (Windows, Linux) or macOS's open-url event. Anything else is refused: a link is untrusted input from any web
// page, so it may only ever name a place; it never asks or acts by itself (an ask link fills the box, the person
// presses Enter).
import type { NavigationTarget } from '../../src-preload/contract';

export const DEEP_LINK_SCHEME = 'goodies';
const MAX_LINK_CHARS = 2_048;
const MAX_QUESTION_CHARS = 2_000;
/** Entity ids: the protocol's UUIDs and readable slugs; nothing that could be a path or markup. */
const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

export function parseDeepLink(raw: string): NavigationTarget | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_CHARS) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:` || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.replace(/^\/+/, '');
  if (host === 'ask' && path === '') {
    const values = url.searchParams.getAll('q');
    const question = values.length === 1 ? values[0]!.replace(/\p{Cc}+/gu, ' ').trim() : '';
    if (!question || question.length > MAX_QUESTION_CHARS) return null;
    return { kind: 'ask', question };
  }
  if (host === 'entity' && url.search === '' && url.hash === '') {
    let id: string;
    try {
      id = decodeURIComponent(path);
    } catch {
      return null;
    }
    return ENTITY_ID.test(id) ? { kind: 'entity', id } : null;
  }
  return null;
}

/** The deep link among a launch's arguments (the OS passes it as one argv entry), if any. */
export function findDeepLink(argv: readonly string[]): NavigationTarget | null {
  for (const arg of argv) {
    if (typeof arg === 'string' && arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return parseDeepLink(arg);
  }
  return null;
}
