import { Wifi, WifiOff } from 'lucide-react';
import type { ConnectionStatus as Status } from '@/lib/realtime/realtime-client';
import { useConnectionStatus } from '@/lib/realtime/use-realtime';
import styles from './connection-status.module.css';

const labels: Record<Status, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** The realtime connection's state, always in view. */
export function ConnectionStatus() {
  const status = useConnectionStatus();
  return (
    <span
      className={styles.status}
      data-testid="connection-status"
      data-status={status}
      role="status"
      aria-live="polite"
      title={status === 'offline' ? 'Baton cannot reach the server; it keeps trying.' : undefined}
    >
      {status === 'offline' ? (
        <WifiOff size={14} aria-hidden="true" />
      ) : (
        <Wifi size={14} aria-hidden="true" />
      )}
      <span className={styles.label}>{labels[status]}</span>
    </span>
  );
}
