import { Bell, BellOff, BellRing } from 'lucide-react';
import { usePushNotifications } from '@/features/notifications/hooks/use-push-notifications';
import styles from './notifications-toggle.module.css';

/**
 * The header's bell: turns on notifications in this browser (when Claude waits for an answer or a run
 * ends, while no tab shows that conversation), and off again. Absent where the browser has no Web Push.
 */
export function NotificationsToggle() {
  const { state, turnOn, turnOff } = usePushNotifications();
  if (state.kind === 'unsupported' || state.kind === 'checking') {
    return null;
  }
  if (state.kind === 'blocked') {
    return (
      <button
        type="button"
        aria-disabled="true"
        title="Notifications are blocked for Baton in this browser's site settings"
        aria-label="Notifications are blocked for Baton in this browser's site settings"
        data-testid="notifications-toggle"
        data-state="blocked"
      >
        <BellOff size={16} aria-hidden="true" />
      </button>
    );
  }
  const on = state.kind === 'on';
  const label = on
    ? 'Notifications on in this browser (turn off)'
    : 'Notify me in this browser when Claude waits or finishes';
  const error = state.kind === 'on' || state.kind === 'off' ? state.error : undefined;
  return (
    <span className={styles.toggle}>
      <button
        type="button"
        aria-pressed={on}
        aria-label={label}
        title={label}
        disabled={state.kind === 'working'}
        onClick={() => {
          void (on ? turnOff() : turnOn());
        }}
        data-testid="notifications-toggle"
        data-state={state.kind}
      >
        {on ? <BellRing size={16} aria-hidden="true" /> : <Bell size={16} aria-hidden="true" />}
      </button>
      {error !== undefined && (
        <span role="alert" className={styles.error} data-testid="notifications-error">
          {error}
        </span>
      )}
    </span>
  );
}
