/**
 * A run of lines of a version's file list (`path\tsize\tsha\n`, sorted by path) kept as the text it was
 * read as: an append carries the announcements' lines of the version it reads whole, and merges in the
 * few it adds, without parsing a line per announcement (decision 0029).
 */
export class FileListBlock {
  /** Where each line starts in `text`. */
  private readonly starts: Uint32Array;

  constructor(readonly text: string) {
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    this.starts = new Uint32Array(count);
    let line = 0;
    for (let at = 0; line < count; line++) {
      this.starts[line] = at;
      at = text.indexOf('\n', at) + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  private pathAt(line: number): string {
    const start = this.starts[line] ?? 0;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** The first line whose path is not before `path`. */
  private lowerBound(path: string): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.pathAt(mid) < path) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The line of `path` (with its newline), or null when the block has none. */
  find(path: string): string | null {
    const line = this.lowerBound(path);
    if (line >= this.starts.length || this.pathAt(line) !== path) return null;
    const start = this.starts[line] ?? 0;
    return this.text.slice(start, this.text.indexOf('\n', start) + 1);
  }

  /**
   * The block with `lines` merged in, in path order, as pieces to write one after another. `lines`: whole
   * lines, sorted by path, none of whose paths the block has.
   */
  merged(lines: readonly string[]): string[] {
    const pieces: string[] = [];
    let from = 0;
    for (const line of lines) {
      const at = this.lowerBound(line.slice(0, line.indexOf('\t')));
      const to = at < this.starts.length ? (this.starts[at] ?? 0) : this.text.length;
      if (to > from) pieces.push(this.text.slice(from, to));
      pieces.push(line);
      from = to;
    }
    if (from < this.text.length) pieces.push(this.text.slice(from));
    return pieces;
  }
}

/**
 * Splits a file list's text into the lines whose paths start with `prefix` (contiguous, the list being
 * sorted) and the others.
 */
export function splitFileList(text: string, prefix: string): { block: string; rest: string } {
  const first = text.startsWith(prefix) ? 0 : text.indexOf(`\n${prefix}`) + 1;
  if (first === 0 && !text.startsWith(prefix)) return { block: '', rest: text };
  let end = first;
  while (end < text.length && text.startsWith(prefix, end)) {
    const next = text.indexOf('\n', end);
    end = next === -1 ? text.length : next + 1;
  }
  return { block: text.slice(first, end), rest: text.slice(0, first) + text.slice(end) };
}
