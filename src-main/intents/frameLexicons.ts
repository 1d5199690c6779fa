// The sentence-frame lexicons of every language, one table keyed by language: French (lexicon/frames.json) and the
// other Romance languages (lexicon/frames.romance.json: Spanish, Portuguese, Italian). Read by sentenceFrames.ts
// (the frames) and crossLanguageCues.ts (their command verbs and words join the cue tables).
import frames from './lexicon/frames.json';
import romance from './lexicon/frames.romance.json';

export const FRAME_LEXICONS: Record<string, unknown> = { ...frames, ...romance };
