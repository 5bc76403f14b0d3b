import { Page } from '@/components/layouts/page';
import { BridgesPanel } from '@/features/bridges/components/bridges-panel';

export function BridgesRoute() {
  return (
    <Page>
      <BridgesPanel />
    </Page>
  );
}
