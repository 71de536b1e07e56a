// Load: 200 simulated crews pull and push for 60 s against the server on PostgreSQL holding 100,000
// jobs. Each crew sends a request every LOAD_INTERVAL_MS (1 s by default: 60 times more often than
// the app's own minute, so 200 crews stand for thousands of phones). Loopback only.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { seedLoadCrews, type LoadCrew } from './load-data.js';
import { startBenchServer, type Figure } from './support.js';

const crews = Number(process.env.LOAD_CREWS ?? 200);
const jobsPerCrew = Math.round(100_000 / crews);
const durationMs = Number(process.env.LOAD_SECONDS ?? 60) * 1000;
const intervalMs = Number(process.env.LOAD_INTERVAL_MS ?? 1000);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const agent = new Agent({ keepAlive: true, maxSockets: crews });

function send(base: string, method: 'GET' | 'POST', path: string, cookie: string, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, agent, headers: { cookie, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const pullPath = (cursor: string | null) => `/trpc/sync.pull?input=${encodeURIComponent(JSON.stringify({ json: { cursor } }))}`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

interface CrewState extends LoadCrew {
  cursor: string | null;
  jobIds: string[];
}

export async function measure(): Promise<Figure[]> {
  const bench = await startBenchServer({ DATABASE_POOL_SIZE: '20' });
  const base = bench.server.url;
  try {
    const states: CrewState[] = (await seedLoadCrews(bench.databaseUrl, crews, jobsPerCrew)).map((c) => ({ ...c, cursor: null, jobIds: [] }));
    for (const crew of states) {
      const first = JSON.parse((await send(base, 'GET', pullPath(null), crew.cookie)).text).result.data.json;
      crew.cursor = first.cursor;
      crew.jobIds = first.changes.map((j: { id: string }) => j.id);
    }
    const pid = bench.server.process.pid!;
    const rssBefore = rssOf(pid);
    const pulls: number[] = [];
    const pushes: number[] = [];
    const raw: number[] = [];
    let errors = 0;
    const end = Date.now() + durationMs;

    const crewLoop = async (crew: CrewState, index: number) => {
      await pause((index / states.length) * intervalMs); // spread the crews over the interval
      for (let n = 0; Date.now() < end; n++) {
        const started = performance.now();
        const next = Date.now() + intervalMs;
        try {
          if ((n + index) % 5 !== 4) {
            const res = await send(base, 'GET', pullPath(crew.cursor), crew.cookie);
            if (res.status !== 200) errors++;
            else crew.cursor = JSON.parse(res.text).result.data.json.cursor;
            pulls.push(performance.now() - started);
          } else {
            const jobId = crew.jobIds[n % crew.jobIds.length]!;
            const mutation = { id: randomUUID(), seq: n, kind: 'job.note', args: { jobId, text: 'Load-test note', deviceAt: new Date().toISOString() }, createdAt: new Date().toISOString() };
            const res = await send(base, 'POST', '/trpc/sync.push', crew.cookie, JSON.stringify({ json: { deviceId: `load-device-${index}`, mutations: [mutation] } }));
            if (res.status !== 200 || !res.text.includes('"applied"')) errors++;
            pushes.push(performance.now() - started);
          }
        } catch {
          errors++;
        }
        await pause(next - Date.now());
      }
    };

    // The same rows a pull reads, by a plain SQL query on its own connection, under the same load.
    const rawLoop = async () => {
      const client = new pg.Client({ connectionString: bench.databaseUrl });
      await client.connect();
      for (let n = 0; Date.now() < end; n++) {
        const crew = states[n % states.length]!;
        const seq = Number(crew.cursor!.split('.')[2]);
        const started = performance.now();
        await client.query('SELECT sync_seq FROM crews WHERE id = $1', [crew.crewId]);
        await client.query('SELECT id FROM jobs WHERE crew_id = $1 AND sync_seq > $2', [crew.crewId, seq]);
        raw.push(performance.now() - started);
        await pause(intervalMs / states.length);
      }
      await client.end();
    };

    const started = Date.now();
    await Promise.all([...states.map(crewLoop), rawLoop()]);
    const seconds = (Date.now() - started) / 1000;
    const rssAfter = rssOf(pid);
    const total = pulls.length + pushes.length;
    const note = `${crews} crews, ${crews * jobsPerCrew} jobs, ${Math.round(seconds)} s, a request per crew every ${intervalMs} ms, 4:1 pull:push; load generator on the same 2 cores`;
    return [
      { id: 'load.requests_per_s', value: Math.round(total / seconds), unit: 'req/s', better: 'higher', note },
      { id: 'load.pull_p50_ms', value: round(percentile(pulls, 50)), unit: 'ms', better: 'lower' },
      { id: 'load.pull_p95_ms', value: round(percentile(pulls, 95)), unit: 'ms', target: 20, better: 'lower' },
      { id: 'load.pull_p99_ms', value: round(percentile(pulls, 99)), unit: 'ms', better: 'lower' },
      { id: 'load.push_p95_ms', value: round(percentile(pushes, 95)), unit: 'ms', better: 'lower' },
      { id: 'load.raw_sql_p95_ms', value: round(percentile(raw, 95)), unit: 'ms', better: 'lower', note: 'the rows an empty pull reads, by plain SQL, during the same load' },
      { id: 'load.errors', value: errors, unit: 'count', target: 0, better: 'lower' },
      { id: 'load.rss_growth_pct', value: round(((rssAfter - rssBefore) / rssBefore) * 100), unit: '%', target: 10, better: 'lower', note: `server RSS ${mb(rssBefore)} → ${mb(rssAfter)} MB` },
    ];
  } finally {
    agent.destroy();
    await bench.close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => Math.round(bytes / 1048576);
