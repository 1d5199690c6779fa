// Settings → Home server "Sign in with": each method asks for what the server needs and makes a login the contract
// accepts (checked with the contract's own zod schema); an incomplete form says what is missing.
import { describe, expect, it } from 'vitest';
import { syncLoginArgs } from '../../src-preload/contract/syncCalls';
import { SIGN_IN_METHODS, signInArgs } from '../../src-renderer/features/sync/signInMethods';

const URL = ' http://192.168.1.10:8000 ';

describe('signInArgs', () => {
  it('makes one contract-valid login per method', () => {
    const made = {
      admin: signInArgs('admin', URL, '', 'hunter2'),
      user: signInArgs('user', URL, ' sam ', 'pw'),
      guest: signInArgs('guest', URL, '', ' guest-token \n'),
      invite: signInArgs('invite', URL, ' inv-123 ', 'long enough'),
    };
    expect(made).toEqual({
      admin: { args: { serverUrl: 'http://192.168.1.10:8000', password: 'hunter2' } },
      user: { args: { serverUrl: 'http://192.168.1.10:8000', userId: 'sam', password: 'pw' } },
      guest: { args: { serverUrl: 'http://192.168.1.10:8000', guestToken: 'guest-token' } },
      invite: { args: { serverUrl: 'http://192.168.1.10:8000', invite: 'inv-123', password: 'long enough' } },
    });
    for (const result of Object.values(made)) if ('args' in result) expect(syncLoginArgs.safeParse(result.args).success).toBe(true);
    expect(SIGN_IN_METHODS.map((m) => m.id)).toEqual(['admin', 'user', 'guest', 'invite']);
  });

  it('says what is missing instead of sending an incomplete login', () => {
    expect(signInArgs('admin', ' ', '', 'pw')).toEqual({ missing: 'Enter the server address.' });
    expect(signInArgs('admin', URL, '', '')).toEqual({ missing: 'Enter the admin password.' });
    expect(signInArgs('user', URL, '', 'pw')).toEqual({ missing: 'Enter your user name.' });
    expect(signInArgs('guest', URL, '', '  ')).toEqual({ missing: 'Paste the guest token.' });
    expect(signInArgs('invite', URL, '', 'long enough')).toEqual({ missing: 'Paste the invite token.' });
    expect(signInArgs('invite', URL, 'inv', 'short')).toEqual({ missing: 'Choose a password of at least 8 characters.' });
  });
});
