import { useEffect, useRef, useState } from 'react';
import { strings } from '../../../config/strings';

const DEBOUNCE_MS = 40;

/** Free-text search. Typing updates the URL (replacing history) once the user pauses. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The pending commit calls the latest onChange, which knows the filters as they are when it fires.
  const latestOnChange = useRef(onChange);
  const latestValue = useRef(value);
  useEffect(() => {
    latestOnChange.current = onChange;
    latestValue.current = value;
  });

  // What this box has sent and the URL may not show yet: the URL's echo of one of them is not a change
  // from elsewhere (typing on while a slow navigation lands must not lose the letters typed since).
  const [sent, setSent] = useState<readonly string[]>([]);

  // When the URL changes from elsewhere (Back, "clear all"), show what it now says.
  if (value !== lastValue) {
    setLastValue(value);
    const echo = sent.indexOf(value);
    if (echo >= 0) setSent(sent.slice(echo + 1));
    else {
      setSent([]);
      if (text.trim() !== value) setText(value);
    }
  }

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  const commit = (next: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = next.trim();
      if (q !== latestValue.current) setSent((pending) => [...pending, q]);
      latestOnChange.current(q);
    }, delay);
  };

  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        commit(text, 0);
      }}
    >
      <label htmlFor="search" className="block text-sm font-semibold">
        {strings.filters.search}
      </label>
      <input
        id="search"
        type="search"
        value={text}
        placeholder={strings.filters.searchPlaceholder}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
            commit('', 0);
          }
        }}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-900"
      />
    </form>
  );
}
