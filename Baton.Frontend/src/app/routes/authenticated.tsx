import { Cable, ChartColumn, Folders, LogOut, Search } from 'lucide-react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { ConnectionStatus } from '@/components/ui/connection-status';
import { useSessionRefresh } from '@/lib/auth/use-session-refresh';
import { useSession, useSessionRestored } from '@/lib/auth/session';
import { RealtimeProvider } from '@/lib/realtime/realtime-provider';
import { useSignOut } from '@/features/auth/api/sign-out';
import { useBridgePresenceUpdates } from '@/features/bridges/hooks/use-bridge-presence-updates';
import { InboxLink } from '@/features/inbox/components/inbox-link';
import { useInboxAttention } from '@/features/inbox/hooks/use-inbox-attention';
import { useInboxUpdates } from '@/features/inbox/hooks/use-inbox-updates';
import { useBridgeHealthUpdates } from '@/features/projects/hooks/use-bridge-health-updates';
import { NotificationsToggle } from '@/features/notifications/components/notifications-toggle';
import styles from './authenticated.module.css';

/** Everything behind sign-in: one realtime connection, the header with navigation and status. */
export function AuthenticatedRoute() {
  const session = useSession();
  const restored = useSessionRestored();
  const location = useLocation();
  useSessionRefresh();
  if (!restored) {
    // A moment at most: the page asks for the session its refresh cookie holds.
    return null;
  }
  if (session === null) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  }
  return (
    <RealtimeProvider>
      <SignedInShell email={session.user.email} />
    </RealtimeProvider>
  );
}

function SignedInShell({ email }: { email: string }) {
  const signOut = useSignOut();
  useBridgePresenceUpdates();
  useBridgeHealthUpdates();
  useInboxUpdates();
  useInboxAttention();
  return (
    <AppLayout
      header={
        <>
          <nav className={styles.nav} aria-label="Main">
            <NavLink to="/projects" data-testid="nav-projects">
              <Folders size={16} aria-hidden="true" className={styles.narrowOnly} />
              <span className="narrow-visually-hidden">Projects</span>
            </NavLink>
            <NavLink to="/bridges" data-testid="nav-bridges">
              <Cable size={16} aria-hidden="true" className={styles.narrowOnly} />
              <span className="narrow-visually-hidden">Bridges</span>
            </NavLink>
            <NavLink to="/search" data-testid="nav-search">
              <Search size={16} aria-hidden="true" />
              <span className="narrow-visually-hidden">Search</span>
            </NavLink>
            <InboxLink />
            <NavLink to="/usage" data-testid="nav-usage">
              <ChartColumn size={16} aria-hidden="true" />
              <span className="narrow-visually-hidden">Usage</span>
            </NavLink>
          </nav>
          <span className={styles.spacer} />
          <ConnectionStatus />
          <NotificationsToggle />
          <span className={styles.user} title={email} data-testid="signed-in-user">
            {email}
          </span>
          <button
            type="button"
            aria-label="Sign out"
            title="Sign out"
            onClick={() => {
              signOut.mutate();
            }}
            data-testid="sign-out"
          >
            <LogOut size={16} aria-hidden="true" />
          </button>
        </>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
