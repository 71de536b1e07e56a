// Load-test data straight into PostgreSQL: crews, one signed-in member each, and their jobs.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

export interface LoadCrew {
  crewId: string;
  cookie: string;
}

export async function seedLoadCrews(databaseUrl: string, crewCount: number, jobsPerCrew: number): Promise<LoadCrew[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const crews = await client.query<{ id: string }>(
      `INSERT INTO crews (name, service, depot_id)
       SELECT 'Load crew ' || g, 'highways', (SELECT id FROM depots ORDER BY name LIMIT 1) FROM generate_series(1, $1::int) g
       RETURNING id`,
      [crewCount],
    );
    const ids = crews.rows.map((r) => r.id);
    const users = await client.query<{ id: string; crew_id: string }>(
      `INSERT INTO users (email, name, password_hash, role, crew_id)
       SELECT 'load.crew' || ord || '@bench.example', 'Load crew member ' || ord, 'scrypt$1$1$1$x$x', 'crew', id
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord) RETURNING id, crew_id`,
      [ids],
    );
    await client.query(
      `WITH src AS (
         SELECT c.id AS crew_id, g, gen_random_uuid() AS case_id, gen_random_uuid() AS job_id
         FROM unnest($1::uuid[]) AS c(id), generate_series(1, $2::int) g),
       cs AS (INSERT INTO cases (id, reference, category_id, status, channel, description, lat, lng, address, reported_at, sla_due_at, tracking_token)
              SELECT case_id, 'KS-2098-' || substr(case_id::text, 1, 8) || '-' || g, (SELECT id FROM categories WHERE code = 'HW-POTHOLE'),
                     'in_progress', 'phone', 'Load-test pothole', 51.36, -0.19, g || ' Load Road, Sutton', now(), now() + interval '5 days', md5(case_id::text)
              FROM src),
       js AS (INSERT INTO jobs (id, crew_id, status, priority, due_at, lat, lng, address, sync_seq)
              SELECT job_id, crew_id, 'assigned', 'normal', now() + interval '5 days', 51.36, -0.19, g || ' Load Road, Sutton', 1 FROM src)
       INSERT INTO job_cases (job_id, case_id) SELECT job_id, case_id FROM src`,
      [ids, jobsPerCrew],
    );
    await client.query('UPDATE crews SET sync_seq = 1 WHERE id = ANY($1::uuid[])', [ids]);
    // Sessions written directly: 200 sign-ins from one address would (rightly) hit the sign-in limit.
    const sessions = users.rows.map((u) => ({ token: randomBytes(32).toString('base64url'), user: u }));
    await client.query(
      `INSERT INTO sessions (id, user_id, expires_at) SELECT * FROM unnest($1::text[], $2::uuid[], $3::timestamptz[])`,
      [
        sessions.map((s) => createHash('sha256').update(s.token).digest('base64url')),
        sessions.map((s) => s.user.id),
        sessions.map(() => new Date(Date.now() + 86_400_000)),
      ],
    );
    await client.query('COMMIT');
    return sessions.map((s) => ({ crewId: s.user.crew_id, cookie: `ks_session=${s.token}` }));
  } finally {
    await client.end();
  }
}
