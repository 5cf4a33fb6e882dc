import { strings } from '../../../config/strings-filters';

export function DateRange({
  from,
  to,
  onChange,
}: {
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}) {
  const field =
    'mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900 dark:[color-scheme:dark]';
  return (
    <fieldset className="py-3">
      <legend className="text-sm font-semibold">{strings.filters.date}</legend>
      <div className="mt-1 grid grid-cols-2 gap-2">
        <label className="text-xs text-slate-600 dark:text-slate-400">
          {strings.filters.from}
          <input
            type="date"
            value={from ?? ''}
            max={to ?? undefined}
            onChange={(e) => {
              onChange({ from: e.target.value || null, to });
            }}
            className={field}
          />
        </label>
        <label className="text-xs text-slate-600 dark:text-slate-400">
          {strings.filters.to}
          <input
            type="date"
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(e) => {
              onChange({ from, to: e.target.value || null });
            }}
            className={field}
          />
        </label>
      </div>
    </fieldset>
  );
}
