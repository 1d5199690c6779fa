// The server's data folder: `server.json` (admin password hash), `jwt-secret` (0600), `server.db` (SQLite, unless
// --database names PostgreSQL), `security-audit.log`, `logs/`.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { hashPassword } from '../auth/passwordHash';

const serverFileSchema = z.object({ format: z.literal('goodies-server'), admin_password_hash: z.string().startsWith('scrypt$'), created_at: z.string() });

export interface ServerSecrets {
  adminPasswordHash: string;
  jwtSecret: string;
}

export const MIN_ADMIN_PASSWORD_LENGTH = 8;

export async function initServerDataDir(dataDir: string, adminPassword: string, options: { force?: boolean } = {}): Promise<void> {
  if (adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH) throw new Error(`The admin password needs at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const serverFile = join(dataDir, 'server.json');
  if (existsSync(serverFile) && !options.force) throw new Error(`${serverFile} exists: this data folder is already set up.`);
  const file = { format: 'goodies-server', admin_password_hash: await hashPassword(adminPassword), created_at: new Date().toISOString() };
  writeFileSync(serverFile, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(serverFile, 0o600);
  const secretFile = join(dataDir, 'jwt-secret');
  if (!existsSync(secretFile) || options.force) {
    writeFileSync(secretFile, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(secretFile, 0o600);
  }
}

export function loadServerSecrets(dataDir: string): ServerSecrets {
  const serverFile = join(dataDir, 'server.json');
  const secretFile = join(dataDir, 'jwt-secret');
  if (!existsSync(serverFile) || !existsSync(secretFile)) {
    throw new Error(`${dataDir} is not set up: run \`goodies server init --data-dir ${dataDir} --admin-password-stdin\` first.`);
  }
  // A secret others can read lets them mint admin tokens: refuse rather than run with it.
  if (process.platform !== 'win32' && (statSync(secretFile).mode & 0o077) !== 0) {
    throw new Error(`${secretFile} is readable by other users; run \`chmod 600 ${secretFile}\`.`);
  }
  const parsed = serverFileSchema.parse(JSON.parse(readFileSync(serverFile, 'utf8')));
  const jwtSecret = readFileSync(secretFile, 'utf8').trim();
  if (jwtSecret.length < 32) throw new Error(`${secretFile} is too short to be a secret.`);
  return { adminPasswordHash: parsed.admin_password_hash, jwtSecret };
}
