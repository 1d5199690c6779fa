// The folder Electron's `app.getPath('userData')` would give for our package name, so the CLI, browser mode and the
// desktop app share one database.
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export const APP_DIR_NAME = 'goodies-desktop';

export interface DataDirEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
}

export function defaultDataDir(environment: DataDirEnvironment = { platform: process.platform, env: process.env, homeDir: homedir() }): string {
  const { platform, env, homeDir } = environment;
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(homeDir, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', APP_DIR_NAME);
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homeDir, '.config'), APP_DIR_NAME);
}
