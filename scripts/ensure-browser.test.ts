import { describe, expect, it } from 'vitest';
import {
  DEBIAN_CHROMIUM,
  chromiumInstallDirs,
  configuredChromium,
  ensureBrowser,
  isDebianLike,
  type BrowserProbes,
} from './ensure-browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\nVERSION_ID="13"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine: which files exist, whether Playwright's Chromium is there, and what each command does. */
function machine({
  files = [],
  playwright = false,
  env,
  isRoot = false,
  osRelease = null,
  commands = {},
}: {
  files?: string[];
  playwright?: boolean;
  env?: string;
  isRoot?: boolean;
  osRelease?: string | null;
  /** Command line → whether it succeeds, and what it installs: 'playwright', or the path of a file. */
  commands?: Record<string, { ok: boolean; installs?: string }>;
}) {
  const present = new Set(files);
  let hasPlaywright = playwright;
  const ran: string[] = [];
  const logged: string[] = [];
  const probes: BrowserProbes = {
    chromiumPathEnv: env,
    exists: (path) => present.has(path),
    playwrightChromiumInstalled: () => Promise.resolve(hasPlaywright),
    isRoot,
    osRelease,
  };
  const actions = {
    run: (command: string, args: readonly string[], timeoutMs: number) => {
      const line = [command, ...args].join(' ');
      ran.push(`${line} (${timeoutMs / 1000} s)`);
      const effect = commands[line];
      if (effect?.ok && effect.installs === 'playwright') hasPlaywright = true;
      else if (effect?.ok && effect.installs) present.add(effect.installs);
      return Promise.resolve(effect?.ok ?? false);
    },
    log: (line: string) => void logged.push(line),
  };
  return { probes, actions, ran, logged };
}

const DOWNLOAD = 'npx playwright install chromium';
const APT_UPDATE = 'apt-get update';
const APT_INSTALL = 'apt-get install -y --no-install-recommends chromium fonts-liberation';

describe('ensureBrowser', () => {
  it('does nothing when the config already has a Chromium: CHROMIUM_PATH, Debian’s or Playwright’s', async () => {
    for (const m of [
      machine({ env: '/opt/chrome/chrome', files: ['/opt/chrome/chrome'] }),
      machine({ files: [DEBIAN_CHROMIUM] }),
      machine({ playwright: true }),
    ]) {
      expect(await ensureBrowser(m.probes, m.actions)).toMatchObject({ ok: true, installed: 'nothing' });
      expect(m.ran).toEqual([]);
    }
  });

  it('stops at once when CHROMIUM_PATH names nothing, rather than installing another browser', async () => {
    const m = machine({ env: '/nope/chromium', files: [DEBIAN_CHROMIUM], isRoot: true, osRelease: DEBIAN });
    expect(await ensureBrowser(m.probes, m.actions)).toEqual({
      ok: false,
      message: 'CHROMIUM_PATH=/nope/chromium does not exist: point it at a Chromium, or unset it.',
    });
    expect(m.ran).toEqual([]);
  });

  it('downloads Playwright’s Chromium first, with a short timeout', async () => {
    const m = machine({
      isRoot: true,
      osRelease: DEBIAN,
      commands: { [DOWNLOAD]: { ok: true, installs: 'playwright' } },
    });
    expect(await ensureBrowser(m.probes, m.actions, 30_000)).toEqual({
      ok: true,
      browser: "Playwright's Chromium",
      installed: 'playwright',
    });
    expect(m.ran).toEqual([`${DOWNLOAD} (30 s)`]);
  });

  it('as root on Debian or Ubuntu, installs Debian’s chromium through apt when the download fails', async () => {
    for (const osRelease of [DEBIAN, UBUNTU]) {
      const m = machine({
        isRoot: true,
        osRelease,
        commands: { [APT_UPDATE]: { ok: true }, [APT_INSTALL]: { ok: true, installs: DEBIAN_CHROMIUM } },
      });
      expect(await ensureBrowser(m.probes, m.actions, 30_000)).toEqual({
        ok: true,
        browser: DEBIAN_CHROMIUM,
        installed: 'apt',
      });
      expect(m.ran).toEqual([`${DOWNLOAD} (30 s)`, `${APT_UPDATE} (600 s)`, `${APT_INSTALL} (600 s)`]);
    }
  });

  it('does not count a download that exited 0 but left no browser', async () => {
    const m = machine({ osRelease: FEDORA, commands: { [DOWNLOAD]: { ok: true } } });
    expect(await ensureBrowser(m.probes, m.actions)).toMatchObject({ ok: false });
  });

  it('names the apt command when apt fails, and does not install without it after a failed update', async () => {
    const m = machine({ isRoot: true, osRelease: DEBIAN, commands: { [APT_UPDATE]: { ok: false } } });
    const outcome = await ensureBrowser(m.probes, m.actions);
    expect(outcome).toEqual({
      ok: false,
      message: `No Chromium for the e2e tests: apt-get could not install it; run \`apt-get update && ${APT_INSTALL}\` and read its error.`,
    });
    expect(m.ran.map((line) => line.replace(/ \(.*/, ''))).toEqual([DOWNLOAD, APT_UPDATE]);
  });

  it('stops with one line naming the command to run where it may not use apt', async () => {
    const notRoot = machine({ osRelease: DEBIAN });
    const result = await ensureBrowser(notRoot.probes, notRoot.actions);
    expect(result).toEqual({
      ok: false,
      message: `No Chromium for the e2e tests and Playwright's download failed: run \`sudo apt-get update && sudo ${APT_INSTALL}\`, then try again.`,
    });
    expect(notRoot.ran.map((line) => line.replace(/ \(.*/, ''))).toEqual([DOWNLOAD]);

    const fedora = machine({ isRoot: true, osRelease: FEDORA });
    const other = await ensureBrowser(fedora.probes, fedora.actions);
    expect(other.ok).toBe(false);
    expect(!other.ok && other.message).toMatch(/run `npx playwright install chromium` where it can download/);
    expect(!other.ok && other.message).not.toMatch(/\n/);
    expect(fedora.ran.map((line) => line.replace(/ \(.*/, ''))).toEqual([DOWNLOAD]);
  });
});

describe('the probes', () => {
  it('picks the Chromium the Playwright config launches', () => {
    expect(configuredChromium('/x/chrome', () => false)).toBe('/x/chrome');
    expect(configuredChromium(undefined, (path) => path === DEBIAN_CHROMIUM)).toBe(DEBIAN_CHROMIUM);
    expect(configuredChromium(undefined, () => false)).toBeUndefined();
  });

  it('tells Debian and Ubuntu from other systems', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike(null)).toBe(false);
  });

  it('reads the Chromium folders from `playwright install --dry-run chromium`', () => {
    const output = [
      'Chrome for Testing 159.0.8154.6 (playwright chromium v1255)',
      '  Install location:    /root/.cache/ms-playwright/chromium-1255',
      '  Download url:        https://cdn.playwright.dev/builds/cft/159.0.8154.6/linux64/chrome-linux64.zip',
      '',
      'FFmpeg (playwright ffmpeg v1013)',
      '  Install location:    /root/.cache/ms-playwright/ffmpeg-1013',
      '',
      'Chrome Headless Shell 159.0.8154.6 (playwright chromium-headless-shell v1255)',
      '  Install location:    /root/.cache/ms-playwright/chromium_headless_shell-1255',
    ].join('\n');
    expect(chromiumInstallDirs(output)).toEqual([
      '/root/.cache/ms-playwright/chromium-1255',
      '/root/.cache/ms-playwright/chromium_headless_shell-1255',
    ]);
    expect(chromiumInstallDirs('')).toEqual([]);
  });
});
