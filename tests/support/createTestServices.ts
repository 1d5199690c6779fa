// Real services over a real SQLite file in a fresh temp data dir, with the real demo home loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchCall } from '../../src-main/api/CallHandlers';
import { NodePlatform } from '../../src-main/platform/NodePlatform';
import type { CallArgs, CallName, CallResult } from '../../src-preload/contract';
import { createMainServices, type MainServices, type MainServicesOptions } from '../../src-main/services';

export interface TestServices {
  services: MainServices;
  dataDir: string;
  platform: NodePlatform;
  cleanup(): Promise<void>;
}

export async function createTestServices(options: Partial<MainServicesOptions> = {}, dataDir = mkdtempSync(join(tmpdir(), 'goodies-services-'))): Promise<TestServices> {
  const platform = new NodePlatform({ dataDir, onlineCheckIntervalMs: 0, writeNotification: () => {} });
  const services = await createMainServices(platform, { runtime: 'cli', userId: 'tester', ...options });
  return {
    services,
    dataDir,
    platform,
    async cleanup() {
      await services.dispose();
      await platform.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One contract call through the real boundary (validation, role policy); a failed call throws with its error. */
export async function callOk<K extends CallName>(t: TestServices | undefined, name: K, args: CallArgs<K>): Promise<CallResult<K>> {
  if (!t) throw new Error('no services');
  const result = await dispatchCall(t.services.handlers, name, args, 'test');
  if (!result.ok) throw new Error(`${name} failed: ${result.error.type}: ${result.error.message}`);
  return result.value as CallResult<K>;
}
