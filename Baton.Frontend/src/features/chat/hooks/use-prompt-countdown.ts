import { useEffect, useState } from 'react';

/** How long a prompt still waits for its answer, in milliseconds, ticking each second. */
export function useRemainingMs(expiresAt: string): number {
  const deadline = Date.parse(expiresAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return Number.isNaN(deadline) ? Number.POSITIVE_INFINITY : deadline - now;
}

/** The time a prompt has left as m:ss; nothing when it has no deadline. */
export function formatRemaining(ms: number): string {
  if (!Number.isFinite(ms)) {
    return '';
  }
  const seconds = Math.ceil(ms / 1_000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
