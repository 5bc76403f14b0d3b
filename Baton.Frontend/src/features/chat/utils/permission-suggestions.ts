import { asArray, asObject, asString } from '@/features/chat/utils/json-value';

export type SuggestionView = {
  type: string;
  label: string;
  // Rules in the CLI's syntax, e.g. `Bash(git status:*)`.
  rules: string[];
};

/** The CLI's permission suggestions (`addRules`, `setMode`, `addDirectories`, ...) in words. */
export function describeSuggestion(suggestion: unknown): SuggestionView {
  const value = asObject(suggestion);
  const type = asString(value?.type) ?? 'unknown';
  switch (type) {
    case 'addRules':
      return {
        type,
        label: asString(value?.behavior) === 'deny' ? 'Deny rule' : 'Allow rule',
        rules: asArray(value?.rules).map(ruleText),
      };
    case 'setMode':
      return {
        type,
        label: `Switch this conversation to ${asString(value?.mode) ?? '?'} mode`,
        rules: [],
      };
    case 'addDirectories':
      return {
        type,
        label: `Allow the folders ${asArray(value?.directories).map(String).join(', ')} for this session`,
        rules: [],
      };
    default:
      return { type, label: JSON.stringify(suggestion), rules: [] };
  }
}

export function ruleText(rule: unknown): string {
  const value = asObject(rule);
  const toolName = asString(value?.toolName) ?? '?';
  const content = asString(value?.ruleContent);
  return content === undefined || content === '' ? toolName : `${toolName}(${content})`;
}
