import pg from 'pg';

/** Gives `crewName` `count` extra open jobs, each serving its own case, as one bulk write. */
export async function addCrewJobs(databaseUrl: string, crewName: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>('SELECT id FROM crews WHERE name = $1', [crewName]);
    const crewId = rows[0]!.id;
    await client.query(
      `WITH src AS (SELECT g, gen_random_uuid() AS case_id, gen_random_uuid() AS job_id FROM generate_series(1, $2::int) g),
       c AS (INSERT INTO cases (id, reference, category_id, status, channel, description, lat, lng, address, reported_at, sla_due_at, tracking_token)
             SELECT case_id, 'KS-2099-' || lpad(g::text, 6, '0'), (SELECT id FROM categories WHERE code = 'HW-POTHOLE'),
                    'in_progress', 'phone', 'Pothole about 20 cm across, near the kerb (bench case ' || g || ')',
                    51.35 + (g % 40) * 0.001, -0.23 + (g / 40) * 0.004, g || ' Bench Road, Sutton SM1', now(), now() + interval '5 days', md5(g::text)
             FROM src),
       j AS (INSERT INTO jobs (id, crew_id, status, priority, due_at, instructions, lat, lng, address)
             SELECT job_id, $1, 'assigned', 'normal', now() + interval '5 days', 'Fill and seal; cone off if deeper than 5 cm',
                    51.35 + (g % 40) * 0.001, -0.23 + (g / 40) * 0.004, g || ' Bench Road, Sutton SM1'
             FROM src)
       INSERT INTO job_cases (job_id, case_id) SELECT job_id, case_id FROM src`,
      [crewId, count],
    );
    const seq = await client.query<{ sync_seq: string }>('UPDATE crews SET sync_seq = sync_seq + 1 WHERE id = $1 RETURNING sync_seq', [crewId]);
    await client.query('UPDATE jobs SET sync_seq = $2 WHERE crew_id = $1 AND sync_seq = 0', [crewId, seq.rows[0]!.sync_seq]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
