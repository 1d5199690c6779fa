// Follow-ups after an answer about a document (a manual or procedure) or a schedule: "it" in "how do i clean it" or
// "which app do i use for it" is the one device the document is for, and "and for the tv?" asks the same of another
// device: is there a manual for it. Read from the home's own doc and run edges, never from words of its names.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { CUES } from './cueWords';
import { tokenize } from './normalizeText';

const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['manual', 'procedure']);
const RUNNER_TYPES: ReadonlySet<string> = new Set(['schedule', 'automation']);
const DOC_WORDS: ReadonlySet<string> = new Set(CUES.docs);

/** True when the question asks for documentation ("manual for it?", "got the instructions"). */
export function asksForDocs(text: string): boolean {
  return tokenize(text).some((t) => DOC_WORDS.has(t.key) || DOC_WORDS.has(t.key.replace(/s$/, '')));
}

/**
 * The one device the conversation's documents are for: the subject's when it is a manual or procedure, else the one
 * device every document the last answer cited is for ("how often do i clean the cell" answered from the manual and
 * its procedure). Undefined when they are for several devices or none.
 */
export function deviceOfDocuments(focus: Focus, snapshot: HomeSnapshot): Entity | undefined {
  const subject = focus.subjects[0];
  const docs = subject && DOCUMENT_TYPES.has(subject.entity_type) ? [subject] : focus.subjects.length === 0 ? focus.listed.filter((e) => DOCUMENT_TYPES.has(e.entity_type)) : [];
  const devices = new Set(docs.flatMap((d) => snapshot.devicesOfDoc.get(d.id) ?? []));
  const [device, ...more] = [...devices];
  return docs.length > 0 && device && more.length === 0 && docs.every((d) => (snapshot.devicesOfDoc.get(d.id)?.length ?? 0) > 0) ? device : undefined;
}

/** The one device a schedule or automation subject runs: "manual for it?" after "when does the mower mow". */
export function deviceRunBySubject(focus: Focus, snapshot: HomeSnapshot): Entity | undefined {
  const subject = focus.subjects[0];
  if (!subject || !RUNNER_TYPES.has(subject.entity_type)) return undefined;
  const run: Entity[] = [];
  for (const [deviceId, runners] of snapshot.runnersOfDevice) {
    const device = runners.some((r) => r.id === subject.id) ? snapshot.byId.get(deviceId) : undefined;
    if (device) run.push(device);
    if (run.length > 1) return undefined;
  }
  return run[0];
}

/** "and for the tv?" right after an answer from a manual: is there a manual for the tv. */
export function manualAskedOfFragment(fragment: string, focus: Focus): string | undefined {
  const subject = focus.subjects[0];
  if (!subject || subject.entity_type !== 'manual') return undefined;
  return `is there a manual for the ${fragment.replace(/^(?:for\s+)?(?:the\s+)?/i, '')}`;
}
