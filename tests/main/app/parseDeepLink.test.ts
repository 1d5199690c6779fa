// Deep links are untrusted input from any web page: only the two documented shapes pass, everything else is refused,
// and nothing the parser returns can ever be more than a place (never an action). Fuzzed with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeepLink, parseDeepLink } from '../../../src-main/app/parseDeepLink';
import { navigationTargetSchema } from '../../../src-preload/contract';

describe('parseDeepLink', () => {
  it('parses goodies://ask?q=… and goodies://entity/<id>', () => {
    expect(parseDeepLink('goodies://ask?q=is%20the%20garage%20open%3F')).toEqual({ kind: 'ask', question: 'is the garage open?' });
    expect(parseDeepLink('goodies://ask?q=turn+off+the+lights')).toEqual({ kind: 'ask', question: 'turn off the lights' });
    expect(parseDeepLink('goodies://entity/3f2a9c1e-1111-4a4a-8b8b-123456789abc')).toEqual({ kind: 'entity', id: '3f2a9c1e-1111-4a4a-8b8b-123456789abc' });
    expect(parseDeepLink('GOODIES://entity/kitchen-light')).toEqual({ kind: 'entity', id: 'kitchen-light' });
  });

  it('rejects bad links', () => {
    for (const bad of [
      'goodies://ask', 'goodies://ask?q=', 'goodies://ask?q=%20%20', 'goodies://ask?q=a&q=b', 'goodies://ask/extra?q=x',
      'goodies://entity/', 'goodies://entity/../../etc/passwd', 'goodies://entity/%2e%2e%2fsecrets', 'goodies://entity/a/b',
      'goodies://entity/<script>', 'goodies://entity/x?approve=1', 'goodies://approve/123', 'goodies://settings',
      'goodies://user:pw@entity/x', 'goodies://entity:8080/x', 'https://ask?q=x', 'file:///etc/passwd', 'javascript:alert(1)',
      `goodies://ask?q=${'a'.repeat(2_001)}`, `goodies://entity/${'a'.repeat(201)}`, 'goodies://entity/%E0%A4%A', 'not a url', '',
    ]) {
      expect(parseDeepLink(bad), bad).toBeNull();
    }
  });

  it('finds the link in a second launch\'s argv', () => {
    expect(findDeepLink(['/opt/Goodies/goodies', '--no-sandbox', 'goodies://entity/abc'])).toEqual({ kind: 'entity', id: 'abc' });
    expect(findDeepLink(['/opt/Goodies/goodies', '--flag'])).toBeNull();
  });

  it('fuzz: never throws, and anything it accepts is a valid navigation target of the two allowed kinds', () => {
    const arbitraryLink = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('goodies://', 'GOODIES://', 'goodies:', 'goodies:///'), fc.constantFrom('ask', 'entity', 'Entity', 'approve', ''), fc.string({ maxLength: 120 }))
        .map(([scheme, host, rest]) => `${scheme}${host}${rest}`),
      fc.tuple(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 50 })).map(([q, extra]) => `goodies://ask?q=${encodeURIComponent(q + extra)}`),
      fc.string({ maxLength: 220 }).map((id) => `goodies://entity/${encodeURIComponent(id)}`),
    );
    fc.assert(
      fc.property(arbitraryLink, (link) => {
        const target = parseDeepLink(link);
        if (target === null) return;
        expect(['ask', 'entity']).toContain(target.kind);
        expect(navigationTargetSchema.safeParse(target).success).toBe(true);
        if (target.kind === 'entity') expect(target.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
        if (target.kind === 'ask') expect(target.question).not.toMatch(/\p{Cc}/u);
      }),
      { numRuns: 1_000 },
    );
  });

  it('fuzz: every valid question and id round-trips', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }).filter((q) => q.trim() !== '' && !/\p{Cc}/u.test(q)), (question) => {
        expect(parseDeepLink(`goodies://ask?q=${encodeURIComponent(question)}`)).toEqual({ kind: 'ask', question: question.trim() });
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,60}$/), (id) => {
        expect(parseDeepLink(`goodies://entity/${encodeURIComponent(id)}`)).toEqual({ kind: 'entity', id });
      }),
    );
  });
});
