import { Page } from '@/components/layouts/page';
import { UsagePanel } from '@/features/usage/components/usage-panel';

export function UsageRoute() {
  return (
    <Page>
      <UsagePanel />
    </Page>
  );
}
