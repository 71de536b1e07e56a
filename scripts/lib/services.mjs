// What the test run needs beyond node_modules: PostgreSQL on 127.0.0.1:5432 and Debian's Chromium.
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { log, run, succeeds } from './tools.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function portOpen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
  });
}

async function waitForPort(port, ms) {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (await portOpen(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** PostgreSQL must answer on 5432; start the local cluster when it is installed but down. */
export async function ensurePostgres() {
  if (await portOpen(5432)) return true;
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  for (const version of versions) {
    log(`Starting PostgreSQL ${version} (it was installed but not running)`);
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']).catch((e) => console.error(e.message));
  }
  return waitForPort(5432, 15_000);
}

/** Debian's Chromium for Playwright: installed when missing and we are root, else say what to do. */
export async function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !succeeds('which', ['apt-get'])) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install Debian's chromium package (sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary, then run npm test again.',
    );
  }
  log("Installing Debian's Chromium for the browser tests");
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
