import { useState } from 'react';
import { strings } from '../config/strings';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** Switches light/dark and remembers the choice (public/theme.js applies it on the next visit). */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => {
        const next: Theme = dark ? 'light' : 'dark';
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem('theme', next);
        } catch {
          // Private mode may forbid storage: the choice then lasts for this page only.
        }
        setTheme(next);
      }}
      title={strings.theme.hint(dark)}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-700"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> {strings.theme.label}{' '}
      <span aria-hidden="true" className="text-xs opacity-80">
        {dark ? strings.theme.on : strings.theme.off}
      </span>
    </button>
  );
}
