// Issue 12, round 46: "named by its words" is one function (nameWordsSaid.ts) for the notes a question names
// (noteNamedByWords.ts) and the rule a mention names whole (automationNamedWhole.ts); each keeps its own bounds.
import { describe, expect, it } from 'vitest';
import { nameWordsSaid } from '../../../src-main/intents/nameWordsSaid';
import { wordKeys } from '../../../src-main/intents/normalizeText';

const said = (text: string): ReadonlySet<string> => new Set(wordKeys(text));

describe('round 46: a name said by every word of it', () => {
  it('holds when every word of the name but the stop words is said, in any order', () => {
    expect(nameWordsSaid('Night Lock Up', said('is the night lock up automation on'), 0)).toBe(true);
    expect(nameWordsSaid('Nanna u l-AC', said('what do the notes say about nanna and the ac'), 2, 2)).toBe(true);
  });

  it('fails when a word of the name is missing', () => {
    expect(nameWordsSaid('Night Lock Up', said('is the night light on'), 0)).toBe(false);
    expect(nameWordsSaid('Nanna u l-AC', said('what do the notes say about the ac'), 2, 2)).toBe(false);
  });

  it('leaves out words under the letter bound, and needs the words left to reach the word bound', () => {
    // "u" and "l" are under two letters: "nanna ac" is what must be said.
    expect(nameWordsSaid('Nanna u l-AC', said('nanna ac'), 2, 2)).toBe(true);
    // A name of one counted word is not enough where two are asked for (a note named "AC" is no name said whole).
    expect(nameWordsSaid('AC', said('the ac notes'), 2, 2)).toBe(false);
    expect(nameWordsSaid('AC', said('the ac notes'), 2)).toBe(true);
    // A name of stop words only names nothing.
    expect(nameWordsSaid('The', said('the'), 0)).toBe(false);
  });
});
