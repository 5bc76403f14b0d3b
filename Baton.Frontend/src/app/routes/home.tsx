import { HealthStatusPanel } from '@/features/health/components/health-status-panel';

export function HomeRoute() {
  return <HealthStatusPanel />;
}
