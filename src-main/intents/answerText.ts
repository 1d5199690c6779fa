export function capitalsOf(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "as of 14:02 — home server offline" goes after state answers, so a stale reading is never mistaken for live. */
export function withFreshness(text: string, label: string): string {
  if (!label) return text;
  return text.includes('\n') ? `${text}\n(${label})` : `${text} (${label})`;
}
