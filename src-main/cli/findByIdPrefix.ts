// Ids are long to type, so CLI commands that act on one item (an approval, an outbox item) take its full id or an
// unambiguous prefix of it: one reading, one pair of errors, for every such command.
import { AppError } from '../../src-shared/errors';

/**
 * The one item whose id is `idOrPrefix` or starts with it. None: `notFound` as a not_found error; more than one: an
 * ambiguous error that counts them as `plural`.
 */
export function findByIdPrefix<T extends { id: string }>(items: readonly T[], idOrPrefix: string, plural: string, notFound: string): T {
  const matches = items.filter((item) => item.id === idOrPrefix || item.id.startsWith(idOrPrefix));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) throw new AppError('not_found', notFound);
  throw new AppError('ambiguous', `"${idOrPrefix}" matches ${matches.length} ${plural}; give more of the id.`);
}
