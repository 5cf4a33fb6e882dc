import { useState } from 'react';

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
      title={dark ? 'Dark mode is on: switch to light' : 'Dark mode is off: switch to dark'}
      className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-700"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark mode{' '}
      <span aria-hidden="true" className="text-xs opacity-80">
        {dark ? 'on' : 'off'}
      </span>
    </button>
  );
}
