// Set-up shared by `npm start` and `npm test`: find or fetch pnpm, install the workspace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const pnpmVersion = '10.34.9';
const localPnpm = join(root, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm');

export function log(message) {
  console.log(`\n\x1b[1m▶ ${message}\x1b[0m`);
}

/** Runs a command with inherited output; rejects when it fails. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export function succeeds(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** pnpm at exactly the version the workspace names: the one on PATH if it matches, else a private copy. */
export async function ensurePnpm() {
  if (succeeds('pnpm', ['--version']) === pnpmVersion) return 'pnpm';
  if (!existsSync(localPnpm)) {
    log(`Installing pnpm ${pnpmVersion} into .tools/ (pnpm 10 is what this workspace is pinned to)`);
    await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', join(root, '.tools', 'pnpm'), `pnpm@${pnpmVersion}`]);
  }
  return localPnpm;
}

export async function installWorkspace(pnpm) {
  log('Installing dependencies (pnpm install)');
  await run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], {
    env: { ...process.env, CI: process.env.CI ?? '' },
  });
}
