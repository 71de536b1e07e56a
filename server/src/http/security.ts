/** The origins a configured tile URL needs in the CSP: `{s}` subdomains become a wildcard. */
export function tileOrigins(tileUrl: string): string[] {
  try {
    const url = new URL(tileUrl.replace(/\{s\}/g, 'kerbside-subdomain').replace(/\{[a-z]+\}/gi, '0'));
    if (url.origin === 'null') return [];
    return [url.origin.replace('kerbside-subdomain', '*')];
  } catch {
    return []; // a relative URL is same-origin: 'self' covers it
  }
}

export function contentSecurityPolicy(tileUrl: string) {
  const tiles = tileOrigins(tileUrl);
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Leaflet positions tiles and markers with inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
      connectSrc: ["'self'", ...tiles],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  };
}

/** A URL fit for the logs: a citizen's tracking token (`t=`) is a secret. */
export function redactSecrets(url: string): string {
  return url.replace(/([?&]t=)[^&#]*/g, '$1[redacted]');
}
