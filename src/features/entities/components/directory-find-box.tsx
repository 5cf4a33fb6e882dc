import { useEffect, useId, useRef, useState } from 'react';
import type { FacetKey } from '../../search';
import { strings } from '../../../config/strings';

const DEBOUNCE_MS = 120;

/**
 * The directory's name finder. Typing updates the URL (the caller replaces history) once the user pauses;
 * what the URL says is shown when it changes from elsewhere (Back, "Show all").
 */
export function DirectoryFindBox({
  kind,
  value,
  onChange,
}: {
  kind: FacetKey;
  value: string;
  onChange: (q: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  // Texts sent to the URL and not yet seen coming back: their echo must not undo what was typed since.
  const [sent, setSent] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );

  if (value !== lastValue) {
    setLastValue(value);
    const echo = sent.indexOf(value);
    if (echo >= 0) setSent(sent.slice(echo + 1));
    else {
      setSent([]);
      if (text.trim() !== value) setText(value);
    }
  }

  const commit = (next: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = next.trim().replace(/\s+/g, ' ');
      setSent((pending) => [...pending, q]);
      latestOnChange.current(q);
    }, delay);
  };

  return (
    <form
      role="search"
      aria-label={strings.filters.find(kind)}
      className="w-full max-w-md"
      onSubmit={(e) => {
        e.preventDefault();
        commit(text, 0);
      }}
    >
      <label htmlFor={id} className="block text-sm font-semibold">
        {strings.filters.find(kind)}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={`${strings.filters.find(kind)}…`}
        autoComplete="off"
        spellCheck={false}
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
