// The nouns of a Dravidian sentence read in English (tamilPhrasing.ts): a run of the home's words and kind words (a
// group), said with an article or as the place it names, and the measure or count asked of it ("fridge temp enna",
// "ethra AC und" = how many ACs are there). Split from tamilPhrasing.ts when Malayalam's reading grew it.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { endsInPlaceWord, isPlaceWord } from '../placeVocabulary';
import type { TamilToken } from './tamilWords';

type Token = TamilToken;
const PLACE_TYPES = new Set(['room', 'zone', 'home']);

export interface Group {
  text: string;
  start: number;
  end: number;
  /** The case its last word carries ("ஹாலில்") or the ending said after it ("hall la"). */
  case?: Token['case'];
  tokens: Token[];
}

export function howMany(tokens: readonly Token[], groups: readonly Group[], place: Group | undefined): string | undefined {
  const where = place ? ` in ${place.text}` : '';
  if (tokens.some((t) => t.kind === 'noun' && t.english === 'rooms')) return place ? `how many rooms are in ${place.text}` : 'how many rooms are there';
  if (tokens.some((t) => t.kind === 'noun' && t.english === 'devices')) return place ? `how many devices are in ${place.text}` : 'how many devices are there';
  const kind = groups.find((g) => g !== place);
  return kind ? `how many ${plural(kindWord(kind))} are there${where}` : undefined;
}

/** "fridge temp enna", "inverter la evlo charge irukku", "சம்ப் மோட்டார் எந்த கம்பெனி": a measure of the thing. */
export function measured(measure: Token, tokens: readonly Token[], groups: readonly Group[], snapshot: HomeSnapshot): string | undefined {
  const at = tokens.indexOf(measure);
  const before = groups.filter((g) => g.end <= at);
  const chosen = before[before.length - 1] ?? groups.find((g) => g.start > at);
  const pronoun = tokens.some((t) => t.kind === 'it');
  const it = chosen ? article(chosen.text, snapshot) : 'it';
  const place = chosen && isPlace(chosen.text, snapshot) ? chosen.text : undefined;
  const what = tokens.some((t) => t.kind === 'question' && (t.english === 'what' || t.english === 'which'));
  switch (measure.english) {
    case 'color': return `what color is ${it}`;
    case 'app': {
      // "daikin app la enna irukku", "wipro next app la enna ellam control pannalam": what the app controls.
      const inApp = tokens[at + 1]?.kind === 'in' || measure.case === 'in';
      if (inApp && chosen && what && chosen.end <= at) return `what does the ${chosen.text} app control`;
      return chosen ? `which app is ${it} in` : pronoun ? 'which app is it in' : undefined;
    }
    case 'brand': return chosen ? `who makes ${it}` : undefined;
    case 'battery': return `what is the battery of ${it}`;
    case 'temperature': return place ? `what is the temperature in ${place}` : `what is the temperature of ${it}`;
    case 'speed':
    case 'volume':
    case 'brightness': return `what is the ${measure.english} of ${it}`;
    case 'water': return chosen ? `how much water is in ${it}` : undefined;
    case 'level': return chosen ? `what is the level of ${it}` : undefined;
    case 'manual': return chosen || pronoun ? `is there a manual for ${it}` : undefined;
    case 'schedule': return chosen ? `what is the schedule of ${it}` : 'what schedules are there';
    case 'setpoint': return chosen ? `what is ${it} set to` : 'what is it set to';
    case 'warranty': return chosen ? `when does the ${chosen.text} warranty end` : undefined;
    case 'password':
    case 'number': return chosen ? `what is the ${chosen.text} ${measure.english}` : undefined;
    case 'controls': {
      // "voltas ac ah edhu control pannudhu": what controls it; "alexa hall la edha ellam control pannum": what it does.
      if (!chosen) return undefined;
      return chosen.case === 'object' || tokens[chosen.end]?.kind === 'object' ? `what controls ${it}` : `what does ${it} control`;
    }
    default: return undefined;
  }
}

function kindWord(group: Group): string {
  return group.tokens.length === 1 && group.tokens[0]?.kind === 'kind' ? group.tokens[0].english : group.text;
}

export function plural(said: string): string {
  return /s$/.test(said) || !/[a-z]$/.test(said) ? said : `${said}s`;
}

export function withA(said: string): string {
  return /^[aeiou]/.test(said) ? `an ${said}` : `a ${said}`;
}

export function article(said: string, snapshot: HomeSnapshot): string {
  if (/^(it|my |the )/.test(said) || /^[^a-z]/.test(said)) return said;
  return isPlace(said, snapshot) || snapshot.phrases.has(phraseKey(said)) ? said : `the ${said}`;
}

/** A place of the home by name or alias, or a place word ("pooja room", "hall") the engine finds a place for. */
export function isPlace(said: string, snapshot: HomeSnapshot): boolean {
  const key = phraseKey(said);
  return (snapshot.phrases.get(key) ?? []).some((e) => PLACE_TYPES.has(e.entity_type)) || isPlaceWord(key) || endsInPlaceWord(said);
}
