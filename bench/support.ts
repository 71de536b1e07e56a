// What every benchmark shares: the figure format (DESIGN.md §6) and a real server on PostgreSQL.
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunch } from '../e2e/playwright.config.js';
import { createDatabase, dropDatabase } from '../e2e/support/database.js';
import { startServer, type RunningServer } from '../e2e/support/server.js';
import { startTileServer, type TileServer } from '../e2e/support/tile-server.js';

export interface Figure {
  id: string;
  value: number;
  unit: string;
  target?: number;
  better: 'lower' | 'higher';
  note?: string;
}

export interface BenchServer {
  server: RunningServer;
  databaseUrl: string;
  tiles: TileServer;
  close(): Promise<void>;
}

/** A seeded Kerbside server on a fresh PostgreSQL database, with a loopback tile server. */
export async function startBenchServer(env: Record<string, string> = {}): Promise<BenchServer> {
  const databaseUrl = await createDatabase();
  const tiles = await startTileServer();
  const server = await startServer({ databaseUrl, env: { TILE_URL: tiles.template, LOG_LEVEL: 'error', ...env } });
  return {
    server,
    databaseUrl,
    tiles,
    async close() {
      await server.stop();
      await tiles.close();
      await dropDatabase(databaseUrl);
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunch);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
