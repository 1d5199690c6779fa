// Settings → Home server's "Sign in with": the four ways the home server lets someone in, what each asks for, and
// the `sync.login` arguments they make. Kept apart from the component so the rules are tested without a DOM.
import type { SyncLoginArgs } from '../../../src-preload/contract';

export type SignInMethod = 'admin' | 'user' | 'guest' | 'invite';

export const SIGN_IN_METHODS: { id: SignInMethod; label: string; secretLabel: string; nameLabel?: string; secretIsPassword: boolean }[] = [
  { id: 'admin', label: 'Admin password', secretLabel: 'Admin password', secretIsPassword: true },
  { id: 'user', label: 'User account', nameLabel: 'User name', secretLabel: 'Password', secretIsPassword: true },
  { id: 'guest', label: 'Guest token (read-only)', secretLabel: 'Guest token (from the QR code)', secretIsPassword: false },
  { id: 'invite', label: 'Invite', nameLabel: 'Invite token', secretLabel: 'Choose a password (8 characters or more)', secretIsPassword: true },
];

export const INVITE_MIN_PASSWORD = 8;

/** The login call's arguments, or why the form cannot be sent yet (shown under the button). */
export function signInArgs(method: SignInMethod, serverUrl: string, name: string, secret: string): { args: SyncLoginArgs } | { missing: string } {
  const url = serverUrl.trim();
  if (!url) return { missing: 'Enter the server address.' };
  switch (method) {
    case 'admin':
      return secret ? { args: { serverUrl: url, password: secret } } : { missing: 'Enter the admin password.' };
    case 'guest':
      return secret.trim() ? { args: { serverUrl: url, guestToken: secret.trim() } } : { missing: 'Paste the guest token.' };
    case 'user':
      if (!name.trim()) return { missing: 'Enter your user name.' };
      return secret ? { args: { serverUrl: url, userId: name.trim(), password: secret } } : { missing: 'Enter your password.' };
    case 'invite':
      if (!name.trim()) return { missing: 'Paste the invite token.' };
      if (secret.length < INVITE_MIN_PASSWORD) return { missing: `Choose a password of at least ${INVITE_MIN_PASSWORD} characters.` };
      return { args: { serverUrl: url, invite: name.trim(), password: secret } };
  }
}
