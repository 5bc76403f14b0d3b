import { Monitor, Moon, Sun } from 'lucide-react';
import { useThemeStore, type ThemeChoice } from '@/lib/theme';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const labels: Record<ThemeChoice, string> = {
  system: 'Theme: follows the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

export function ThemeToggle() {
  const theme = useThemeStore((state) => state.theme);
  const setTheme = useThemeStore((state) => state.setTheme);
  return (
    <button
      type="button"
      aria-label={`${labels[theme]} (change)`}
      title={labels[theme]}
      onClick={() => {
        setTheme(next[theme]);
      }}
      data-testid="theme-toggle"
      data-theme-choice={theme}
    >
      {theme === 'system' ? (
        <Monitor size={16} />
      ) : theme === 'light' ? (
        <Sun size={16} />
      ) : (
        <Moon size={16} />
      )}
    </button>
  );
}
