import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from '../ingest/is-main.ts';

/**
 * Makes sure the e2e tests have a Chromium before they start (`npm run test:e2e` runs this first): the one
 * playwright.config.ts would use if there is one; else Playwright's own, downloaded; else, as root on
 * Debian or Ubuntu, Debian's `chromium` through apt; else it stops at once with one line naming the command
 * to run. See docs/decisions/0011-e2e-browser-provisioning.md.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const APT_PACKAGES = ['chromium', 'fonts-liberation'];
/** Downloads hang or fail behind some networks: give up in time and try the next way. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;
const APT_TIMEOUT_MS = 600_000;

/** What the decision looks at; injected so that tests can play every machine. */
export interface BrowserProbes {
  chromiumPathEnv: string | undefined;
  exists: (path: string) => boolean;
  /** Whether Playwright's own Chromium (and its headless shell) is installed. */
  playwrightChromiumInstalled: () => Promise<boolean>;
  isRoot: boolean;
  /** The text of /etc/os-release, or null. */
  osRelease: string | null;
}

/** What the decision does; injected too. `run` resolves true when the command exits 0 within the time. */
export interface BrowserActions {
  run: (command: string, args: readonly string[], timeoutMs: number) => Promise<boolean>;
  log: (line: string) => void;
}

export type BrowserOutcome =
  { ok: true; browser: string; installed: 'nothing' | 'playwright' | 'apt' } | { ok: false; message: string };

/**
 * The Chromium playwright.config.ts launches: CHROMIUM_PATH, else Debian's, else undefined (Playwright's
 * own). One function, so that the config and this check cannot disagree.
 */
export function configuredChromium(
  chromiumPathEnv: string | undefined,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (chromiumPathEnv) return chromiumPathEnv;
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const field = (name: string) =>
    new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  return [...field('ID'), ...field('ID_LIKE')].some((id) => id === 'debian' || id === 'ubuntu');
}

const aptInstall = ['install', '-y', '--no-install-recommends', ...APT_PACKAGES];

export async function ensureBrowser(
  probes: BrowserProbes,
  actions: BrowserActions,
  downloadTimeoutMs = DOWNLOAD_TIMEOUT_MS,
): Promise<BrowserOutcome> {
  if (probes.chromiumPathEnv !== undefined && probes.chromiumPathEnv !== '') {
    return probes.exists(probes.chromiumPathEnv)
      ? { ok: true, browser: probes.chromiumPathEnv, installed: 'nothing' }
      : {
          ok: false,
          message: `CHROMIUM_PATH=${probes.chromiumPathEnv} does not exist: point it at a Chromium, or unset it.`,
        };
  }
  const configured = configuredChromium(undefined, probes.exists);
  if (configured) return { ok: true, browser: configured, installed: 'nothing' };
  if (await probes.playwrightChromiumInstalled())
    return { ok: true, browser: "Playwright's Chromium", installed: 'nothing' };

  actions.log(
    `No Chromium for the e2e tests: downloading Playwright's (npx playwright install chromium, at most ${downloadTimeoutMs / 1000} s)…`,
  );
  const downloaded = await actions.run('npx', ['playwright', 'install', 'chromium'], downloadTimeoutMs);
  if (downloaded && (await probes.playwrightChromiumInstalled()))
    return { ok: true, browser: "Playwright's Chromium", installed: 'playwright' };

  const debian = isDebianLike(probes.osRelease);
  if (debian && probes.isRoot) {
    actions.log(`The download failed: installing Debian's ${APT_PACKAGES.join(' and ')} with apt-get…`);
    const installed =
      (await actions.run('apt-get', ['update'], APT_TIMEOUT_MS)) &&
      (await actions.run('apt-get', aptInstall, APT_TIMEOUT_MS));
    if (installed && probes.exists(DEBIAN_CHROMIUM))
      return { ok: true, browser: DEBIAN_CHROMIUM, installed: 'apt' };
    return {
      ok: false,
      message: `No Chromium for the e2e tests: apt-get could not install it; run \`apt-get update && apt-get ${aptInstall.join(' ')}\` and read its error.`,
    };
  }
  return {
    ok: false,
    message: debian
      ? `No Chromium for the e2e tests and Playwright's download failed: run \`sudo apt-get update && sudo apt-get ${aptInstall.join(' ')}\`, then try again.`
      : "No Chromium for the e2e tests and Playwright's download failed: run `npx playwright install chromium` where it can download, or set CHROMIUM_PATH to a Chromium, then try again.",
  };
}

/** The folders `playwright install --dry-run chromium` names for Chromium and its headless shell. */
export function chromiumInstallDirs(dryRunOutput: string): string[] {
  return [...dryRunOutput.matchAll(/^\s*Install location:\s*(\S+)\s*$/gm)]
    .map((match) => match[1] ?? '')
    .filter((dir) => /[\\/]chromium[-_][^\\/]*$/.test(dir));
}

/** Runs a command with the terminal attached; kills its whole process group when time is up. */
function run(command: string, args: readonly string[], timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      detached: true, // its own process group, so that the timeout ends npx and what npx started
      env: { ...process.env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '20000' },
    });
    const timer = setTimeout(() => {
      console.error(`ensure-browser: ${command} ${args.join(' ')} took over ${timeoutMs / 1000} s; stopped.`);
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

function capture(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', () => {
      resolve('');
    });
    child.on('close', () => {
      resolve(out);
    });
  });
}

export const machineProbes = (): BrowserProbes => ({
  chromiumPathEnv: process.env.CHROMIUM_PATH,
  exists: existsSync,
  playwrightChromiumInstalled: async () => {
    const dirs = chromiumInstallDirs(
      await capture('npx', ['playwright', 'install', '--dry-run', 'chromium']),
    );
    // Playwright writes the marker last, so a download cut short does not count.
    return dirs.length > 0 && dirs.every((dir) => existsSync(join(dir, 'INSTALLATION_COMPLETE')));
  },
  isRoot: process.getuid?.() === 0,
  osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : null,
});

if (isMain(import.meta.url)) {
  const outcome = await ensureBrowser(machineProbes(), {
    run,
    log: (line) => {
      console.log(`ensure-browser: ${line}`);
    },
  });
  if (outcome.ok) {
    if (outcome.installed !== 'nothing') console.log(`ensure-browser: installed ${outcome.browser}`);
  } else {
    console.error(`ensure-browser: ${outcome.message}`);
    process.exitCode = 1;
  }
}
