// Small homes of rooms and devices for language tests: each device in the room `placeOf` names (or `fallback`), asked
// turn by turn in one conversation, answered with its text and the sorted names of any proposal's targets.
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { openSmallHome } from './smallHome';

export async function askTurns(h: Harness, conversationId: string, ...turns: string[]): Promise<{ text: string; targets: string[] }> {
  let last: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const turn of turns) last = await h.responder.respond(turn, h.context({ conversationId }));
  return { text: last?.text ?? '(declined)', targets: (last?.proposal?.targets ?? []).map((t) => t.name).sort() };
}

export async function openRoomHome(prefix: string, entities: RawEntity[], placeOf: Record<string, string>, fallback: string): Promise<Harness> {
  return openSmallHome({ entities, placeOf, fallbackRoom: fallback, homeId: `${prefix}-home`, edgePrefix: `${prefix}-rel` });
}
