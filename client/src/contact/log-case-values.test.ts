import type { Category } from '@kerbside/shared';
import { describe, expect, it } from 'vitest';
import { checkAttach, checkLogCase, fieldIdFor, initialValues, type LogCaseValues } from './log-case-values';

const pothole: Category = {
  id: '11111111-1111-4111-8111-111111111111',
  code: 'HW-POTHOLE',
  service: 'highways',
  name: 'Pothole',
  slaAmount: 5,
  slaUnit: 'working_days',
  defaultPriority: 'normal',
  duplicateRadiusM: 50,
  allowAnonymous: false,
  questions: [{ id: 'depth', label: 'How deep?', kind: 'choice', choices: ['Deep'], required: true }],
};
const filled: LogCaseValues = {
  ...initialValues(),
  caller: { kind: 'new', name: 'Ada Lovelace', phone: '07700 900555', email: '', postalAddress: '' },
  channel: 'phone',
  categoryId: pothole.id,
  answers: { depth: 'Deep', other: 'ignored' },
  location: { lat: 51.364, lng: -0.1925, address: 'High Street, Sutton SM1', label: 'High Street, Sutton SM1' },
  description: '  Deep pothole  ',
  contactPreference: 'sms',
};
const fields = (values: LogCaseValues, category: Category = pothole) => checkLogCase(values, category).errors.map((e) => e.field);

describe('the agent case form', () => {
  it('builds the input the server expects from a complete form', () => {
    const { errors, input } = checkLogCase(filled, pothole);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      caller: { kind: 'new', name: 'Ada Lovelace', phone: '07700 900555', email: null, contactPreference: 'sms' },
      channel: 'phone',
      description: 'Deep pothole',
      answers: { depth: 'Deep' },
      location: { lat: 51.364, lng: -0.1925, address: 'High Street, Sutton SM1' },
      attachmentIds: [],
    });
  });

  it('names each missing answer by the id of its field', () => {
    const empty = { ...initialValues(), caller: { kind: 'new' as const, name: '', phone: '', email: '', postalAddress: '' } };
    expect(fields(empty)).toEqual(['caller-name', 'channel', 'categoryId', 'location', 'description', 'answers-depth', 'contactPreference']);
  });

  it('refuses an over-long description, markup and a missing location', () => {
    expect(checkLogCase({ ...filled, description: 'x'.repeat(4001) }, pothole).errors).toEqual([{ field: 'description', message: 'Description must be 4,000 characters or fewer' }]);
    expect(fields({ ...filled, description: 'Hole <script>alert(1)</script>' })).toEqual(['description']);
    expect(fields({ ...filled, location: null })).toEqual(['location']);
  });

  it('needs the details that the chosen way of hearing back uses', () => {
    expect(fields({ ...filled, contactPreference: 'email' })).toEqual(['caller-email']);
    expect(fields({ ...filled, contactPreference: 'letter' })).toEqual(['caller-postalAddress']);
  });

  it('allows an anonymous report only where the category does', () => {
    const anonymous = { ...filled, anonymous: true, contactPreference: undefined };
    expect(checkLogCase(anonymous, { ...pothole, allowAnonymous: true }).input?.caller).toBeNull();
    expect(fields(anonymous)).toContain('contactPreference');
  });

  it('sends a known caller by id, with their preference', () => {
    const known = { ...filled, caller: { kind: 'known' as const, citizenId: '22222222-2222-4222-8222-222222222222', name: 'Margaret' }, contactPreference: 'letter' as const };
    expect(checkLogCase(known, pothole).input?.caller).toEqual({ kind: 'known', citizenId: '22222222-2222-4222-8222-222222222222', contactPreference: 'letter' });
  });

  it('attaches with only a caller and a channel', () => {
    const attach = checkAttach({ ...filled, categoryId: undefined, location: null, description: '' }, '33333333-3333-4333-8333-333333333333');
    expect(attach.errors).toEqual([]);
    expect(attach.input).toMatchObject({ caseId: '33333333-3333-4333-8333-333333333333', channel: 'phone', description: '' });
    expect(checkAttach({ ...filled, channel: undefined }, '33333333-3333-4333-8333-333333333333').errors.map((e) => e.field)).toEqual(['channel']);
  });

  it('maps server field paths to element ids', () => {
    expect(fieldIdFor('caller.email')).toBe('caller-email');
    expect(fieldIdFor('caller')).toBe('caller-name');
    expect(fieldIdFor('location.lat')).toBe('location');
    expect(fieldIdFor('answers.depth')).toBe('answers-depth');
    expect(fieldIdFor('caller.contactPreference')).toBe('contactPreference');
  });
});
