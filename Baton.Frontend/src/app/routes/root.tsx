import { Outlet } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';

export function RootRoute() {
  return (
    <AppLayout>
      <Outlet />
    </AppLayout>
  );
}
