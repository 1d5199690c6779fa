// An unresolved or ambiguous name in what was understood (split from IntentResponder.ts, a pure move): a question
// back ("Which one do you mean …?", "Did you mean …?"), never a guess, and the home's rooms after a place not there.
import type { AnswerBuilder } from './AnswerBuilder';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import type { Focus } from './ConversationFocus';
import type { SlotValue } from './SlotResolver';
import { endsInPlaceWord } from './placeVocabulary';

/** " Its rooms are …": what there is, after a place that is not there ("the guest room"). */
function roomsThereAre(snapshot: HomeSnapshot): string {
  const rooms = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room').map((r) => r.name).sort((a, b) => a.localeCompare(b));
  if (rooms.length === 0 || rooms.length > 30) return '';
  return ` Its rooms are ${rooms.length > 1 ? `${rooms.slice(0, -1).join(', ')} and ${rooms[rooms.length - 1]}` : rooms[0]}.`;
}

/** An unresolved or ambiguous name: answered as a question back, never guessed (home control must not guess). */
export function slotProblem(match: IntentMatch, builder: AnswerBuilder, snapshot: HomeSnapshot): { text: string; clarify?: Focus['clarify'] } | undefined {
  for (const value of Object.values(match.slots) as SlotValue[]) {
    if (value.type === 'ambiguous') {
      builder.cite(...value.candidates);
      const room = (c: (typeof value.candidates)[number]): string => {
        const place = value.withPlaces ? snapshot.placeOfDevice.get(c.id) : undefined;
        return place ? ` (${place.name})` : '';
      };
      const names = value.candidates.map((c) => `${c.name}${room(c)}`);
      const ask = `Which one do you mean: ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]}?`;
      const text = value.note ? `${value.note} ${ask}` : ask;
      return { text, clarify: { text: value.text, candidates: value.candidates } };
    }
    if (value.type === 'missing') {
      builder.cite(...value.suggestions);
      if (value.note) return { text: value.note };
      const names = value.suggestions.map((s) => s.name);
      const shown = value.text.slice(0, 80);
      const text = names.length
        ? `I couldn't find '${shown}'. Did you mean ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]}?`
        : `I couldn't find '${shown}' in this home.${value.expected === 'place' && endsInPlaceWord(value.text) ? roomsThereAre(snapshot) : ''}`;
      return names.length ? { text, clarify: { text: value.text, candidates: value.suggestions } } : { text };
    }
  }
  return undefined;
}
