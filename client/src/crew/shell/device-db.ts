import { KerbsideDeviceDb } from '../../sync';

let db: KerbsideDeviceDb | null = null;

/** One connection to the phone's database per page, opened the first time a crew screen needs it. */
export function deviceDb(): KerbsideDeviceDb {
  db ??= new KerbsideDeviceDb();
  return db;
}
