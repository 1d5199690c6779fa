import { useEffect, useState } from 'react';

/** The current time, re-read every second while `active` (a live countdown); no timer at all otherwise. */
export function useSecondTicks(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
