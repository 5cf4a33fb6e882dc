import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMode, serveDataset } from './demo-data-plugin';

describe('demoMode', () => {
  it('reads DEMO_DATA: unset is automatic, 1 forces the demo, 0 turns it off', () => {
    expect(demoMode(undefined)).toBe('auto');
    expect(demoMode('')).toBe('auto');
    expect(demoMode('1')).toBe('on');
    expect(demoMode(' TRUE ')).toBe('on');
    expect(demoMode('0')).toBe('off');
    expect(demoMode('off')).toBe('off');
  });

  it('refuses a value it does not know, saying which ones it takes', () => {
    expect(() => demoMode('maybe')).toThrow(
      'DEMO_DATA must be 1 (use the demo archive) or 0 (never), not "maybe"',
    );
  });
});

interface Answer {
  status: number;
  type: string | undefined;
  body: string;
  next: boolean;
}

/** Runs the middleware on one request and resolves with what it answered (or that it passed it on). */
function request(handler: ReturnType<typeof serveDataset>, url: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve) => {
    const headers = new Map<string, string>();
    const res = {
      statusCode: 0,
      setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
      end(body?: string | Buffer) {
        resolve({
          status: this.statusCode,
          type: headers.get('content-type'),
          body: String(body ?? ''),
          next: false,
        });
      },
    };
    handler({ url, method } as unknown as IncomingMessage, res as unknown as ServerResponse, () => {
      resolve({ status: 0, type: undefined, body: '', next: true });
    });
  });
}

describe('serveDataset', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-dataset-'));
    await mkdir(join(dir, 'data', 'summaries'), { recursive: true });
    await writeFile(join(dir, 'data', 'index.json'), '{"count":1}');
    await writeFile(join(dir, 'data', 'summaries', '0000.json'), '{"items":[]}');
    await writeFile(join(dir, 'secret.json'), '{"secret":true}');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the data files under the base, as JSON', async () => {
    const handler = serveDataset(join(dir, 'data'), '/reader/');
    expect(await request(handler, '/reader/data/index.json?v=1')).toEqual({
      status: 200,
      type: 'application/json',
      body: '{"count":1}',
      next: false,
    });
    expect((await request(handler, '/reader/data/summaries/0000.json')).body).toBe('{"items":[]}');
    expect(await request(handler, '/reader/data/index.json', 'HEAD')).toMatchObject({
      status: 200,
      body: '',
    });
  });

  it('answers 404 for a file that is not there, and for paths that climb out of the folder', async () => {
    const handler = serveDataset(join(dir, 'data'), '/');
    expect(await request(handler, '/data/missing.json')).toMatchObject({ status: 404, next: false });
    expect(await request(handler, '/data/%2e%2e/secret.json')).toMatchObject({ status: 404 });
    expect(await request(handler, '/data/..%2fsecret.json')).toMatchObject({ status: 404 });
    expect(await request(handler, '/data/%E0%A4%A')).toMatchObject({ status: 400 });
  });

  it('passes on everything else', async () => {
    const handler = serveDataset(join(dir, 'data'), '/');
    expect(await request(handler, '/')).toMatchObject({ next: true });
    expect(await request(handler, '/database')).toMatchObject({ next: true });
    expect(await request(handler, '/data/index.json', 'POST')).toMatchObject({ next: true });
  });
});
