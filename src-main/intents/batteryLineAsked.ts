// "anything low on batt, under 50", "which batteries are below 40%": the asker sets the line, so the answer lists
// every battery under it instead of the default low line (20 %), which said "no battery is low" while four were
// under the 50 % asked about.
const BELOW = new Set(['under', 'below', 'beneath', 'less', 'lower']);

/** The percentage said after "under/below/less than", when the question says one (1–99). */
export function batteryLineAsked(words: readonly string[]): number | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    if (!BELOW.has(words[i] ?? '')) continue;
    const next = words[i + 1] === 'than' ? words[i + 2] : words[i + 1];
    const m = /^(\d{1,2})(%|pc|percent)?$/.exec(next ?? '');
    const n = m ? Number(m[1]) : NaN;
    if (n >= 1 && n <= 99) return n;
  }
  return undefined;
}
