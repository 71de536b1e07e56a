// A map tile server on loopback for browser tests: OpenStreetMap's servers forbid bulk fetching,
// and the tests have no network anyway. Every tile is the same small PNG; requests are counted.
import { createServer, type Server } from 'node:http';
import sharp from 'sharp';

export interface TileServer {
  url: string;
  /** The `TILE_URL` template to give the Kerbside server. */
  template: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startTileServer(): Promise<TileServer> {
  const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 226, g: 232, b: 220 } } })
    .png()
    .toBuffer();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'max-age=86400' });
    res.end(tile);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    template: `${url}/{z}/{x}/{y}.png`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
