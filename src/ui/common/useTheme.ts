/** Applies the theme choice to the document: light, dark, or the system's, following its changes. */
import { useEffect } from 'react';
import type { Theme } from '../../store';

const DARK = '(prefers-color-scheme: dark)';

/** Sets `data-theme` on <html> to the resolved theme. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const m = window.matchMedia(DARK);
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (m.matches ? 'dark' : 'light') : theme;
    };
    apply();
    m.addEventListener('change', apply);
    return () => m.removeEventListener('change', apply);
  }, [theme]);
}
