import { useState, type SyntheticEvent } from 'react';
import { Card } from '@/components/ui/card';
import { useCreateProject, type NewProject } from '@/features/projects/api/create-project';
import type { Project } from '@/features/projects/api/get-projects';
import type { BridgeOption } from '@/features/projects/components/projects-list';
import styles from './projects.module.css';

type CreateProjectFormProps = {
  bridges: readonly BridgeOption[];
  onCreated: (project: Project) => void;
};

export function CreateProjectForm({ bridges, onCreated }: CreateProjectFormProps) {
  const [draft, setDraft] = useState<NewProject>({ name: '', rootDirectory: '', bridgeId: '' });
  const create = useCreateProject();
  // Until the person picks one, an online bridge: a project on an offline one cannot run yet.
  const preferred = bridges.find((bridge) => bridge.online) ?? bridges[0];
  const bridgeId = draft.bridgeId === '' ? (preferred?.id ?? '') : draft.bridgeId;
  const chosenOffline = bridges.find((bridge) => bridge.id === bridgeId)?.online === false;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(
      { name: draft.name.trim(), rootDirectory: draft.rootDirectory.trim(), bridgeId },
      { onSuccess: onCreated },
    );
  };

  if (bridges.length === 0) {
    return (
      <Card title="New project">
        <p className={styles.empty}>
          A project lives on a bridge. Create a bridge on the Bridges page first.
        </p>
      </Card>
    );
  }

  return (
    <Card title="New project">
      <form className={styles.form} onSubmit={submit} aria-label="Create a project">
        <label className={styles.field}>
          Name
          <input
            required
            value={draft.name}
            onChange={(event) => {
              setDraft({ ...draft, name: event.target.value });
            }}
            data-testid="create-project-name"
          />
        </label>
        <label className={styles.field}>
          Root directory on the bridge&apos;s machine
          <input
            required
            placeholder="/home/you/code/app"
            value={draft.rootDirectory}
            onChange={(event) => {
              setDraft({ ...draft, rootDirectory: event.target.value });
            }}
            data-testid="create-project-root"
          />
        </label>
        <label className={styles.field}>
          Bridge
          <select
            value={bridgeId}
            onChange={(event) => {
              setDraft({ ...draft, bridgeId: event.target.value });
            }}
            aria-describedby={chosenOffline ? 'bridge-offline-note' : undefined}
            data-testid="create-project-bridge"
          >
            {bridges.map((bridge) => (
              <option key={bridge.id} value={bridge.id}>
                {bridge.name} ({bridge.online ? 'online' : 'offline'})
              </option>
            ))}
          </select>
        </label>
        {chosenOffline && (
          <p id="bridge-offline-note" className={styles.note} data-testid="bridge-offline-note">
            This bridge is offline: the project can be created, but Claude Code cannot run until the
            bridge connects.
          </p>
        )}
        <button type="submit" disabled={create.isPending} data-testid="create-project-submit">
          Create project
        </button>
        {create.isError && (
          <p role="alert" className={styles.error}>
            {create.error.message}
          </p>
        )}
      </form>
    </Card>
  );
}
