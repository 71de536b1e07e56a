import { describe, expect, it } from 'vitest';
import { closureNoticeText, withPublicUrl, type ClosureFacts } from './compose.js';

const facts: ClosureFacts = {
  reference: 'KS-2026-000123',
  categoryName: 'Pothole',
  service: 'highways',
  address: '12 High Street, Sutton',
  trackingToken: 'tok_en-1',
  completedAt: new Date('2026-12-01T09:30:00Z'),
  hasPhoto: true,
};

describe('closure notice wording', () => {
  it('says what was done, where, when, and links to the tracking page', () => {
    const { subject, body } = closureNoticeText(facts, 'email');
    expect(subject).toBe('Your report KS-2026-000123 has been dealt with');
    const text = withPublicUrl(body, 'https://report.sutton.example/');
    expect(text).toContain('What you reported: Pothole');
    expect(text).toContain('Where: 12 High Street, Sutton');
    expect(text).toContain('What we did: our highways crew completed the work on Tuesday 1 December 2026.');
    expect(text).toContain('See the details and a photo of the finished work:\nhttps://report.sutton.example/track/KS-2026-000123?t=tok_en-1');
    expect(text).toContain('within 14 days');
  });

  it('keeps a text message to one short paragraph and mentions no photo when there is none', () => {
    const sms = withPublicUrl(closureNoticeText(facts, 'sms').body, 'https://r.example');
    expect(sms).toBe(
      'Your report KS-2026-000123 (Pothole, 12 High Street, Sutton) has been dealt with: our highways crew completed the work on Tuesday 1 December 2026. Details: https://r.example/track/KS-2026-000123?t=tok_en-1',
    );
    expect(closureNoticeText({ ...facts, hasPhoto: false }, 'letter').body).toContain('See the details:');
  });
});
