import { FolderOpen } from 'lucide-react';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { useProjects, type Project } from '@/features/projects/api/get-projects';
import { BridgeStatusBadge } from '@/features/projects/components/bridge-status-badge';
import styles from './projects.module.css';

export type BridgeOption = {
  id: string;
  name: string;
  online: boolean;
};

type ProjectsListProps = {
  bridges: readonly BridgeOption[];
};

export function ProjectsList({ bridges }: ProjectsListProps) {
  const projects = useProjects();
  const askedThrough = projectAskedPerBridge(projects.data ?? []);
  return (
    <Card title="Projects">
      {projects.isPending && <p role="status">Loading projects…</p>}
      {projects.isError && (
        <p role="alert">The projects could not be loaded: {projects.error.message}</p>
      )}
      {projects.data?.length === 0 && (
        <p className={styles.empty}>
          No projects yet. Create one below: pick a folder on a bridge&apos;s machine.
        </p>
      )}
      {projects.data !== undefined && projects.data.length > 0 && (
        <ul className={styles.list} data-testid="project-list">
          {projects.data.map((project) => (
            <li key={project.id} className={styles.item} data-testid="project-item">
              <FolderOpen size={18} aria-hidden="true" />
              <div className={styles.itemText}>
                <Link
                  to={`/projects/${project.id}`}
                  className={styles.name}
                  data-testid="project-link"
                >
                  {project.name}
                </Link>
                <span className={styles.meta}>
                  {project.rootDirectory} ·{' '}
                  {bridges.find((bridge) => bridge.id === project.bridgeId)?.name ??
                    'revoked bridge'}
                </span>
              </div>
              <BridgeStatusBadge projectId={askedThrough.get(project.bridgeId) ?? project.id} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * The project each bridge's health is asked through: its first one listed. Health belongs to the bridge, so its
 * projects share one answer; asked once per project, a long list spent the connection's whole call budget at once,
 * and the person's next actions (joining a conversation, answering a prompt) had to wait behind it.
 */
function projectAskedPerBridge(projects: readonly Project[]): Map<string, string> {
  const asked = new Map<string, string>();
  for (const project of projects) {
    if (!asked.has(project.bridgeId)) {
      asked.set(project.bridgeId, project.id);
    }
  }
  return asked;
}
