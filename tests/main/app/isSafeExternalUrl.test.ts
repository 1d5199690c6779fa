import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../src-main/app/isSafeExternalUrl';

describe('isSafeExternalUrl (links opened in the system browser)', () => {
  it('allows plain https links only', () => {
    expect(isSafeExternalUrl('https://support.example.com/thermostat#reset')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:privacy', 'smb://host/share',
      'https://user:pw@example.com/', 'not a url']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});
