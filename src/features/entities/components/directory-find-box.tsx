import { useId } from 'react';
import { useTypedQuery } from '../../../lib/use-typed-query';
import type { FacetKey } from '../../search';
import { strings } from '../../../config/strings-filters';

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
  const box = useTypedQuery(value, onChange, {
    delay: DEBOUNCE_MS,
    normalise: (t) => t.trim().replace(/\s+/g, ' '),
  });

  return (
    <form
      role="search"
      aria-label={strings.filters.find(kind)}
      className="w-full max-w-md"
      onSubmit={(e) => {
        e.preventDefault();
        box.submit();
      }}
    >
      <label htmlFor={id} className="block text-sm font-semibold">
        {strings.filters.find(kind)}
      </label>
      <input
        id={id}
        type="search"
        value={box.text}
        placeholder={`${strings.filters.find(kind)}…`}
        autoComplete="off"
        spellCheck={false}
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
