import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { costText, runsText, tokensText } from '@/lib/usage-text';
import { useUsageReport, type UsageReport } from '@/features/usage/api/get-usage-report';
import styles from './usage-panel.module.css';

const periods = [7, 30, 90, 365] as const;

/**
 * What the reader's finished runs used over a period: in all, by project and by day. The period
 * lives in the address (`?days=…`), so a reload keeps it.
 */
export function UsagePanel() {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('days'));
  const days = periods.find((period) => period === asked) ?? 30;
  const report = useUsageReport(days);
  const periodId = useId();

  return (
    <Card title="Usage">
      <div className={styles.period}>
        <label htmlFor={periodId}>Period</label>
        <select
          id={periodId}
          value={days}
          onChange={(event) => {
            setParams({ days: event.target.value });
          }}
          data-testid="usage-period"
        >
          {periods.map((period) => (
            <option key={period} value={period}>
              Last {period} days
            </option>
          ))}
        </select>
      </div>
      {report.isPending && <p role="status">Adding up your runs…</p>}
      {report.isError && (
        <p role="alert" className={styles.failure}>
          Usage could not be loaded: {report.error.message}
        </p>
      )}
      {report.data && <UsageTables report={report.data} />}
    </Card>
  );
}

function UsageTables({ report }: { report: UsageReport }) {
  if (report.total.runs === 0) {
    return (
      <p className={styles.note} data-testid="usage-empty">
        No finished runs in the last {report.days} days.
      </p>
    );
  }
  return (
    <>
      <p className={styles.total} data-testid="usage-total">
        <strong>{costText(report.total.costUsd)}</strong> · {runsText(report.total.runs)} ·{' '}
        {tokensText(report.total)} tokens
      </p>
      <h3 className={styles.heading}>By project</h3>
      <table className={styles.table} data-testid="usage-by-project">
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Runs</th>
            <th scope="col">Tokens</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {report.byProject.map((project) => (
            <tr
              key={project.projectId}
              data-testid="usage-project"
              data-project-id={project.projectId}
            >
              <th scope="row">
                <Link to={`/projects/${project.projectId}`}>{project.projectName}</Link>
              </th>
              <td>{project.figures.runs}</td>
              <td>{tokensText(project.figures)}</td>
              <td>{costText(project.figures.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className={styles.heading}>By day</h3>
      <table className={styles.table} data-testid="usage-by-day">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Runs</th>
            <th scope="col">Tokens</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {report.byDay.map((day) => (
            <tr key={day.day} data-testid="usage-day" data-day={day.day}>
              <th scope="row">{dayText(day.day)}</th>
              <td>{day.figures.runs}</td>
              <td>{tokensText(day.figures)}</td>
              <td>{costText(day.figures.costUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** "Wed 3 Dec": the day as the server named it (already in the reader's zone), never shifted by a Date's UTC. */
function dayText(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}
