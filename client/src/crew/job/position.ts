// Where the phone is when a job is closed: evidence the crew was there. Never worth waiting for:
// with no fix (indoors, refused, slow) the closure is recorded without one.

export interface Fix {
  lat: number;
  lng: number;
  accuracyM: number;
}

export function currentPosition(timeoutMs = 5_000): Promise<Fix | null> {
  return new Promise((resolve) => {
    const geo = globalThis.navigator?.geolocation;
    if (!geo) return resolve(null);
    // The API's own timeout only starts once permission is given; this one also covers the prompt.
    const timer = setTimeout(() => resolve(null), timeoutMs + 500);
    const done = (fix: Fix | null) => {
      clearTimeout(timer);
      resolve(fix);
    };
    geo.getCurrentPosition(
      ({ coords }) => done({ lat: coords.latitude, lng: coords.longitude, accuracyM: Math.min(100_000, coords.accuracy) }),
      () => done(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 120_000 },
    );
  });
}
