import { useTypedQuery } from '../../../lib/use-typed-query';
import { strings } from '../../../config/strings';

const DEBOUNCE_MS = 40;

/** Free-text search. Typing updates the URL (replacing history): a keystroke after a pause at once, a burst once it ends. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const box = useTypedQuery(value, onChange, { delay: DEBOUNCE_MS, normalise: (t) => t.trim() });

  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        box.submit();
      }}
    >
      <label htmlFor="search" className="block text-sm font-semibold">
        {strings.filters.search}
      </label>
      <input
        id="search"
        type="search"
        value={box.text}
        placeholder={strings.filters.searchPlaceholder}
        autoComplete="off"
        onChange={(e) => {
          box.type(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && box.text) {
            e.preventDefault();
            box.clear();
          }
        }}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-900"
      />
    </form>
  );
}
