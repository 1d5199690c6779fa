// Word-level normalisation of names: articles, possessives, punctuation, plurals, UK/US spelling and synonym phrases,
// so that what people say and what entities are called meet on the same tokens.

const STOP_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

const SPELLINGS: Record<string, string> = {
  colour: 'color', colours: 'colors', grey: 'gray', centre: 'center', theatre: 'theater', favourite: 'favorite',
  aluminium: 'aluminum', metre: 'meter', storey: 'story', organiser: 'organizer',
};

/** Phrase → canonical phrase; both sides of a comparison go through the same map, so direction only needs to agree. */
const SYNONYMS: ReadonlyArray<[string, string]> = [
  ['television', 'tv'], ['telly', 'tv'], ['tele', 'tv'],
  ['lounge', 'living room'], ['sitting room', 'living room'], ['front room', 'living room'],
  ['refrigerator', 'fridge'], ['fridge freezer', 'fridge'],
  ['lamp', 'light'], ['bulb', 'light'], ['lighting', 'light'],
  ['air conditioner', 'ac'], ['air conditioning', 'ac'], ['aircon', 'ac'], ['a c', 'ac'],
  ['cooker', 'oven'],
  ['hoover', 'vacuum'], ['vacuum cleaner', 'vacuum'],
  ['washer', 'washing machine'],
  ['yard', 'garden'], ['backyard', 'back garden'],
  ['main bedroom', 'master bedroom'], ['primary bedroom', 'master bedroom'],
  ['downstairs', 'ground floor'],
  ['restroom', 'bathroom'], ['washroom', 'bathroom'],
  ['cam', 'camera'], ['door bell', 'doorbell'],
  ['outlet', 'plug'], ['socket', 'plug'],
  ['shade', 'blind'], ['wi fi', 'wifi'],
  ['security system', 'alarm'], ['burglar alarm', 'alarm'],
  ['sprinkler', 'irrigation'],
];

interface SynonymRule {
  from: string[];
  to: string[];
}

// Phrases are stored singularised so they meet tokens after plural stripping; longest phrase first.
const SYNONYM_RULES: SynonymRule[] = SYNONYMS.map(([from, to]) => ({
  from: from.split(' ').map(singular),
  to: to.split(' ').map(singular),
})).sort((a, b) => b.from.length - a.from.length);

/** Lowercased words without articles, possessives, punctuation, plurals or UK spellings. */
export function plainTokens(text: string): string[] {
  return contentWords(text).map((w) => singular(SPELLINGS[w] ?? w));
}

/** "living room lights": a plural last word means the speaker expects more than one thing. */
export function endsInPlural(text: string): boolean {
  const word = last(contentWords(text));
  return word !== undefined && singular(word) !== word;
}

function contentWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "đ" has no combining form: Vietnamese typed without diacritics writes it "d".
    .replace(/đ/g, 'd')
    .replace(/(\w)['’]s\b/g, '$1')
    .replace(/s['’](?=\s|$)/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : words;
}

export function canonicalTokens(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const rule = SYNONYM_RULES.find((r) => r.from.every((t, k) => tokens[i + k] === t));
    if (rule) {
      out.push(...rule.to);
      i += rule.from.length;
    } else {
      out.push(tokens[i] ?? '');
      i++;
    }
  }
  return out;
}

export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export function last<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}
