import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { restoreSession } from '@/lib/auth/refresh-session';
import { followSessionOfOtherTabs } from '@/lib/auth/session-channel';
import { applyTheme } from '@/lib/theme';

export function RootRoute() {
  useEffect(() => {
    applyTheme();
    const stopFollowing = followSessionOfOtherTabs();
    void restoreSession();
    return stopFollowing;
  }, []);
  return <Outlet />;
}
