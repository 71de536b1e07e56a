import { describe, expect, it } from 'vitest';
import { callerInput, containsMarkup, contactDetails, descriptionInput, reportLocation } from './intake.js';

describe('intake input rules shared by the forms and the server', () => {
  it('treats tags as markup, but not maths or arrows', () => {
    expect(containsMarkup('<script>alert(1)</script>')).toBe(true);
    expect(containsMarkup('<img src=x onerror=alert(1)>')).toBe(true);
    expect(containsMarkup('</b>')).toBe(true);
    expect(containsMarkup('hole < 5cm & > 2cm')).toBe(false);
    expect(containsMarkup('<3 thanks -> soon')).toBe(false);
  });

  it('keeps descriptions between 1 and 4,000 characters after trimming', () => {
    expect(descriptionInput.safeParse(' ok ').data).toBe('ok');
    expect(descriptionInput.safeParse('x'.repeat(4000)).success).toBe(true);
    expect(descriptionInput.safeParse('x'.repeat(4001)).error?.issues[0]?.message).toBe('Description must be 4,000 characters or fewer');
    expect(descriptionInput.safeParse('   ').error?.issues[0]?.message).toBe('Describe the problem');
  });

  it('asks for a location in words people understand', () => {
    expect(reportLocation.safeParse(undefined).error?.issues[0]?.message).toMatch(/^Choose where the problem is/);
    expect(reportLocation.safeParse({ lat: 51.36, lng: -0.19 }).success).toBe(true);
  });

  it('needs the detail that the chosen way of hearing back uses', () => {
    const issues = (value: object) => contactDetails.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ name: 'A', contactPreference: 'email' })).toEqual(['email']);
    expect(issues({ name: 'A', contactPreference: 'sms' })).toEqual(['phone']);
    expect(issues({ name: 'A', contactPreference: 'letter' })).toEqual(['postalAddress']);
    expect(issues({ name: 'A', contactPreference: 'none' })).toBeUndefined();
  });

  it('tells a known caller from new details, with errors on the right field', () => {
    expect(callerInput.safeParse({ kind: 'known', citizenId: '22222222-2222-4222-8222-222222222222' }).success).toBe(true);
    const bad = callerInput.safeParse({ kind: 'new', name: 'A', email: 'nope', contactPreference: 'email' });
    expect(bad.error?.issues[0]?.path).toEqual(['email']);
  });
});
