/**
 * Search previews may arrive as (truncated, so unparseable) JSON of the entity content. Strip the JSON punctuation so
 * the line reads as words: `{"steps":["Lift the cover",` → `steps: Lift the cover,`.
 */
export function readablePreview(preview: string): string {
  if (!/^\s*[[{]/.test(preview)) return preview;
  return preview
    .replace(/\\"/g, '\uE000')
    .replace(/"([^"]*)":/g, '$1: ')
    .replace(/[{}[\]"]/g, '')
    .replace(/\uE000/g, '"')
    .replace(/,(?=\S)/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}
