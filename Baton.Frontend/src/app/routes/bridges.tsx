import { Page } from '@/components/layouts/page';
import { BridgesPanel } from '@/features/bridges/components/bridges-panel';
import { InviteCard } from '@/features/invitations/components/invite-card';

export function BridgesRoute() {
  return (
    <Page>
      <BridgesPanel />
      <InviteCard />
    </Page>
  );
}
