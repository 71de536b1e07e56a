import { queryOn } from './database.js';

/**
 * Gives `crewName` `count` new jobs, each for its own pothole case reported by a citizen who wants
 * an e-mail back, written straight into the database as a dispatcher's work would leave them.
 */
export async function addJobsWithReporters(databaseUrl: string, crewName: string, count: number, tag: string): Promise<string[]> {
  const rows = await queryOn<{ job_id: string }>(
    databaseUrl,
    `WITH crew AS (SELECT id FROM crews WHERE name = $1),
     seq AS (UPDATE crews SET sync_seq = sync_seq + 1 WHERE id = (SELECT id FROM crew) RETURNING sync_seq),
     src AS (SELECT g, gen_random_uuid() AS case_id, gen_random_uuid() AS job_id, gen_random_uuid() AS citizen_id
             FROM generate_series(1, $2::int) g),
     people AS (INSERT INTO citizens (id, name, email, contact_preference)
                SELECT citizen_id, 'Chaos Reporter ' || g, 'chaos.' || $3 || '.' || g || '@example.com', 'email' FROM src),
     cs AS (INSERT INTO cases (id, reference, category_id, status, channel, description, lat, lng, address, reported_at, sla_due_at, tracking_token)
            SELECT case_id, 'KS-2097-' || lpad(g::text, 6, '0'), (SELECT id FROM categories WHERE code = 'HW-POTHOLE'),
                   'in_progress', 'web', 'Pothole ' || g, 51.36 + g * 0.0005, -0.19, g || ' Chaos Street, Sutton SM1', now(), now() + interval '5 days', md5(case_id::text)
            FROM src),
     rp AS (INSERT INTO case_reporters (case_id, citizen_id, channel) SELECT case_id, citizen_id, 'web' FROM src),
     js AS (INSERT INTO jobs (id, crew_id, status, priority, due_at, lat, lng, address, sync_seq)
            SELECT job_id, (SELECT id FROM crew), 'assigned', 'urgent', now() + interval '1 day', 51.36 + g * 0.0005, -0.19,
                   g || ' Chaos Street, Sutton SM1', (SELECT sync_seq FROM seq) FROM src)
     INSERT INTO job_cases (job_id, case_id) SELECT job_id, case_id FROM src RETURNING job_id`,
    [crewName, count, tag],
  );
  return rows.map((r) => r.job_id);
}
