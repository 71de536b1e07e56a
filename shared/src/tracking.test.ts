import { describe, expect, it } from 'vitest';
import { formatLongDate, fallbackChannelsAfter } from './notices.js';
import { normaliseContact, trackByTokenInput, trackingPath } from './tracking.js';

describe('normaliseContact', () => {
  it('matches a UK mobile however it was written', () => {
    for (const written of ['07700 900123', '+44 7700 900123', '0044 (7700) 900-123', '447700900123']) {
      expect(normaliseContact(written)).toBe('07700900123');
    }
  });
  it('lower-cases e-mail addresses', () => {
    expect(normaliseContact('  Ada@Example.COM ')).toBe('ada@example.com');
  });
});

describe('notice wording helpers', () => {
  it('writes dates GOV.UK style in London time', () => {
    expect(formatLongDate(new Date('2026-12-01T10:00:00Z'))).toBe('Tuesday 1 December 2026');
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(formatLongDate(new Date('2026-06-30T23:30:00Z'))).toBe('Wednesday 1 July 2026');
  });
  it('falls back from e-mail to text message to letter', () => {
    expect(fallbackChannelsAfter('email')).toEqual(['sms', 'letter']);
    expect(fallbackChannelsAfter('letter')).toEqual([]);
  });
});

describe('tracking input', () => {
  it('accepts a lower-case reference and builds a link that survives any token', () => {
    const input = trackByTokenInput.parse({ reference: ' ks-2026-000123 ', token: 'a_b-c' });
    expect(input.reference).toBe('KS-2026-000123');
    expect(trackingPath(input)).toBe('/track/KS-2026-000123?t=a_b-c');
  });
});
