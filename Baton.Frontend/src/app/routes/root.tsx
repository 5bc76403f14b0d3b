import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { followSessionOfOtherTabs } from '@/lib/auth/session';
import { applyTheme } from '@/lib/theme';

export function RootRoute() {
  useEffect(() => {
    applyTheme();
    return followSessionOfOtherTabs();
  }, []);
  return <Outlet />;
}
