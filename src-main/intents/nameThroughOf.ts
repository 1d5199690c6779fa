// "llum del menjador del mas" for the device "Llum menjador mas", "l'alarma del mas" for "Alarma mas", "la tele de la
// sala" for "Tele sala": Romance speakers join the words of a name with "de"/"del" and an article, where the home
// wrote the name without them. When the words said, less those joining words, are a name of the home, they are that
// name (read whole), not a thing "in" a place: the "in" would split the name ("alarma in mas").

/** How many words from `at` say a name of the home with joining words left out, and the name's words; 0 when none. */
export function nameThroughJoiningWords(words: readonly string[], at: number, joining: (word: string) => boolean, isName: (phrase: string) => boolean, longest: number): { length: number; name: string[] } {
  const content: string[] = [];
  const ends: number[] = [];
  for (let i = at; i < words.length && content.length < longest; i++) {
    const word = words[i] ?? '';
    if (i > at && joining(word)) continue;
    // "l'alarma", "d'emergència": the elided article goes.
    const bare = word.replace(/^[ld]'(?=\p{L})/u, '');
    content.push(bare);
    ends.push(i);
  }
  for (let n = content.length; n >= 2; n--) {
    const end = ends[n - 1] ?? at;
    // Only when a joining word was left out (a name said whole is read elsewhere).
    if (end - at + 1 > n && isName(content.slice(0, n).join(' '))) return { length: end - at + 1, name: content.slice(0, n) };
  }
  return { length: 0, name: [] };
}
