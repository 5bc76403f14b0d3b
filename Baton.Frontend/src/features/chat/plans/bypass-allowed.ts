import { createContext, useContext } from 'react';

/** Whether the conversation's bridge allows the bypassPermissions mode, for choices deep in the timeline. */
export const BypassAllowedContext = createContext(false);

export function useBypassAllowed(): boolean {
  return useContext(BypassAllowedContext);
}
