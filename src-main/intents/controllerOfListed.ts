// "list all the radiator valves" … "what hub runs them": a kind asked of "them" that the listed devices are not (a hub,
// a bridge, an app) asks what controls them, never which of them is that kind ("This home has no hubs" would be a
// confident none: no radiator valve is a hub, but the one that runs them is).
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentEngine } from './IntentEngine';
import { sharedKind } from './sharedKind';

/** "what hub runs them", "which bridge controls those", "and what gateway are they on". */
const KIND_THAT_RUNS = /^(?:and\s+|so\s+)?(?:what|which)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:runs?|controls?|manages?|drives?|handles?)\s+(?:them|those|these|they)\b/iu;

/** The controllers of what was listed, read as "what controls <the listed kind>", or undefined. */
export async function controllerOfListed(engine: IntentEngine, text: string, listed: readonly Entity[], snapshot: HomeSnapshot): Promise<{ match: NonNullable<Awaited<ReturnType<IntentEngine['match']>>>; text: string } | undefined> {
  const said = listed.length > 1 ? KIND_THAT_RUNS.exec(text.trim())?.[1] : undefined;
  const kind = said ? kindForPhrase(phraseKey(said)) : undefined;
  if (!kind || listed.some((d) => snapshot.kindsOfDevice.get(d.id)?.has(kind.id))) return undefined;
  const group = sharedKind(listed, snapshot);
  if (!group) return undefined;
  const asked = `what controls the ${group.plural}`;
  const match = await engine.match(asked);
  return match?.intent === 'device_controllers' ? { match, text: asked } : undefined;
}
