// `npm start`: everything from a fresh clone — install, build the client, migrate, seed, serve.
import { spawn } from 'node:child_process';
import { ensurePnpm, installWorkspace, log, root, run } from './lib/tools.mjs';

const pnpm = await ensurePnpm();
await installWorkspace(pnpm);
log('Building the client');
await run(pnpm, ['--filter', '@kerbside/client', 'build']);
log('Starting the server');
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: `${root}server`,
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? `${root}data` },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
