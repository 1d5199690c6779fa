// The words and entity types a slot reader checks a slot's words against: which entity types a slot type takes, the
// words that open a question or a command (never a name), the phrases for the whole home, a duration. Split out of
// SlotResolver.ts.
import type { EntityType } from '../../src-shared/protocol/entities';

export const ENTITY_TYPES_BY_SLOT: Record<string, readonly EntityType[] | undefined> = {
  place: ['room', 'zone', 'home'],
  room: ['room'],
  device: ['device', 'door', 'window'],
  automation: ['automation', 'schedule'],
  thing: undefined,
};

/** Entity types that are somewhere in the house (what "where is …" and state questions are about). */
export const PHYSICAL: ReadonlySet<EntityType> = new Set(['device', 'door', 'window', 'room', 'zone']);

/** Words that open a question; a slot that starts with one took the question's own words. */
export const QUESTION_LEADS: ReadonlySet<string> = new Set(['have', 'ha', 'we', 'i', 'do', 'doe', 'is', 'are', 'got', 'what', 'which', 'where', 'how', 'can', 'could', 'who', 'when']);

/** Words that name a document rather than a thing in the house. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set(['manual', 'guide', 'procedure', 'note', 'app', 'instruction', 'documentation', 'handbook', 'pdf']);

/** Slot types where "no such thing" is a useful answer even without a suggestion (the question is clearly about the home). */
export const HOME_SLOTS = new Set(['place', 'room', 'device', 'automation']);

/** Command words that start a sentence: a place or room slot that took one swallowed the command ("turn on the garage"). */
export const COMMAND_LEADS: ReadonlySet<string> = new Set(['turn', 'switch', 'start', 'stop', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'power', 'kill', 'arm', 'disarm']);
export const SPECIAL_PLACES = new Set(['home', 'house', 'whole house', 'whole home', 'entire house', 'everywhere']);
export const DURATION = /\d|\b(?:one|two|three|four|five|ten|twenty|thirty|half|an? (?:hour|minute|while|bit)|minutes?|mins?|hours?|hrs?|seconds?|secs?|while|bit|until|till|til|moment|sec)\b/i;
