// Real services over a real SQLite file in a fresh temp data dir, with the real demo home loaded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodePlatform } from '../../src-main/platform/NodePlatform';
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
