import { FLAG_CODES, FLAG_FOLDER } from 'virtual:flags';

const bitmap = atob(FLAG_CODES);

/** Whether there is a flag for `code` (an ISO 3166-1 alpha-2 code). */
export function hasFlag(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const n = (code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65;
  return ((bitmap.charCodeAt(n >> 3) >> (n & 7)) & 1) === 1;
}

/**
 * A country's flag, beside its name: decoration (empty alt, hidden from assistive technology), an SVG
 * file loaded when it scrolls near, at a fixed 3:2 size so the text never moves when it arrives. Nothing
 * for a code without a flag.
 */
export function Flag({ code, size = 'text' }: { code: string; size?: 'text' | 'heading' }) {
  if (!hasFlag(code)) return null;
  const [width, height] = size === 'heading' ? [36, 24] : [18, 12];
  return (
    <img
      src={`${FLAG_FOLDER}${code}.svg`}
      alt=""
      aria-hidden="true"
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      data-flag={code}
      className="inline-block shrink-0 rounded-[2px] align-[-0.1em] shadow-[0_0_0_1px_rgb(0_0_0/0.15)] dark:shadow-[0_0_0_1px_rgb(255_255_255/0.25)]"
    />
  );
}
