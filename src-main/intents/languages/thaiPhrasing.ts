// Thai script in the English the engine reads. Thai writes no spaces and says the verb first ("ปิดไฟห้องนั่งเล่นให้
// หน่อยค่ะ" = turn off the living room light please), asks with a particle last ("ห้องพระเปิดไฟอยู่ไหมคะ" = is the
// light of the shrine room on) and ends with politeness (ค่ะ, ครับ). A sentence is cut by the home's names first,
// longest first, then by the words of lexicon/thai.json (thaiSegments.ts); names stay as the home writes them. A
// sentence with no Thai letter returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { THAI, THAI_LEXICON, THAI_RUN, thaiWords } from './thaiSegments';

type Role = 'particle' | 'command' | 'question' | 'state' | 'exists' | 'measure' | 'kind' | 'place';
const ROLES = new Map<string, { role: Role; english: string }>();
const put = (role: Role, words: readonly string[], english = ''): void => {
  for (const w of words) if (!ROLES.has(w.normalize('NFKC'))) ROLES.set(w.normalize('NFKC'), { role, english });
};
put('particle', THAI_LEXICON.particles);
for (const [english, words] of Object.entries(THAI_LEXICON.questions)) put('question', words, english);
for (const [english, words] of Object.entries(THAI_LEXICON.commands)) put('command', words, english);
for (const [english, words] of Object.entries(THAI_LEXICON.states)) put('state', words, english);
put('exists', THAI_LEXICON.exists, 'there is');
for (const [english, words] of Object.entries(THAI_LEXICON.measures)) put('measure', words, english);
for (const [english, words] of Object.entries(THAI_LEXICON.kinds)) put('kind', words, english);
for (const [english, words] of Object.entries(THAI_LEXICON.places)) put('place', words, english);

type NameIndex = { names: Map<string, string>; longest: number };
const NAMES = new WeakMap<HomeSnapshot, NameIndex>();
/** The home's names that hold Thai, as typed (NFKC, lowercase, no spaces) → as the home writes them. */
function namesOf(snapshot: HomeSnapshot): NameIndex {
  let index = NAMES.get(snapshot);
  if (!index) {
    index = { names: new Map(), longest: 0 };
    for (const entity of snapshot.byId.values()) {
      const typed = entity.name.normalize('NFKC').toLowerCase();
      for (const run of typed.match(THAI_RUN) ?? []) {
        // A name of Thai letters alone is found whole; a mixed one ("Wallbox ชาร์จรถ") by its Thai part.
        if (run.length < 2) continue;
        index.names.set(run, run === typed.replace(/\s+/g, '') ? entity.name : run);
        index.longest = Math.max(index.longest, run.length);
      }
    }
    NAMES.set(snapshot, index);
  }
  return index;
}

const OPENED: ReadonlySet<string> = new Set(THAI_LEXICON.opened.map((w) => w.normalize('NFKC')));
/** "เปิดประตูรั้ว" opens the gate; "เปิดไฟ" turns on the light. */
function opens(first: string, verb: string): string {
  const opened = [...OPENED].some((w) => first.startsWith(w));
  return opened && verb === 'turn on' ? 'open' : opened && verb === 'turn off' ? 'close' : verb;
}

/** The sentence in English, or undefined when it has no Thai or says nothing the engine reads. */
export function thaiPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!THAI.test(text)) return undefined;
  const { names, longest } = namesOf(snapshot);
  const keys = new Set(names.keys());
  const lowered = text.normalize('NFKC').toLowerCase();
  // A reason said first and apart ("ยุงเยอะ เปิดเครื่องดักยุง…" = lots of mosquitoes, turn on the trap): the part
  // with the request or question is read; "ร้อน" after it likewise.
  const parts = lowered.split(/\s+/).filter(Boolean);
  const part = parts.find((p) => thaiWords(p.match(THAI_RUN)?.[0] ?? '', keys, longest).some((w) => ROLES.get(w)?.role === 'command' || ROLES.get(w)?.role === 'question')) ?? lowered;
  const words: Array<{ said: string; role?: Role; english: string }> = [];
  for (const piece of part.split(/(\p{Script=Thai}+)/u).filter((p) => p.trim())) {
    if (!THAI.test(piece)) {
      for (const w of piece.trim().split(/\s+/)) words.push({ said: w, english: w });
      continue;
    }
    for (const w of thaiWords(piece, keys, longest)) {
      const name = names.get(w);
      const role = name ? undefined : ROLES.get(w);
      words.push({ said: w, ...(role ? { role: role.role } : {}), english: name ?? role?.english ?? w });
    }
  }
  const of = (role: Role): { english: string } | undefined => words.find((w) => w.role === role);
  // The thing stays in Thai, its kind word first as Thai names put it ("ห้องพระ…ไฟ" is the home's "ไฟห้องพระ"): the
  // engine keys Thai by its words, so "ไฟ ห้องพระ" finds that name; an English kind word would find another thing.
  const said = (w: { role?: Role }): boolean => !w.role || w.role === 'kind' || w.role === 'place';
  const thingWords = [...words.filter((w) => w.role === 'kind'), ...words.filter((w) => said(w) && w.role !== 'kind')];
  const thing = thingWords.map((w) => (w.role ? w.said : w.english)).join(' ').trim();
  const command = of('command');
  const question = of('question');
  const measure = of('measure');
  if (!thing) return undefined;
  if (command && !question && !measure) return `${opens(thingWords[0]?.said ?? '', command.english)} ${thing}`;
  if (measure?.english === 'battery') return `what is the battery of ${thing}`;
  if (measure?.english === 'manual') return `is there a manual for ${thing}`;
  if (measure?.english === 'app') return `what app is ${thing} in`;
  if (measure) return undefined;
  if (question?.english === 'yes no' && command) return `is ${thing} ${command.english === 'turn off' ? 'off' : 'on'}`;
  if (question?.english === 'yes no' && of('exists')) return `is there a ${thing}`;
  if (question?.english === 'where' || question?.english === 'which room') return `where is ${thing}`;
  if (question?.english === 'how many') return `how many ${thing} are there`;
  return undefined;
}
