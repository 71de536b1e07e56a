import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** Row count of every table: "nothing changed" made checkable. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const names = (tables as unknown as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
  const counts: Record<string, number> = {};
  for (const name of names) {
    const result = await db.execute(sql.raw(`select count(*)::int as n from "${name}"`));
    counts[name] = (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }
  return counts;
}
