import type { EntityContent } from '../../src-shared/protocol/entities';

/** A one-line `key: value; ...` digest of an entity's content for search results, cut at `maxChars`. */
export function contentPreview(content: EntityContent, maxChars = 160): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    if (value === null || value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    parts.push(`${key}: ${text}`);
  }
  const joined = parts.join('; ');
  return joined.length <= maxChars ? joined : `${joined.slice(0, maxChars - 1)}…`;
}
