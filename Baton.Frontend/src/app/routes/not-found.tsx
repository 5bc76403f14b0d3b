import { Link } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { Page } from '@/components/layouts/page';

export function NotFoundRoute() {
  return (
    <AppLayout>
      <Page>
        <h2>Page not found</h2>
        <p>
          <Link to="/">Back to the start page</Link>
        </p>
      </Page>
    </AppLayout>
  );
}
