// Tagalog and Taglish words, tagged by the job they do in a sentence (lexicon/tagalogCues.json): question words
// (nasaan, ano, alin, ilan, magkano, kailan, bakit, sino, paano), the markers (yung/ang = the, ng = of, sa/nasa = in,
// ni/kay = whose), may/meron/wala, the "naka-" states, the imperatives with their "i-", "pa-" and polite "paki-" forms,
// "lahat", the follow-up openers and the particles that say nothing to the engine (ba, po, pa, na, naman, mo…).
// A name of the home is a name first, whatever cue word it also is.
import { z } from 'zod';
import cues from '../lexicon/tagalogCues.json';
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { englishByPhrase, longestPhrase, phrases } from '../lexiconTable';
import { roleTable } from '../roleTable';

const LEXICON = z.object({
  questions: z.record(z.enum(['where is', 'what', 'which', 'how many', 'how much', 'when', 'why', 'who', 'how do i']), phrases),
  followUps: phrases,
  yes: phrases,
  particles: phrases,
  the: phrases,
  of: phrases,
  in: phrases,
  owner: phrases,
  all: phrases,
  exists: phrases,
  none: phrases,
  states: z.record(z.string(), phrases),
  commands: z.record(z.string(), phrases),
  clauseBreaks: phrases,
  openable: phrases,
  // English commands said with Tagalog around them ("unlock mo yung pinto"): commands, never a cue of the language.
  englishCommands: z.record(z.string(), phrases),
  // The few household nouns said in Tagalog even in Taglish ("ilaw" = lights); a name of the home wins over them.
  nouns: z.record(z.string(), z.string()),
  // "aircon nya" = her aircon: the owner said after the thing.
  possessives: z.record(z.string(), z.string()),
}).strict().parse(cues);
export { LEXICON as TAGALOG };

export type TagalogRole = 'possessive' | 'question' | 'followUp' | 'yes' | 'particle' | 'the' | 'of' | 'in' | 'owner' | 'all' | 'exists' | 'none' | 'state' | 'command' | 'clauseBreak';
export type TagalogToken = { kind: TagalogRole | 'name' | 'word'; said: string; english: string; englishOnly?: boolean };

const { table: TABLE, put } = roleTable<TagalogRole>();
// Longer and more specific roles first: "paano naman" opens a follow-up before "paano" asks how.
put('followUp', LEXICON.followUps, 'and');
put('question', LEXICON.questions);
put('command', LEXICON.commands);
put('state', LEXICON.states);
put('yes', LEXICON.yes, 'yes');
put('all', LEXICON.all, 'all');
put('exists', LEXICON.exists, 'any');
put('none', LEXICON.none, 'any');
put('the', LEXICON.the, 'the');
put('of', LEXICON.of, 'of');
put('in', LEXICON.in, 'in');
put('owner', LEXICON.owner, '');
put('clauseBreak', LEXICON.clauseBreaks, '');
for (const [said, english] of Object.entries(LEXICON.possessives)) put('possessive', [said], english);
put('particle', LEXICON.particles, '');
const ENGLISH_COMMANDS = englishByPhrase(LEXICON.englishCommands);
/** Every cue phrase of the table (tagalogPhrasing.ts keys the first words of those that call a sentence Tagalog). */
export const TAGALOG_CUES: readonly string[] = [...TABLE.keys()];
const LONGEST_CUE = longestPhrase(TABLE);

/** The sentence's words, each a name of the home, a Tagalog word with its job, or a plain word. */
export function tagalogTokens(words: readonly string[], snapshot: HomeSnapshot): TagalogToken[] {
  const out: TagalogToken[] = [];
  let i = 0;
  while (i < words.length) {
    const name = nameAt(words, i, snapshot);
    const cue = cueAt(words, i);
    // A name wins over a cue of as many words or fewer ("Sala" the room, a brand "Bukas").
    if (name > 0 && name >= (cue?.length ?? 0)) {
      const said = words.slice(i, i + name).join(' ');
      out.push({ kind: 'name', said, english: said });
      i += name;
    } else if (!cue && i === 0 && ENGLISH_COMMANDS.has(`${words[0]} ${words[1] ?? ''}`)) {
      out.push({ kind: 'command', said: `${words[0]} ${words[1]}`, english: ENGLISH_COMMANDS.get(`${words[0]} ${words[1]}`) ?? '', englishOnly: true });
      i += 2;
    } else if (!cue && i === 0 && ENGLISH_COMMANDS.has(words[0] ?? '')) {
      out.push({ kind: 'command', said: words[0] ?? '', english: ENGLISH_COMMANDS.get(words[0] ?? '') ?? '', englishOnly: true });
      i++;
    } else if (cue) {
      out.push({ kind: cue.kind, said: words.slice(i, i + cue.length).join(' '), english: cue.english });
      i += cue.length;
    } else {
      const said = words[i] ?? '';
      out.push({ kind: 'word', said, english: LEXICON.nouns[said] ?? said });
      i++;
    }
  }
  return out;
}

function cueAt(words: readonly string[], at: number): { kind: TagalogRole; english: string; length: number } | undefined {
  for (let len = Math.min(LONGEST_CUE, words.length - at); len >= 1; len--) {
    const found = TABLE.get(words.slice(at, at + len).join(' '));
    if (found) return { ...found, length: len };
  }
  return undefined;
}

function nameAt(words: readonly string[], at: number, snapshot: HomeSnapshot): number {
  for (let len = Math.min(snapshot.longestPhrase, words.length - at); len >= 1; len--) {
    if (snapshot.phrases.has(phraseKey(words.slice(at, at + len).join(' ')))) return len;
  }
  return 0;
}

/** Is the thing said one that opens and closes (a door, a gate) rather than one switched on and off ("bukas" is both)? */
export function opensAndCloses(said: string, snapshot: HomeSnapshot): boolean {
  const words = said.toLowerCase().split(/\s+/);
  if (LEXICON.openable.some((w) => said.toLowerCase().includes(w) && (w.includes(' ') || words.includes(w) || words.includes(`${w}s`)))) return true;
  return (snapshot.phrases.get(phraseKey(said.replace(/^the /, ''))) ?? []).some((e) => {
    const state = e.content['state'];
    return typeof state === 'object' && state !== null && ('open' in state || 'position' in state);
  });
}
