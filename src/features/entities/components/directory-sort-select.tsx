import { useId } from 'react';
import { strings } from '../../../config/strings-entities';
import { DIRECTORY_SORTS, type DirectorySort } from '../directory-params';

/** Most mentioned first, or A–Z. */
export function DirectorySortSelect({
  value,
  onChange,
}: {
  value: DirectorySort;
  onChange: (sort: DirectorySort) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-semibold">
        {strings.directory.sort}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value as DirectorySort);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]"
      >
        {DIRECTORY_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {strings.directory.sorts[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
