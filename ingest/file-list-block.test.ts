import { describe, expect, it } from 'vitest';
import { FileListBlock, splitFileList } from './file-list-block';

const line = (path: string) => `${path}\t1\t${'0'.repeat(64)}\n`;
const list = (...paths: string[]) => paths.map(line).join('');

describe('file list blocks', () => {
  it('splits out the lines under a prefix, wherever they are', () => {
    const text = list('a.json', 'announcements/b.json', 'announcements/c.json', 'index.json');
    expect(splitFileList(text, 'announcements/')).toEqual({
      block: list('announcements/b.json', 'announcements/c.json'),
      rest: list('a.json', 'index.json'),
    });
    expect(splitFileList(list('announcements/a.json'), 'announcements/')).toEqual({
      block: list('announcements/a.json'),
      rest: '',
    });
    expect(splitFileList(list('index.json'), 'announcements/')).toEqual({
      block: '',
      rest: list('index.json'),
    });
  });

  it('finds a line by path and merges new lines in path order', () => {
    const block = new FileListBlock(list('announcements/b.json', 'announcements/d.json'));
    expect(block.count).toBe(2);
    expect(block.find('announcements/d.json')).toBe(line('announcements/d.json'));
    expect(block.find('announcements/c.json')).toBeNull();
    expect(block.find('announcements/b')).toBeNull();
    const merged = block.merged([
      line('announcements/a.json'),
      line('announcements/c.json'),
      line('announcements/e.json'),
    ]);
    expect(merged.join('')).toBe(
      list(
        'announcements/a.json',
        'announcements/b.json',
        'announcements/c.json',
        'announcements/d.json',
        'announcements/e.json',
      ),
    );
    expect(new FileListBlock('').merged([line('announcements/a.json')]).join('')).toBe(
      list('announcements/a.json'),
    );
  });
});
