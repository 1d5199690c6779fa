// The rolling summary is extractive and offline: from each older message it keeps the one sentence that carries the
// most (distinct content words, numbers, names), and when the summary outgrows its budget it drops the weakest
// points, oldest first on ties. No model is needed, so it works with the remote model down and costs microseconds.
import type { ChatMessage } from '../../src-preload/contract';

export interface SummaryPoint {
  message_id: string;
  role: 'user' | 'assistant';
  text: string;
  weight: number;
}

const POINT_CHARS = 160;
/** Sentences lighter than this ("ok thanks", "yes") say nothing worth carrying forward. */
const MIN_WEIGHT = 2;
const STOPWORDS = new Set(
  'about after again also been before being both could does doing down each from have having here into just more most other over same should some such than that their them then there these they this those through very what when where which while will with would your yours please thanks thank okay'.split(' '),
);

export function extractSummaryPoints(messages: readonly Pick<ChatMessage, 'id' | 'role' | 'text'>[]): SummaryPoint[] {
  const points: SummaryPoint[] = [];
  for (const message of messages) {
    let best: { text: string; weight: number } | null = null;
    for (const sentence of sentencesOf(message.text)) {
      const weight = sentenceWeight(sentence);
      if (!best || weight > best.weight) best = { text: sentence, weight };
    }
    if (best && best.weight >= MIN_WEIGHT) {
      const text = best.text.length > POINT_CHARS ? `${best.text.slice(0, POINT_CHARS - 1).trimEnd()}…` : best.text;
      points.push({ message_id: message.id, role: message.role, text, weight: best.weight });
    }
  }
  return points;
}

/** Older points first, then the new ones; over budget, the lightest point goes (the oldest of equal weight). */
export function mergeSummaryPoints(existing: readonly SummaryPoint[], added: readonly SummaryPoint[], budgetChars: number): SummaryPoint[] {
  const points = [...existing, ...added];
  let size = points.reduce((sum, p) => sum + p.text.length, 0);
  while (size > budgetChars && points.length > 0) {
    let weakest = 0;
    for (let i = 1; i < points.length; i++) if ((points[i]?.weight ?? 0) < (points[weakest]?.weight ?? 0)) weakest = i;
    size -= points[weakest]?.text.length ?? 0;
    points.splice(weakest, 1);
  }
  return points;
}

export function renderSummary(points: readonly SummaryPoint[]): string {
  return points.map((p) => `- ${p.role === 'user' ? 'User' : 'Assistant'}: ${p.text}`).join('\n');
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/```[\s\S]*?```/g, ' ') // code blocks are poor summary material and long
    .replace(/[*_`#>|]+/g, ' ')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

function sentenceWeight(sentence: string): number {
  const words = sentence.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const content = new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !STOPWORDS.has(w)));
  // Numbers (temperatures, times, levels) and names inside a sentence are what a later question tends to refer back to.
  const specifics = words.filter((w, i) => /\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w))).length;
  return content.size + 2 * specifics;
}
