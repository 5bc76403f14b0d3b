import type { PermissionMode } from '@/lib/realtime/contract.generated';

/** The CLI's permission modes in the words Baton shows them with. */
export const permissionModes: readonly { value: PermissionMode; label: string }[] = [
  { value: 'default', label: 'Ask first' },
  { value: 'acceptEdits', label: 'Accept edits' },
  { value: 'plan', label: 'Plan only' },
  { value: 'bypassPermissions', label: 'Bypass' },
];

export function modeLabel(mode: PermissionMode): string {
  return permissionModes.find((option) => option.value === mode)?.label ?? mode;
}
