// Calls the real tRPC API from a test, as a signed-in person, the way the app does (superjson wire format).
import { demoSignIns } from '@kerbside/server/demo';

export interface ApiSession {
  cookie: string;
  call<T>(path: string, input?: unknown): Promise<T>;
}

export async function apiSignIn(baseUrl: string, role: string, crew?: string): Promise<ApiSession> {
  const account = demoSignIns.find((s) => s.role === role && (!crew || s.crew === crew));
  if (!account) throw new Error(`no demo ${role} ${crew ?? ''}`);
  const res = await fetch(`${baseUrl}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email: account.email, password: account.password } }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return {
    cookie,
    async call<T>(path: string, input?: unknown) {
      const response = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ json: input }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`${path} failed: ${JSON.stringify(body.error?.json?.message ?? body)}`);
      return body.result.data.json as T;
    },
  };
}
