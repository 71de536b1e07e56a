// Bytes of a crew's pull when nothing changed, as the app sends it (tRPC batch GET with superjson).
import { request } from 'node:http';

async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email, password } }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const pullPath = (cursor: string | null) =>
  `/trpc/sync.pull?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { cursor, deviceId: 'bench-device-0001' } } }))}`;

/** One request on a fresh connection, counting what crossed the socket both ways. */
function measuredGet(url: string, path: string, cookie: string) {
  return new Promise<{ body: string; written: number; read: number }>((resolve, reject) => {
    const req = request(`${url}${path}`, { agent: false, headers: { cookie, accept: '*/*' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ body, written: req.socket!.bytesWritten, read: req.socket!.bytesRead }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function measureEmptyPull(url: string, email: string, password: string) {
  const cookie = await signIn(url, email, password);
  const first = await measuredGet(url, pullPath(null), cookie);
  const cursor = JSON.parse(first.body)[0].result.data.json.cursor as string;
  const empty = await measuredGet(url, pullPath(cursor), cookie);
  const parsed = JSON.parse(empty.body)[0].result.data.json;
  if (parsed.changes.length !== 0 || parsed.removals.length !== 0) throw new Error('the second pull was not empty');
  const payload = Buffer.byteLength(pullPath(cursor)) + Buffer.byteLength(empty.body);
  return { payload, wire: empty.written + empty.read };
}
