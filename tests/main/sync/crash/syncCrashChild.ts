// Child process for syncCrash.test.ts: opens a client data dir the way the CLI does (real services over its SQLite
// file, logged in to the test's home server), then forever writes new devices as pending local changes (the queue
// of approved writes the sync engine pushes from) and syncs every few writes, until the parent kills it with SIGKILL.
// A line is printed only after its work resolved: "acked <id>" after the write committed, "synced <pushed>" after a
// sync returned ("syncing" before it starts, so the parent knows a kill may have landed inside a sync). stdout is a pipe, written synchronously on Linux, so a printed line is never ahead of its commit.
import { NodePlatform } from '../../../../src-main/platform/NodePlatform';
import { createMainServices } from '../../../../src-main/services';
import type { Entity } from '../../../../src-shared/protocol/entities';
import { VersionClock } from '../../../../src-shared/protocol/version';

const dir = process.argv[2] ?? '';
const prefix = process.argv[3] ?? 'x';
const user = process.argv[4] ?? 'alice';

async function main(): Promise<never> {
  const platform = new NodePlatform({ dataDir: dir, onlineCheckIntervalMs: 0, writeNotification: () => {} });
  const services = await createMainServices(platform, { runtime: 'cli', userId: user, loadDemoHome: false });
  const clock = new VersionClock();
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const device: Entity = {
      id: `${prefix}-${n}`, version: clock.next(user), entity_type: 'device', name: `Crash device ${prefix}-${n}`, content: {}, source_type: 'manual', user_id: user, parent_versions: [],
    };
    await services.store.applyChanges({ entities: [device], pending: true });
    process.stdout.write(`acked ${device.id}\n`);
    if (n % 3 === 2) {
      process.stdout.write('syncing\n');
      const report = await services.sync.service.syncNow();
      process.stdout.write(`synced ${report.pushed.entities}\n`);
    }
  }
}

void main();
