import { SAMPLE_ID, expect, test } from './fixtures';

// These run against the documented nginx setup (deploy/nginx), started by .ci/run with E2E_BASE_URL.
test.skip(!process.env.E2E_BASE_URL, 'needs E2E_BASE_URL: a server running deploy/nginx/site.conf');

test.describe('production static host @static-host', () => {
  test('serves every route from index.html with the security headers', async ({ request }) => {
    for (const path of ['/', `/announcements/${SAMPLE_ID}`, '/?country=KH', '/no/such/page']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cache-control']).toBe('no-cache');
    }
  });

  test('caches hashed assets for a year, revalidates data, gzips, and serves precompressed scripts', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const script = await page.locator('script[type="module"]').getAttribute('src');
    expect(script).toMatch(/^\/assets\//);
    const asset = await request.get(script ?? '', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers()['cache-control']).toContain('immutable');
    expect(asset.headers()['content-encoding']).toBe('gzip');
    // The script is the build's precompressed (Zopfli) file, served as is: same length, not gzipped again.
    const precompressed = await request.get(`${script ?? ''}.gz`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(precompressed.status()).toBe(200);
    expect(asset.headers()['content-length']).toBe(String((await precompressed.body()).byteLength));
    // The pointer is revalidated on every read; the version folders it names never change (decision 0009).
    const pointer = await request.get('/data/current.json');
    expect(pointer.headers()['cache-control']).toBe('no-cache');
    const { version } = (await pointer.json()) as { version: string };
    const index = await request.get(`/data/v/${version}/index.json`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(index.headers()['cache-control']).toContain('immutable');
    expect(index.headers()['content-encoding']).toBe('gzip');
  });

  test('serves each announcement its own entry page, and the feeds', async ({ request }) => {
    const page = await (await request.get(`/announcements/${SAMPLE_ID}`)).text();
    expect(page).toContain('<meta property="og:title" content="Party Group Secretary Wang Zhigang');
    const feed = await request.get('/feeds/board.xml');
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  test('answers a missing data file with 404, never with the app', async ({ request }) => {
    for (const path of ['/data/announcements/does-not-exist.json', '/data/v/0000000000000000/index.json']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('a deep link, reload and Back work under nginx', async ({ page }) => {
    await page.goto('/?country=KH');
    await expect(page.getByRole('checkbox', { name: /Cambodia/ })).toBeChecked();
    await page.getByRole('link', { name: /Wang Zhigang Meets/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Wang Zhigang Meets');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Wang Zhigang Meets');
    await page.goBack();
    await expect(page).toHaveURL(/\?country=KH$/);
    await expect(page.getByRole('checkbox', { name: /Cambodia/ })).toBeChecked();
  });
});
