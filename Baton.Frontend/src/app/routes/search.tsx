import { Page } from '@/components/layouts/page';
import { SearchPanel } from '@/features/search/components/search-panel';

export function SearchRoute() {
  return (
    <Page>
      <SearchPanel />
    </Page>
  );
}
