import { useBridgeHealth } from '@/features/projects/api/get-bridge-health';
import styles from './bridge-status-badge.module.css';

type BridgeStatusBadgeProps = {
  projectId: string;
};

/** The project's bridge: online or not, Claude Code found or not, and a demo badge in demo mode. */
export function BridgeStatusBadge({ projectId }: BridgeStatusBadgeProps) {
  const health = useBridgeHealth(projectId);
  const data = health.data;
  const state =
    data === undefined
      ? 'unknown'
      : !data.online
        ? 'offline'
        : data.status?.cliFound === false
          ? 'no-cli'
          : 'online';
  const label =
    state === 'unknown'
      ? health.isError
        ? 'Bridge status unknown'
        : 'Checking bridge…'
      : state === 'offline'
        ? 'Bridge offline'
        : state === 'no-cli'
          ? 'Claude Code not installed on the bridge'
          : 'Bridge online';
  const version =
    state === 'online' && data?.status?.cliVersion != null
      ? ` · Claude Code ${data.status.cliVersion}`
      : '';
  return (
    <span className={styles.badges}>
      <span
        className={styles.status}
        data-testid="bridge-status"
        data-state={state}
        data-online={data?.online ?? false}
        title={data?.status?.installHint ?? data?.name ?? undefined}
        role="status"
      >
        <span className={styles.dot} data-state={state} aria-hidden="true" />
        {/* On a phone an online bridge is its green dot; anything else still says what is wrong. */}
        <span className={state === 'online' ? 'phone-visually-hidden' : undefined}>{label}</span>
        <span className={styles.detail}>{version}</span>
      </span>
      {data?.status?.demo === true && (
        <span
          className={styles.demo}
          data-testid="demo-badge"
          title="Answers come from Baton's scripted demo model"
        >
          Demo
        </span>
      )}
    </span>
  );
}
