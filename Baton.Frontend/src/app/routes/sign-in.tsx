import { Navigate, useLocation, useSearchParams } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { Page } from '@/components/layouts/page';
import { useSession, useSessionRestored } from '@/lib/auth/session';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { HealthStatusPanel } from '@/features/health/components/health-status-panel';

type FromState = { from?: string } | null;

export function SignInRoute() {
  const session = useSession();
  const restored = useSessionRestored();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  if (!restored) {
    return null;
  }
  if (session !== null) {
    const from = (location.state as FromState)?.from;
    return <Navigate to={from ?? '/projects'} replace />;
  }
  return (
    <AppLayout>
      <Page>
        <SignInForm invitationCode={searchParams.get('invite') ?? undefined} />
        <HealthStatusPanel />
      </Page>
    </AppLayout>
  );
}
