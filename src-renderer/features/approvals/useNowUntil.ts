import { useEffect, useState } from 'react';

/** The current time, re-read once when `deadlineIso` passes, so a card flips to "Expired" without a reload. */
export function useNowUntil(deadlineIso: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadlineIso) return undefined;
    const wait = Date.parse(deadlineIso) - Date.now();
    if (Number.isNaN(wait) || wait < 0) return undefined;
    // Browsers clamp longer timeouts to ~24.8 days; a proposal never lives that long.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 50, 2_000_000_000));
    return () => clearTimeout(timer);
  }, [deadlineIso]);
  return now;
}
