import { Card } from '@/components/ui/card';
import { useApiHealth } from '@/features/health/api/get-api-health';
import styles from './health-status-panel.module.css';

export function HealthStatusPanel() {
  const { data: health, dataUpdatedAt } = useApiHealth();

  return (
    <Card title="API status">
      <p className={styles.status} role="status" aria-live="polite">
        {health === undefined ? (
          <span className={styles.checking}>Checking…</span>
        ) : (
          <>
            <span className={styles.dot} data-health={health} aria-hidden="true" />
            <span data-testid="api-health">{health}</span>
          </>
        )}
      </p>
      {health !== undefined && (
        <p className={styles.checkedAt}>
          Checked at{' '}
          <time dateTime={new Date(dataUpdatedAt).toISOString()}>{formatTime(dataUpdatedAt)}</time>
        </p>
      )}
    </Card>
  );
}

function formatTime(timestamp: number): string {
  return new Date(timestamp).toLocaleTimeString(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
