import { useId, useState } from 'react';
import {
  EDIT_KINDS,
  correctionEntryText,
  type EditKind,
  type SuggestedChange,
} from '../../../data/announcement-edits';
import type { Announcement } from '../../../data/schema';
import { countryName } from '../../../lib/countries';
import { correctionStrings } from '../../../config/correction-strings';
import { correctionSendHref } from '../correction-link';

type Action = SuggestedChange['action'];
const ACTIONS: readonly Action[] = ['remove', 'rename', 'merge', 'add'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CODE = /^[A-Z]{2}$/;
const t = correctionStrings;

/** The announcement's entities of one kind, as the value an edit names them by and a label. */
function entitiesOf(a: Announcement, kind: EditKind): { value: string; label: string }[] {
  switch (kind) {
    case 'people':
      return a.people.map((p) => ({ value: p.id, label: p.name }));
    case 'events':
      return a.events.map((e) => ({ value: e.id, label: e.name }));
    case 'organizations':
      return a.organizations.map((o) => ({ value: o.id, label: o.name }));
    case 'countries':
      return a.countries.map((c) => ({ value: c, label: `${countryName(c)} (${c})` }));
    case 'places':
      return a.places.map((name) => ({ value: name, label: name }));
  }
}

/** Named by code (countries) or name (places): people, events and organisations by id. */
const namedBy = (kind: EditKind) => (kind === 'countries' ? 'code' : kind === 'places' ? 'name' : 'id');

interface Draft {
  action: Action;
  kind: EditKind;
  value: string;
  text: string;
  country: string;
}

/** The change the form describes, or what is wrong with it (keyed by field). */
function readDraft(
  draft: Draft,
  a: Announcement,
): { change: SuggestedChange } | { error: { field: 'value' | 'text' | 'country'; message: string } } {
  const { action, kind } = draft;
  const text = draft.text.trim().replace(/\s+/g, ' ');
  const value = draft.value;
  if (action !== 'add' && !entitiesOf(a, kind).some((e) => e.value === value))
    return { error: { field: 'value', message: t.errors.pick } };
  if (action === 'remove') return { change: { action, kind, value } };
  if (action === 'rename') {
    if (!text) return { error: { field: 'text', message: t.errors.name } };
    const old = entitiesOf(a, kind).find((e) => e.value === value)?.label;
    if (text === old) return { error: { field: 'text', message: t.errors.sameName } };
    if (kind === 'countries') return { error: { field: 'value', message: t.errors.pick } };
    return { change: { action, kind, value, to: text } };
  }
  if (action === 'merge') {
    const by = namedBy(kind);
    const into = by === 'code' ? text.toUpperCase() : by === 'id' ? text.toLowerCase() : text;
    if (!into)
      return {
        error: {
          field: 'text',
          message: by === 'name' ? t.errors.name : by === 'code' ? t.errors.code : t.errors.id,
        },
      };
    if (by === 'id' && !SLUG.test(into)) return { error: { field: 'text', message: t.errors.id } };
    if (by === 'code' && !CODE.test(into)) return { error: { field: 'text', message: t.errors.code } };
    if (into === value) return { error: { field: 'text', message: t.errors.sameTarget } };
    return { change: { action, kind, value, into } };
  }
  if (kind === 'countries') {
    const code = text.toUpperCase();
    if (!CODE.test(code)) return { error: { field: 'text', message: t.errors.code } };
    return { change: { action, kind, value: code } };
  }
  if (!text) return { error: { field: 'text', message: t.errors.name } };
  if (kind === 'people') {
    const country = draft.country.trim().toUpperCase();
    if (country && !CODE.test(country)) return { error: { field: 'country', message: t.errors.code } };
    return { change: { action, kind, value: text, country: country || null } };
  }
  return { change: { action, kind, value: text } };
}

function describe(change: SuggestedChange, a: Announcement): string {
  const label = (value: string) => entitiesOf(a, change.kind).find((e) => e.value === value)?.label ?? value;
  const what = (value: string) => `${t.kinds[change.kind].toLowerCase()} “${label(value)}”`;
  switch (change.action) {
    case 'remove':
      return t.describe.remove(what(change.value));
    case 'rename':
      return t.describe.rename(what(change.value), change.to);
    case 'merge':
      return t.describe.merge(what(change.value), `“${change.into}”`);
    case 'add':
      return t.describe.add(
        `${t.kinds[change.kind].toLowerCase()} “${change.value}”${change.kind === 'people' && change.country ? ` (${change.country})` : ''}`,
      );
  }
}

const field =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';
const label = 'block text-sm font-medium';
const hint = 'mt-1 text-xs text-slate-600 dark:text-slate-400';
const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800';

/**
 * "Suggest a correction": the reader picks an entity of this announcement to remove, rename or merge
 * into another, or one to add; the page shows the `data/overrides.json` entry that makes it, to copy or,
 * when the build sets VITE_CORRECTIONS_URL, to send to the editors.
 */
export function SuggestCorrection({ announcement }: { announcement: Announcement }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>({
    action: 'remove',
    kind: 'people',
    value: '',
    text: '',
    country: '',
  });
  const [changes, setChanges] = useState<SuggestedChange[]>([]);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const kinds = EDIT_KINDS.filter((kind) => draft.action !== 'rename' || kind !== 'countries');
  const entities = entitiesOf(announcement, draft.kind);
  const update = (next: Partial<Draft>) => {
    setDraft((current) => {
      const merged = { ...current, ...next };
      if (merged.action === 'rename' && merged.kind === 'countries') merged.kind = 'people';
      if (next.action !== undefined || next.kind !== undefined) merged.value = '';
      return merged;
    });
    setError(null);
  };
  const entry = changes.length > 0 ? correctionEntryText(announcement.id, changes) : '';
  const sendHref = entry
    ? correctionSendHref(
        import.meta.env.VITE_CORRECTIONS_URL,
        announcement.id,
        t.mailSubject(announcement.id),
        entry,
      )
    : null;
  const errorId = `${id}-error`;
  const invalid = (name: string) =>
    error?.field === name ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};

  const textLabel =
    draft.action === 'rename'
      ? t.newName
      : draft.action === 'merge'
        ? t.into
        : draft.kind === 'countries'
          ? t.addCode
          : t.addName;

  return (
    <details className="rounded-lg border border-slate-200 px-4 py-2 dark:border-slate-800" data-print="hide">
      <summary className="cursor-pointer py-1 text-sm font-semibold text-sky-800 dark:text-sky-300">
        {t.open}
      </summary>
      <div className="space-y-4 pt-2 pb-2">
        <p className={hint}>{t.intro}</p>
        <form
          noValidate
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            const read = readDraft(draft, announcement);
            if ('error' in read) {
              setError(read.error);
              document.getElementById(`${id}-${read.error.field}`)?.focus();
              return;
            }
            setChanges((current) => [...current, read.change]);
            setDraft((current) => ({ ...current, value: '', text: '', country: '' }));
            setCopy('idle');
          }}
        >
          <fieldset>
            <legend className={label}>{t.action}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {ACTIONS.map((action) => (
                <label key={action} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="radio"
                    name={`${id}-action`}
                    value={action}
                    checked={draft.action === action}
                    onChange={() => {
                      update({ action });
                    }}
                  />
                  {t.actions[action]}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-kind`} className={label}>
              {t.kind}
            </label>
            <select
              id={`${id}-kind`}
              value={draft.kind}
              onChange={(event) => {
                update({ kind: event.target.value as EditKind });
              }}
              className={field}
            >
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          {draft.action !== 'add' && (
            <div>
              <label htmlFor={`${id}-value`} className={label}>
                {t.which}
              </label>
              {entities.length === 0 ? (
                <p id={`${id}-value`} className={hint}>
                  {t.noneOfKind}
                </p>
              ) : (
                <select
                  id={`${id}-value`}
                  value={draft.value}
                  onChange={(event) => {
                    update({ value: event.target.value });
                  }}
                  className={field}
                  {...invalid('value')}
                >
                  <option value="">—</option>
                  {entities.map((entity) => (
                    <option key={entity.value} value={entity.value}>
                      {entity.label}
                    </option>
                  ))}
                </select>
              )}
            </div>
          )}
          {draft.action !== 'remove' && (
            <div>
              <label htmlFor={`${id}-text`} className={label}>
                {textLabel}
              </label>
              <input
                id={`${id}-text`}
                value={draft.text}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => {
                  update({ text: event.target.value });
                }}
                className={field}
                aria-describedby={
                  draft.action === 'merge' || draft.kind === 'countries' ? `${id}-text-hint` : undefined
                }
                {...invalid('text')}
              />
              {draft.action === 'merge' && (
                <p id={`${id}-text-hint`} className={hint}>
                  {t.intoHint[draft.kind]}
                </p>
              )}
              {draft.action === 'add' && draft.kind === 'countries' && (
                <p id={`${id}-text-hint`} className={hint}>
                  {t.countryCodeHint}
                </p>
              )}
            </div>
          )}
          {draft.action === 'add' && draft.kind === 'people' && (
            <div>
              <label htmlFor={`${id}-country`} className={label}>
                {t.personCountry}
              </label>
              <input
                id={`${id}-country`}
                value={draft.country}
                autoComplete="off"
                maxLength={2}
                onChange={(event) => {
                  update({ country: event.target.value });
                }}
                className={`${field} w-20`}
                {...invalid('country')}
              />
            </div>
          )}
          {error && (
            <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-300">
              {error.message}
            </p>
          )}
          <button type="submit" className={button}>
            {t.addChange}
          </button>
        </form>

        {changes.length > 0 && (
          <section aria-labelledby={`${id}-changes`} className="space-y-3">
            <h3 id={`${id}-changes`} className="text-sm font-semibold">
              {t.changes}
            </h3>
            <ul className="space-y-1 text-sm">
              {changes.map((change, i) => {
                const text = describe(change, announcement);
                return (
                  <li key={i} className="flex items-start justify-between gap-2">
                    <span className="break-words">{text}</span>
                    <button
                      type="button"
                      aria-label={t.removeChange(text)}
                      onClick={() => {
                        setChanges((current) => current.filter((_, j) => j !== i));
                        setCopy('idle');
                      }}
                      className="shrink-0 rounded px-1 text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
            <div>
              <p id={`${id}-entry`} className={label}>
                {t.entry}
              </p>
              <pre
                aria-labelledby={`${id}-entry`}
                className="mt-1 rounded-md bg-slate-100 p-2 text-xs leading-5 break-all whitespace-pre-wrap dark:bg-slate-900"
                data-testid="correction-entry"
              >
                <code>{entry}</code>
              </pre>
              <p className={hint}>{t.entryHint}</p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                className={button}
                onClick={() => {
                  navigator.clipboard.writeText(entry).then(
                    () => {
                      setCopy('copied');
                    },
                    () => {
                      setCopy('failed');
                    },
                  );
                }}
              >
                {t.copy}
              </button>
              {sendHref && (
                <a
                  href={sendHref}
                  className="text-sm font-medium text-sky-700 hover:underline dark:text-sky-300"
                >
                  {t.send}
                </a>
              )}
              <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
                {copy === 'copied' && t.copied}
                {copy === 'failed' && t.copyFailed}
              </span>
            </div>
          </section>
        )}
      </div>
    </details>
  );
}
