import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'baton.theme';
const choices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(storageKey);
  return choices.find((choice) => choice === stored) ?? 'system';
}

type ThemeState = {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
};

export const useThemeStore = create<ThemeState>((set) => ({
  theme: readChoice(),
  setTheme: (theme) => {
    localStorage.setItem(storageKey, theme);
    applyTheme(theme);
    set({ theme });
  },
}));

// "system" leaves the attribute off, so the stylesheet follows prefers-color-scheme.
export function applyTheme(theme: ThemeChoice = readChoice()): void {
  if (theme === 'system') {
    document.documentElement.removeAttribute('data-theme');
  } else {
    document.documentElement.dataset.theme = theme;
  }
}
