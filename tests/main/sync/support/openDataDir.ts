// A sync client's data dir opened the way the app opens it (real services over its SQLite file), used, then closed,
// so the next open sees only what was written to disk.
import { NodePlatform } from '../../../../src-main/platform/NodePlatform';
import { createMainServices, type MainServices } from '../../../../src-main/services';

export async function openDataDir<T>(dir: string, user: string, use: (services: MainServices) => Promise<T>): Promise<T> {
  const platform = new NodePlatform({ dataDir: dir, onlineCheckIntervalMs: 0, writeNotification: () => {} });
  const services = await createMainServices(platform, { runtime: 'cli', userId: user, loadDemoHome: false });
  try {
    return await use(services);
  } finally {
    await services.dispose();
    await platform.dispose();
  }
}
