import { useEffect } from 'react';
import { useInbox } from '@/features/inbox/api/get-inbox';
import { needsYouCount, titleWithCount } from '@/features/inbox/utils/inbox-state';

/**
 * Shows how many things need the person in the tab's title ("(2) Baton") and, where the browser
 * supports it, on the installed app's icon; both are cleared when the person signs out.
 */
export function useInboxAttention(): void {
  const count = needsYouCount(useInbox().data);
  useEffect(() => {
    document.title = titleWithCount(count);
    // A browser without the Badging API, or one that refuses it here, shows the title alone.
    if ('setAppBadge' in navigator) {
      void (count === 0 ? navigator.clearAppBadge() : navigator.setAppBadge(count)).catch(
        () => undefined,
      );
    }
  }, [count]);
  useEffect(
    () => () => {
      document.title = titleWithCount(0);
      if ('clearAppBadge' in navigator) {
        void navigator.clearAppBadge().catch(() => undefined);
      }
    },
    [],
  );
}
