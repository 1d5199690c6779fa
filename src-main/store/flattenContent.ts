// The searchable text of an entity's content: every string and number value, depth-first, so "Ecobee" under
// content.manufacturer or a word in content.steps[2].text is findable. Keys are left out (they would make every
// device match "manufacturer"), except that known label keys put their values first so snippets show them.
const FIRST_KEYS = ['manufacturer', 'model', 'type', 'description', 'location', 'steps'];
/** Flags and machine fields that are noise in a search index. */
const SKIPPED_KEYS = new Set(['deleted', 'private', 'id', 'checksum', 'ip', 'mac']);
const MAX_CHARS = 20_000;

export function flattenContent(content: Record<string, unknown>): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string): void => {
    if (length >= MAX_CHARS) return;
    parts.push(text);
    length += text.length + 1;
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || length >= MAX_CHARS) return;
    if (typeof value === 'string') {
      if (value.trim()) push(value);
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      push(String(value));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (!SKIPPED_KEYS.has(key)) visit(item, depth + 1);
      }
    }
  };
  for (const key of FIRST_KEYS) if (key in content) visit(content[key], 0);
  for (const [key, value] of Object.entries(content)) {
    if (!FIRST_KEYS.includes(key) && !SKIPPED_KEYS.has(key)) visit(value, 0);
  }
  return parts.join('\n').slice(0, MAX_CHARS);
}
