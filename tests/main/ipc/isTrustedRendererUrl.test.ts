import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl, rendererUrl } from '../../../src-main/ipc/isTrustedRendererUrl';

describe('isTrustedRendererUrl', () => {
  const file = { kind: 'file', indexHtmlPath: '/opt/Goodies App/out/renderer/index.html' } as const;
  const dev = { kind: 'devServer', origin: 'http://localhost:5173' } as const;

  it('accepts our built page with any hash route, including paths that need escaping', () => {
    expect(rendererUrl(file)).toBe('file:///opt/Goodies%20App/out/renderer/index.html');
    expect(isTrustedRendererUrl(rendererUrl(file), file)).toBe(true);
    expect(isTrustedRendererUrl(rendererUrl(file, '/quick'), file)).toBe(true);
  });

  it('refuses other files, other schemes and garbage', () => {
    for (const url of ['file:///opt/Goodies%20App/out/renderer/evil.html', 'file:///opt/Goodies%20App/out/renderer/../renderer2/index.html',
      'https://opt/Goodies%20App/out/renderer/index.html', 'not a url', '', undefined]) {
      expect(isTrustedRendererUrl(url, file), String(url)).toBe(false);
    }
  });

  it('trusts only the dev server origin in development', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/quick', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedRendererUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
    expect(isTrustedRendererUrl('file:///opt/Goodies%20App/out/renderer/index.html', dev)).toBe(false);
  });
});
