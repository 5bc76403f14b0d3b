import { useId, type ReactNode } from 'react';
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
      <FiguresTable
        heading="By project"
        rowHeading="Project"
        testId="usage-by-project"
        rows={report.byProject.map((project) => ({
          key: project.projectId,
          label: <Link to={`/projects/${project.projectId}`}>{project.projectName}</Link>,
          figures: project.figures,
          attributes: { 'data-testid': 'usage-project', 'data-project-id': project.projectId },
        }))}
      />
      <FiguresTable
        heading="By day"
        rowHeading="Day"
        testId="usage-by-day"
        rows={report.byDay.map((day) => ({
          key: day.day,
          label: dayText(day.day),
          figures: day.figures,
          attributes: { 'data-testid': 'usage-day', 'data-day': day.day },
        }))}
      />
    </>
  );
}

type Figures = UsageReport['total'];

type FiguresRow = {
  key: string;
  label: ReactNode;
  figures: Figures;
  attributes: Record<`data-${string}`, string>;
};

/** One table of runs, tokens and cost, a row per project or day. */
function FiguresTable({
  heading,
  rowHeading,
  testId,
  rows,
}: {
  heading: string;
  rowHeading: string;
  testId: string;
  rows: FiguresRow[];
}) {
  return (
    <>
      <h3 className={styles.heading}>{heading}</h3>
      <table className={styles.table} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">Runs</th>
            <th scope="col">Tokens</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.attributes}>
              <th scope="row">{row.label}</th>
              <td>{row.figures.runs}</td>
              <td>{tokensText(row.figures)}</td>
              <td>{costText(row.figures.costUsd)}</td>
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
