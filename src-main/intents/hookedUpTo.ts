// "what's the alarm hooked up to", "what is the router wired into": a thing and "hooked/wired up to" said last asks
// what it is tied to, as "what's the alarm connected to" does (the devices it manages or connects to). Read as typed it
// was the thing's state, which for a disarmed alarm panel read "not armed": a wrong "none" about the sensors it runs.
// Only "what is/what's the <thing> hooked up to" with no place said in it: "the lamp in the hall" would be read as the
// hall's connections, so it keeps its reading.
const HOOKED = /^((?:and |so )?(?:what's|whats|what is|what are) (?:the |your |our |that |this )?(?:(?!in |at |on )[\p{L}\p{N}'-]+ ){0,3}?(?!in |at |on )[\p{L}\p{N}'-]+) (?:hooked|wired) (?:up )?(?:to|into)\s*(\??)\s*$/iu;
const SAYS_HOOKED = /\b(?:hooked|wired)\b/i;

/** The question with its last "hooked up to" read as "connected to"; the text unchanged otherwise. */
export function hookedUpTo(text: string): string {
  if (!SAYS_HOOKED.test(text)) return text;
  const hit = HOOKED.exec(text.trim());
  return hit ? `${hit[1]} connected to${hit[2] ?? ''}` : text;
}
