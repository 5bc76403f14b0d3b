import { useEffect } from 'react';
import { refreshSession } from '@/lib/auth/refresh-session';
import { refreshMarginMs, useSession } from '@/lib/auth/session';

// Refresh a little before the margin, so requests never meet a token about to expire.
const refreshLeadMs = refreshMarginMs + 30_000;

/** Refreshes the access token before it expires; the realtime connection then reconnects with it. */
export function useSessionRefresh(): void {
  const expiresAt = useSession()?.accessTokenExpiresAt;
  useEffect(() => {
    if (expiresAt === undefined) {
      return undefined;
    }
    const delay = Math.max(Date.parse(expiresAt) - Date.now() - refreshLeadMs, 5_000);
    const timer = setTimeout(() => {
      refreshSession().catch(() => undefined);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [expiresAt]);
}
