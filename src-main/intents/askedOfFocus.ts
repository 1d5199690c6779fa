// Follow-up questions that name nothing, or only which one, read from what the conversation is about (round 34):
// "which app?" (appOfFocus.ts), "which one's the lowest" (extremeOfListed.ts), "battery ok?" (batteryOfFocus.ts),
// "which days" after a schedule (scheduleFollowUp.ts), and "the front one" read as a list of one (askedOfTheOne.ts).
// Kept apart from FollowUpReader, which runs the turn's own follow-up reading (`read`) in between.
import type { Focus } from './ConversationFocus';
import { hasPronoun } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { APP_INTENTS, appOfFocus } from './appOfFocus';
import { askedOfTheOne } from './askedOfTheOne';
import { batteryOfFocus } from './batteryOfFocus';
import { extremeOfListed } from './extremeOfListed';
import { scheduleAskedAgain } from './scheduleFollowUp';

export interface Asked {
  match: IntentMatch;
  text: string;
}

export async function askedOfFocus<T extends Asked>(engine: IntentEngine, typed: string, focus: Focus, snapshot: HomeSnapshot, read: () => Promise<T | undefined>): Promise<T | Asked | undefined> {
  // "which app?": first; "which app for it": only when the pronoun's own reading is no app answer (a document's device
  // is found there).
  const app = await appOfFocus(engine, typed, focus, snapshot);
  if (app && !hasPronoun(typed)) return app;
  const first = (await extremeOfListed(engine, typed, focus, snapshot)) ?? (await batteryOfFocus(engine, typed, focus, snapshot)) ?? (await scheduleAskedAgain(engine, typed, focus));
  if (first) return first;
  const own = await read();
  if (app && !APP_INTENTS.has(own?.match.intent ?? '')) return app;
  return (own ? await askedOfTheOne(engine, own.match, typed, focus, snapshot) : undefined) ?? own;
}
