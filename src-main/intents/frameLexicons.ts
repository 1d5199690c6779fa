// The sentence-frame lexicons of every language, one table keyed by language: French (lexicon/frames.json) and the
// other Romance languages (lexicon/frames.romance.json: Spanish, Portuguese, Italian; lexicon/frames.catalan.json:
// Catalan, last, so a sentence with as many Spanish as Catalan words stays Spanish). Read by sentenceFrames.ts
// (the frames) and crossLanguageCues.ts (their command verbs and words join the cue tables).
import frames from './lexicon/frames.json';
import romance from './lexicon/frames.romance.json';
import catalan from './lexicon/frames.catalan.json';

export const FRAME_LEXICONS: Record<string, unknown> = { ...frames, ...romance, ...catalan };
