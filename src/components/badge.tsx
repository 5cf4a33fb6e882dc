import { strings } from '../config/strings';

/** Marks generated (demo) data: an announcement, or with `of="entity"` a value only generated ones name. */
export function GeneratedBadge({ of = 'announcement' }: { of?: 'announcement' | 'entity' }) {
  const hint = of === 'entity' ? strings.generated.entityHint : strings.generated.hint;
  return (
    <span
      title={`${strings.generated.badge}: ${hint}`}
      className="inline-block rounded border border-violet-300 bg-violet-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-violet-800 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-200"
    >
      {strings.generated.badge}
      {/* The hover title is not read out everywhere: screen readers get the meaning as text. */}
      <span className="sr-only">: {hint}</span>
    </span>
  );
}
