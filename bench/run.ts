// `pnpm bench`: measures every figure the project tracks, prints one table, writes bench/results.json.
// A figure that cannot be measured is left out and the reason printed; nothing is estimated.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Figure } from './support.js';

type Suite = { name: string; load: () => Promise<{ measure: () => Promise<Figure[]> }> };

const suites: Suite[] = [
  { name: 'crew app', load: () => import('./crew.js') },
  { name: 'load', load: () => import('./load.js') },
  { name: 'dispatch', load: () => import('./dispatch-console.js').then((m) => ({ measure: async () => [await m.measureDispatchConsole()] })) },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
console.log('Building the client…');
execFileSync('pnpm', ['--filter', '@kerbside/client', 'build'], { cwd: root, stdio: 'ignore' });

const results: Figure[] = [];
for (const suite of suites.filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)))) {
  process.stdout.write(`Measuring ${suite.name}… `);
  try {
    const figures = await (await suite.load()).measure();
    results.push(...figures);
    console.log('done');
  } catch (error) {
    console.log(`not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

const meets = (f: Figure) => (f.target === undefined ? '' : (f.better === 'lower' ? f.value <= f.target : f.value >= f.target) ? 'yes' : 'NO');
console.table(
  results.map((f) => ({ id: f.id, value: f.value, unit: f.unit, target: f.target ?? '', meets: meets(f), note: f.note ?? '' })),
);
const file = fileURLToPath(new URL('results.json', import.meta.url));
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, results }, null, 2)}\n`,
);
console.log(`Wrote ${file}`);
process.exit(0);
