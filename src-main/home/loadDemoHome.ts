// First start: load the bundled demo household so the app is useful with no server ("embedded default").
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphStore } from '../graph/GraphStore';
import { importHomeFile, parseHomeFile } from '../graph/homeFile';

export const DEMO_HOME_SOURCE = 'embedded-demo';

/** Loads the demo home once, into an empty graph that has never had a source. Returns whether it loaded. */
export async function loadDemoHomeIfEmpty(store: GraphStore, resourcesDir: string): Promise<boolean> {
  if ((await store.getMeta('source')) !== undefined) return false;
  const stats = await store.getStats();
  if (stats.entityCount > 0) return false;
  const file = parseHomeFile(await readFile(join(resourcesDir, 'demo-home.json'), 'utf8'));
  await importHomeFile(store, file, { pending: false });
  await store.setMeta('source', DEMO_HOME_SOURCE);
  return true;
}
