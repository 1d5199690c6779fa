// Spoken French names the thing first and says it again as a pronoun ("la LED elle est allumée ?", "le thermostat il
// commande quoi", "le congélo il est à combien", "la cave c'est humide ?"), or says the pronoun first and the thing
// last ("il est où le hub aqara"). Written French says the thing once, and the sentence frames (lexicon/frames.json)
// read that: "la LED est allumée ?", "où est le hub aqara". Only a French pronoun said right after a noun phrase that
// opens with a determiner is left out, so "il fait froid", Italian "il" and Spanish "el" stay as typed.
// Not "son", "sa", "ses": "et sa fenêtre elle est ouverte ?" is about the one talked of before, and read without the
// pronoun the frames lose whose window it was.
const DETERMINERS = new Set(['le', 'la', 'les', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos']);
/** The pronoun said again, and what is left of it ("c'est" is "est" once the thing was named). */
const AGAIN: Record<string, string> = { il: '', elle: '', ils: '', elles: '', "c'est": 'est', 'c’est': 'est' };
/** A follow-up's opener stays first ("et la box elle marche ?"). */
const OPENERS = new Set(['et', 'ok', 'bon', 'alors', 'mais']);
/** The noun phrase is a few words ("la tondeuse robot", "le hub aqara", "l'arrosage du potager"). */
const MAX_NOUN_PHRASE = 4;
const PRONOUN_FIRST = /^((?:et|ok|bon|alors|mais)\s+)?(?:il|elle)\s+est\s+où\s+((?:le|la|les|l['’])\s*\S.*?)[?!.\s]*$/iu;
const WHERE_LAST = /^((?:et|ok|bon|alors|mais)\s+)?(.+?)\s+est\s+où[?!.\s]*$/iu;

/** "le heater de la big room est quelle marque": the question word last, asked first ("quelle est la marque de …"). */
const WHICH_LAST = /^((?:et|ok|bon|alors|mais)\s+)?(.+?)\s+(?:c['’])?est\s+(quel|quelle)\s+(\p{L}+)[?!.\s]*$/iu;
/** "le lave-linge reste combien de temps": how long is left, asked first ("combien de temps reste le lave-linge"). */
const LEFT_LAST = /^((?:et|ok|bon|alors|mais)\s+)?(.+?)\s+reste\s+(combien\s+de\s+temps)[?!.\s]*$/iu;

/** The question said last, asked in the written order; unchanged when it is not. */
function questionFirst(once: string): string {
  const where = WHERE_LAST.exec(once);
  if (where) return `${where[1] ?? ''}où est ${where[2]}`;
  const which = WHICH_LAST.exec(once);
  if (which) return `${which[1] ?? ''}${which[3]} est ${which[3]?.toLowerCase() === 'quel' ? 'le' : 'la'} ${which[4]} de ${which[2]}`;
  const left = LEFT_LAST.exec(once);
  if (left) return `${left[1] ?? ''}${left[3]} reste ${left[2]}`;
  return once;
}

const keyOf = (word: string): string => word.toLowerCase().replace(/[?!.,;:]+$/, '');

/** The sentence with its thing said once; unchanged when no pronoun repeats a thing named first. */
export function withoutDislocation(said: string): string {
  const pronounFirst = PRONOUN_FIRST.exec(said.trim());
  if (pronounFirst) return `${pronounFirst[1] ?? ''}où est ${pronounFirst[2]}`;
  const words = said.trim().split(/\s+/).filter(Boolean);
  const start = OPENERS.has(keyOf(words[0] ?? '')) ? 1 : 0;
  const first = keyOf(words[start] ?? '');
  const elided = /^l['’]\p{L}/u.test(first);
  if (!elided && !DETERMINERS.has(first)) return said;
  for (let at = start + (elided ? 1 : 2); at <= start + MAX_NOUN_PHRASE && at < words.length - 1; at++) {
    const again = AGAIN[keyOf(words[at] ?? '')];
    if (again === undefined) {
      if (/[,;:]$/.test(words[at] ?? '')) return said;
      continue;
    }
    const once = [...words.slice(0, at), ...(again ? [again] : []), ...words.slice(at + 1)].join(' ');
    // "la tondeuse robot elle est où" is asked as "où est la tondeuse robot".
    return questionFirst(once);
  }
  // "le heater de la big room c'est quelle marque": a longer thing, the question still said last.
  return questionFirst(said);
}
