// "unlock the front door" in a home with two front doors (the house's "Aðaldyr, front door, Yale lock" and the
// summer house's "Dyr sumarhúss, front door of the cottage"): the alias both doors are called by named neither
// one, so the name search found nothing and the longer description won through another reading (the summer house's
// lock was proposed at tier 3). When the doors or windows an alias names alike lie in different houses of the home
// (homeSites.ts) and one of them is in the main house, a sentence that says no house means that one, as "the front
// door" at home does; any other sharing is left to the readings after this.
import type { Entity, EntityType } from '../../src-shared/protocol/entities';
import { siteOf } from './homeSites';
import type { HomeSnapshot } from './HomeIndex';
import type { Token } from './normalizeText';

const MAX_ALIKE = 6;

/** The main house's one opening among those an alias names alike in different houses, or undefined. */
export function openingAtMainHouse(snapshot: HomeSnapshot, tokens: readonly Token[], types: readonly EntityType[] | undefined): Entity | undefined {
  const keys = tokens.filter((t) => t.key !== 'the').map((t) => t.key).join(' ');
  const found = (snapshot.aliases.get(keys) ?? []).filter((e) => !types || types.includes(e.entity_type));
  if (found.length < 2 || found.length > MAX_ALIKE || !found.every((e) => e.entity_type === 'door' || e.entity_type === 'window')) return undefined;
  const main = found.filter((e) => siteOf(snapshot, e)?.away === false);
  const away = found.filter((e) => siteOf(snapshot, e)?.away === true);
  return main.length === 1 && main.length + away.length === found.length ? main[0] : undefined;
}
