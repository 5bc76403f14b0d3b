import { useId, useState } from 'react';
import { explainError } from '@/lib/error-messages';
import {
  WireEvents,
  type ModelChoice,
  type PermissionMode,
  type SetRunOptionsRequest,
} from '@/lib/realtime/contract.generated';
import { readHubFailure, type HubFailure } from '@/lib/realtime/hub-error';
import { useRealtime } from '@/lib/realtime/use-realtime';
import { effortLevels, fallbackModels } from '@/features/chat/run-settings/run-choices';
import { permissionModes } from '@/features/chat/run-settings/permission-modes';
import styles from './run-settings-bar.module.css';

type RunSettings = { permissionMode: PermissionMode; model: string; effort: string };

type RunSettingsBarProps = {
  conversationId: string;
  permissionMode: PermissionMode;
  // null: the CLI's default.
  model: string | null;
  effort: string | null;
  // What the bridge's CLI lists; null: Baton's own aliases.
  models: ModelChoice[] | null;
  bypassAllowed: boolean;
  running: boolean;
};

/**
 * The conversation's header: the permission mode, model and effort its runs use. A change is stored for the
 * conversation (every tab shows it); during a run mode and model switch the running CLI at once, while effort
 * waits for the CLI's next start.
 */
export function RunSettingsBar({
  conversationId,
  permissionMode,
  model,
  effort,
  models,
  bypassAllowed,
  running,
}: RunSettingsBarProps) {
  const offered = models !== null && models.length > 0 ? models : fallbackModels;
  const realtime = useRealtime();
  const stored: RunSettings = { permissionMode, model: model ?? '', effort: effort ?? '' };
  // A change shows at once, until what is stored changes (this tab's or another's) or the change fails.
  const [pending, setPending] = useState<{ chosen: RunSettings; over: RunSettings } | undefined>(
    undefined,
  );
  const [failure, setFailure] = useState<HubFailure | undefined>(undefined);
  const modeId = useId();
  const modelId = useId();
  const effortId = useId();
  const shown =
    pending !== undefined && sameSettings(pending.over, stored) ? pending.chosen : stored;

  const change = async (next: Partial<RunSettings>) => {
    setPending({ chosen: { ...shown, ...next }, over: stored });
    setFailure(undefined);
    const request: SetRunOptionsRequest = {
      conversationId,
      permissionMode: next.permissionMode ?? null,
      model: next.model ?? null,
      effort: next.effort ?? null,
    };
    try {
      await realtime.invoke(WireEvents.conversationSetRunOptions, request);
    } catch (error) {
      setFailure(readHubFailure(error));
      setPending(undefined);
    }
  };

  return (
    <div
      className={styles.bar}
      role="group"
      aria-label="How Claude Code runs in this conversation"
      data-testid="run-settings"
      data-mode={shown.permissionMode}
      data-model={shown.model}
    >
      <label htmlFor={modeId}>Mode</label>
      <select
        id={modeId}
        value={shown.permissionMode}
        data-testid="permission-mode-select"
        onChange={(event) => {
          void change({ permissionMode: event.target.value as PermissionMode });
        }}
      >
        {permissionModes.map((mode) => (
          <option
            key={mode.value}
            value={mode.value}
            disabled={mode.value === 'bypassPermissions' && !bypassAllowed}
          >
            {mode.label}
          </option>
        ))}
      </select>
      <label htmlFor={modelId}>Model</label>
      <select
        id={modelId}
        value={shown.model}
        data-testid="model-select"
        onChange={(event) => {
          void change({ model: event.target.value });
        }}
      >
        <option value="">Default</option>
        {offered.map((option) => (
          <option key={option.value} value={option.value} title={option.description ?? undefined}>
            {option.displayName}
          </option>
        ))}
        {shown.model !== '' && !offered.some((option) => option.value === shown.model) && (
          <option value={shown.model}>{shown.model}</option>
        )}
      </select>
      <label htmlFor={effortId}>Effort</label>
      <select
        id={effortId}
        value={shown.effort}
        data-testid="effort-select"
        aria-describedby={`${effortId}-note`}
        onChange={(event) => {
          void change({ effort: event.target.value });
        }}
      >
        <option value="">Default</option>
        {effortLevels.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </select>
      <span id={`${effortId}-note`} className={styles.note}>
        {running
          ? 'Mode and model switch the running answer now; effort applies from Claude Code’s next start here.'
          : 'Effort applies from Claude Code’s next start for this conversation.'}
      </span>
      {failure !== undefined && (
        <p className={styles.failure} role="alert" data-testid="run-settings-error">
          {explainError(failure.code, failure.text).title}
        </p>
      )}
    </div>
  );
}

function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return a.permissionMode === b.permissionMode && a.model === b.model && a.effort === b.effort;
}
