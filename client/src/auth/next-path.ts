// `next` is where to go after signing in. It arrives in the URL, so anyone can craft it:
// only a path on this site is followed, never another origin.

const here = 'https://kerbside.invalid';

export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(next, here);
  } catch {
    return null;
  }
  if (url.origin !== here || url.pathname === '/sign-in') return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering where the person was going (nothing to remember for `/`). */
export function signInPathFor(location: { pathname: string; search: string; hash: string }): string {
  const next = `${location.pathname}${location.search}${location.hash}`;
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
