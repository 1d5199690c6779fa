// Which URLs may leave the app for the system browser: https only, no credentials in the URL. `file:`, `javascript:`,
// custom schemes (which can launch other apps) and plain http are refused.
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}
