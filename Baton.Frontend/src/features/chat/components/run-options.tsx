import { useId } from 'react';
import type { PermissionMode } from '@/lib/realtime/contract.generated';

const permissionModes: readonly { value: PermissionMode; label: string }[] = [
  { value: 'default', label: 'Ask first' },
  { value: 'acceptEdits', label: 'Accept edits' },
  { value: 'plan', label: 'Plan only' },
  { value: 'bypassPermissions', label: 'Bypass' },
];

const models: readonly { value: string; label: string }[] = [
  { value: 'sonnet', label: 'Sonnet' },
  { value: 'opus', label: 'Opus' },
  { value: 'haiku', label: 'Haiku' },
];

type RunOptionsProps = {
  permissionMode: PermissionMode;
  model: string;
  defaultModel: string | null;
  bypassAllowed: boolean;
  onPermissionMode: (mode: PermissionMode) => void;
  onModel: (model: string) => void;
};

/** How the next message runs: its permission mode and its model ('' is the conversation's default). */
export function RunOptions({
  permissionMode,
  model,
  defaultModel,
  bypassAllowed,
  onPermissionMode,
  onModel,
}: RunOptionsProps) {
  const modeId = useId();
  const modelId = useId();
  return (
    <>
      <label htmlFor={modeId} className="visually-hidden">
        Permission mode
      </label>
      <select
        id={modeId}
        value={permissionMode}
        data-testid="permission-mode-select"
        onChange={(event) => {
          onPermissionMode(event.target.value as PermissionMode);
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
      <label htmlFor={modelId} className="visually-hidden">
        Model
      </label>
      <select
        id={modelId}
        value={model}
        data-testid="model-select"
        onChange={(event) => {
          onModel(event.target.value);
        }}
      >
        <option value="">Default model</option>
        {models.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {defaultModel !== null && !models.some((option) => option.value === defaultModel) && (
          <option value={defaultModel}>{defaultModel}</option>
        )}
      </select>
    </>
  );
}
