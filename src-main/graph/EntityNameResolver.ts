// Resolves what people call things ("the lounge lights", "kitchn", "TV") to entities of the local graph, and
// resolveOrThrow turns a non-match into an AppError; normalisation, indexing and ranking live in sibling files.
import { AppError } from '../../src-shared/errors';
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import type { Disposable } from '../lifecycle/Disposable';
import { GraphDerivedCache } from './GraphDerivedCache';
import type { GraphStore } from './GraphStore';
import type { NameResolution, ResolveOptions } from './NameResolution';
import { buildIndex, type IndexEntry, type NameIndex } from './nameIndex';
import { canonicalTokens, endsInPlural, plainTokens } from './nameTokens';
import { rememberedSearch } from './recentNameSearches';
import {
  byScoreThenName, containmentTiers, correctSpelling, firstWithinMargin, FUZZY_ACCEPT, round, searchFuse, similarity, swapsKnownWord, swapsOtherWord, toScored, type Tier,
} from './rankNameCandidates';

export type { NameMatchHow, NameResolution, ResolveOptions, ScoredEntity } from './NameResolution';
export { canonicalTokens, plainTokens } from './nameTokens';

const DEFAULT_LIMIT = 8;
const MAX_QUERY_CHARS = 300;
/** Typo candidates closer than this to the best are treated as equally likely. */
const FUZZY_MARGIN = 0.05;
/** Containment candidates within this of the best are equally likely ("bedroom": Master Bedroom and Guest Bedroom). */
const CONTAIN_MARGIN = 0.25;

/**
 * Caches an index of current, non-deleted entities; any graph change drops it and the next call rebuilds it.
 * Measured on 20 000 entities in SQLite: the rebuild (listEntities included) takes about 0.7 s; afterwards exact,
 * normalised and synonym lookups take ~0.01 ms and typo searches 0.3-11 ms.
 */
export class EntityNameResolver implements Disposable {
  private readonly index: GraphDerivedCache<NameIndex>;

  constructor(store: GraphStore) {
    this.index = new GraphDerivedCache(store, () => store.listEntities().then(buildIndex));
  }

  dispose(): void {
    this.index.dispose();
  }

  /**
   * Tiers, first hit wins: exact id → exact name → case-insensitive → normalised name (articles, possessives,
   * punctuation, plurals, UK/US spelling) → synonyms → names that contain every word said (head noun first) →
   * whole-name typo (trigram prefilter, fuse.js ranking, edit distance to confirm) → spelling-corrected words → "none" with suggestions.
   * A tier that finds several equally good entities answers "ambiguous": for home control, asking back is cheaper than
   * switching on the wrong thing. Typo-level guesses with several candidates are only suggestions, never "ambiguous".
   */
  async resolve(text: string, options: ResolveOptions = {}): Promise<NameResolution> {
    const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const query = text.trim().slice(0, MAX_QUERY_CHARS);
    if (!query) return { kind: 'none', suggestions: [] };
    const index = await this.index.get();
    const allowed = options.types && options.types.length > 0 ? new Set<EntityType>(options.types) : undefined;
    // The same search again in one answer (another reading of the turn, another caller) is the one already made: kept
    // per index (recentNameSearches.ts), handed out as a copy so no caller sees another's changes.
    const loose = options.interchangeable;
    const key = `resolve\u0000${limit}\u0000${typesKey(allowed)}\u0000${looseKey(loose)}\u0000${query}`;
    return copyOf(rememberedSearch(index, key, () => this.search(index, query, limit, allowed, loose)));
  }

  /** The tiers of `resolve` over one index: pure in the index and the arguments. */
  private search(
    index: NameIndex,
    query: string,
    limit: number,
    allowed: Set<EntityType> | undefined,
    interchangeable: ResolveOptions['interchangeable'],
  ): NameResolution {
    const ok = (entry: IndexEntry): boolean => !allowed || allowed.has(entry.entity.entity_type);
    const keep = (entries: readonly IndexEntry[] | undefined): IndexEntry[] => (entries ?? []).filter(ok);

    const byId = index.byId.get(query);
    if (byId && ok(byId)) return { kind: 'match', entity: byId.entity, how: 'id', score: 1 };

    const tiers: Array<() => Tier | undefined> = [
      () => ({ kind: 'match', entries: keep(index.byName.get(query)), how: 'exact', score: 1 }),
      () => ({ kind: 'match', entries: keep(index.byLower.get(query.toLowerCase())), how: 'case', score: 0.98 }),
    ];
    const plain = plainTokens(query);
    const canon = canonicalTokens(plain);
    if (plain.length > 0) {
      tiers.push(
        () => ({ kind: 'match', entries: keep(index.byPlainKey.get(plain.join(' '))), how: 'synonym', score: 0.95 }),
        () => ({ kind: 'match', entries: keep(index.byCanonKey.get(canon.join(' '))), how: 'synonym', score: 0.92 }),
        ...containmentTiers(index, plain, canon, ok, endsInPlural(query)),
      );
    }
    for (const tier of tiers) {
      const result = tier();
      const answer = result && this.answer(result, limit);
      if (answer) return answer;
    }

    // Typos. A single clear whole-name winner is a match; anything less sure only becomes a suggestion.
    const fuseHits = rememberedSearch(index, `fuse\u0000${typesKey(allowed)}\u0000${query}`, () => searchFuse(index, query, allowed));
    const wholeName = fuseHits
      .map((hit) => ({ entry: hit.entry, score: similarity(plain.join(' '), hit.entry.plainKey) }))
      .filter((s) => s.score >= FUZZY_ACCEPT)
      .sort(byScoreThenName);
    const best = wholeName[0];
    const close = best ? wholeName.filter((s) => s.score >= best.score - FUZZY_MARGIN) : [];
    // The one close name swaps in a word the home's other names use: another thing was said, no typo of it ("lampu
    // bilik tidur kampung" is no "Lampu bilik tidur kecil"), and no spelling correction either (it would take the
    // swapped word for a slip of yet another name). Several close names stay a question back, as before.
    if (close.length === 1 && best && (swapsKnownWord(index, plain, best.entry.plainKey, interchangeable) || swapsOtherWord(plain, best.entry.plainKey, interchangeable))) return { kind: 'none', suggestions: [toScored(best)] };
    if (best) {
      if (close.length === 1) return { kind: 'match', entity: best.entry.entity, how: 'fuzzy', score: round(best.score) };
      return { kind: 'ambiguous', candidates: close.slice(0, limit).map(toScored) };
    }

    const corrected = correctSpelling(index, plain);
    let correctedCandidates: Array<{ entry: IndexEntry; score: number }> = [];
    if (corrected) {
      const correctedCanon = canonicalTokens(corrected);
      const correctedTiers: Array<() => Tier | undefined> = [
        () => ({ kind: 'match', entries: keep(index.byPlainKey.get(corrected.join(' '))), how: 'fuzzy', score: 0.85 }),
        () => ({ kind: 'match', entries: keep(index.byCanonKey.get(correctedCanon.join(' '))), how: 'fuzzy', score: 0.82 }),
        ...containmentTiers(index, corrected, correctedCanon, ok, endsInPlural(query)),
      ];
      for (const tier of correctedTiers) {
        const result = tier();
        if (!result) continue;
        if (result.kind === 'match') {
          if (result.entries.length === 1 && result.entries[0]) {
            if (swapsOtherWord(plain, result.entries[0].plainKey, interchangeable)) return { kind: 'none', suggestions: [{ entity: result.entries[0].entity, score: result.score }] };
            return { kind: 'match', entity: result.entries[0].entity, how: 'fuzzy', score: result.score };
          }
          if (result.entries.length > 1) {
            correctedCandidates = result.entries.map((entry) => ({ entry, score: 0.5 + 0.4 * result.score }));
            break;
          }
        } else if (result.scored.length > 0) {
          correctedCandidates = result.scored.map((s) => ({ entry: s.entry, score: 0.5 + 0.4 * s.score }));
          break;
        }
      }
    }

    // Spelling-corrected candidates score 0.5..0.9 and raw fuse hits 0..0.5: a corrected word is the better guess.
    const suggestions = new Map<string, { entry: IndexEntry; score: number }>();
    for (const c of correctedCandidates) suggestions.set(c.entry.entity.id, c);
    for (const hit of fuseHits) {
      if (!suggestions.has(hit.entry.entity.id)) suggestions.set(hit.entry.entity.id, { entry: hit.entry, score: 0.5 * (1 - hit.fuseScore) });
    }
    return { kind: 'none', suggestions: [...suggestions.values()].sort(byScoreThenName).slice(0, limit).map(toScored) };
  }

  private answer(tier: Tier, limit: number): NameResolution | undefined {
    if (tier.kind === 'match') {
      const [first, second] = tier.entries;
      if (!first) return undefined;
      if (!second) return { kind: 'match', entity: first.entity, how: tier.how, score: tier.score };
      return {
        kind: 'ambiguous',
        candidates: tier.entries
          .map((entry) => ({ entry, score: tier.score }))
          .sort(byScoreThenName)
          .slice(0, limit)
          .map(toScored),
      };
    }
    // The first few within the margin of the best, in ranked order: a big home's "thermostat" names thousands.
    const { first: sorted, within } = firstWithinMargin(tier.scored, CONTAIN_MARGIN, limit);
    const [first] = sorted;
    if (!first) return undefined;
    if (within === 1) return { kind: 'match', entity: first.entry.entity, how: 'synonym', score: round(first.score) };
    return { kind: 'ambiguous', candidates: sorted.map(toScored) };
  }
}

/** The entity types a search keeps, as a key: in a fixed order, as the set is what counts. */
/** A kept search's key part for the caller's loose-word rule: each rule function its own number, none ''. */
const looseRuleIds = new WeakMap<object, number>();
let looseRulesSeen = 0;
function looseKey(rule: ResolveOptions['interchangeable']): string {
  if (!rule) return '';
  let id = looseRuleIds.get(rule);
  if (id === undefined) looseRuleIds.set(rule, (id = ++looseRulesSeen));
  return String(id);
}

function typesKey(allowed: ReadonlySet<EntityType> | undefined): string {
  return allowed ? [...allowed].sort().join(',') : '*';
}

/** A kept resolution as a fresh object, its lists copied: callers get what a new search would give them. */
function copyOf(result: NameResolution): NameResolution {
  if (result.kind === 'match') return { ...result };
  if (result.kind === 'ambiguous') return { kind: 'ambiguous', candidates: result.candidates.map((c) => ({ ...c })) };
  return { kind: 'none', suggestions: result.suggestions.map((s) => ({ ...s })) };
}

/** Returns the one entity a name means, or throws AppError not_found (with suggestions) / ambiguous (with candidates). */
export async function resolveOrThrow(
  resolver: EntityNameResolver,
  text: string,
  types?: readonly EntityType[],
): Promise<Entity> {
  const result = await resolver.resolve(text, types ? { types } : {});
  if (result.kind === 'match') return result.entity;
  const shown = text.trim().slice(0, 80);
  if (result.kind === 'ambiguous') {
    const names = result.candidates.map((c) => c.entity.name);
    throw new AppError('ambiguous', `'${shown}' could mean: ${names.join(', ')}.`, {
      details: { candidates: result.candidates.map((c) => describe(c.entity)) },
    });
  }
  const names = result.suggestions.slice(0, 3).map((s) => s.entity.name);
  const hint = names.length > 0 ? ` Did you mean ${joinOr(names)}?` : '';
  throw new AppError('not_found', `I couldn't find '${shown}'.${hint}`, {
    details: { suggestions: result.suggestions.map((s) => describe(s.entity)) },
  });
}

function describe(entity: Entity): { id: string; name: string; entity_type: EntityType } {
  return { id: entity.id, name: entity.name, entity_type: entity.entity_type };
}

function joinOr(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
