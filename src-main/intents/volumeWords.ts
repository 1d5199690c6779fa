// "lower the volume on the sonos", "baixa el volum" (read "lower volume"): lowering the volume is turning a speaker
// down, never closing it ("lower" alone is the blind's verb: "lower the kitchen blind" closes it). Read before the
// follow-up reader, so "lower the volume" after a question about the speaker turns that speaker down.
const VOLUME = /^(lower|reduce|decrease|drop|raise|increase)\s+(?:the\s+)?(?:volume|sound)(?:\s+(?:(?:on|of|for|in)\s+)?(.+?))?\s*[.!]*$/i;
const DOWN = new Set(['lower', 'reduce', 'decrease', 'drop']);

/** The request as "turn … down/up", or the text unchanged. */
export function volumeAsTurning(text: string): string {
  const said = VOLUME.exec(text.trim());
  // "lower the volume to 10" says a level, which this reading does not keep: left as typed.
  if (!said?.[1] || /^(to|at|by)\b|^\d/i.test(said[2] ?? '')) return text;
  const way = DOWN.has(said[1].toLowerCase()) ? 'down' : 'up';
  return `turn ${way} ${said[2] ?? 'it'}`;
}
