import type { Category } from '@kerbside/shared';
import { describe, expect, it } from 'vitest';
import { completeDraft, emptyDraft, loadDraft, loadReceipt, saveDraft, type ReportDraft } from './report-draft';
import { firstIncompleteStep, nextPath, previousPath, stepOfField, stepsFor, toReportInput, validateStep } from './report-steps';

const category = (overrides: Partial<Category> = {}): Category => ({
  id: '11111111-1111-4111-8111-111111111111',
  code: 'HW-POTHOLE',
  service: 'highways',
  name: 'Pothole',
  slaAmount: 5,
  slaUnit: 'working_days',
  defaultPriority: 'normal',
  duplicateRadiusM: 50,
  allowAnonymous: false,
  questions: [],
  ...overrides,
});
const pothole = category({ questions: [{ id: 'depth', label: 'How deep?', kind: 'choice', choices: ['Deep'], required: true }] });
const complete: ReportDraft = {
  ...emptyDraft,
  categoryId: pothole.id,
  location: { lat: 51.364, lng: -0.1925, label: 'Near High Street, Sutton SM1' },
  answers: { depth: 'Deep' },
  description: 'Deep pothole',
  name: 'Grace Hopper',
  email: 'grace@example.com',
  contactPreference: 'email',
};

describe('the steps of the report form', () => {
  it('asks the extra questions only for a category that has them', () => {
    expect(stepsFor(pothole)).toEqual(['category', 'location', 'questions', 'description', 'contact']);
    expect(stepsFor(category())).toEqual(['category', 'location', 'description', 'contact']);
    expect(nextPath('location', category())).toBe('/report/description');
    expect(nextPath('contact', pothole)).toBe('/report/check');
    expect(previousPath('check', pothole)).toBe('/report/contact');
    expect(previousPath('category', pothole)).toBe('/report');
  });

  it('needs a category and a location', () => {
    expect(validateStep('category', emptyDraft, undefined)).toEqual([{ field: 'categoryId', message: 'Select the kind of problem you are reporting' }]);
    expect(validateStep('location', emptyDraft, pothole)[0]).toMatchObject({ field: 'location', message: expect.stringMatching(/Choose where the problem is/) });
    expect(validateStep('location', complete, pothole)).toEqual([]);
  });

  it('needs required questions answered', () => {
    expect(validateStep('questions', { ...complete, answers: {} }, pothole)).toEqual([{ field: 'answers-depth', message: 'Answer "How deep?"' }]);
  });

  it('refuses an empty description, one over 4,000 characters, and script tags', () => {
    expect(validateStep('description', { ...complete, description: '  ' }, pothole)[0]!.message).toBe('Describe the problem');
    expect(validateStep('description', { ...complete, description: 'x'.repeat(4001) }, pothole)[0]!.message).toBe('Description must be 4,000 characters or fewer');
    expect(validateStep('description', { ...complete, description: '<script>alert(1)</script>' }, pothole)[0]!.message).toMatch(/HTML tags/);
    expect(validateStep('description', { ...complete, description: 'x'.repeat(4000) }, pothole)).toEqual([]);
  });

  it('needs contact details that fit the way they want to hear back', () => {
    expect(validateStep('contact', { ...complete, contactPreference: 'sms' }, pothole)).toEqual([
      { field: 'phone', message: expect.stringMatching(/mobile phone number/) },
    ]);
    expect(validateStep('contact', { ...complete, name: '', contactPreference: undefined }, pothole).map((e) => e.field)).toEqual(['name', 'contactPreference']);
    expect(validateStep('contact', { ...complete, email: 'not-an-email' }, pothole)[0]).toMatchObject({ field: 'email', message: expect.stringMatching(/correct format/) });
  });

  it('lets people stay anonymous only where the category allows it', () => {
    const anonymous = { ...complete, anonymous: true, name: '', email: '', contactPreference: undefined };
    expect(validateStep('contact', anonymous, category({ allowAnonymous: true }))).toEqual([]);
    expect(validateStep('contact', anonymous, pothole).length).toBeGreaterThan(0);
  });

  it('sends people back to the first step still missing an answer', () => {
    expect(firstIncompleteStep(complete, pothole)).toBeNull();
    expect(firstIncompleteStep({ ...complete, location: undefined, description: '' }, pothole)).toBe('location');
    expect(firstIncompleteStep(emptyDraft, undefined)).toBe('category');
  });

  it('files server errors under the step that asked the question', () => {
    expect(stepOfField('location.lat')).toBe('location');
    expect(stepOfField('answers.depth')).toBe('questions');
    expect(stepOfField('attachmentIds')).toBe('description');
    expect(stepOfField('citizen.email')).toBe('contact');
  });

  it('builds the report the server expects, leaving out answers to another category', () => {
    const input = toReportInput({ ...complete, answers: { depth: 'Deep', bin: 'Recycling' }, photo: { id: 'p1', name: 'hole.jpg' } }, pothole, 'token');
    expect(input).toEqual({
      categoryId: pothole.id,
      location: { lat: 51.364, lng: -0.1925 },
      description: 'Deep pothole',
      answers: { depth: 'Deep' },
      attachmentIds: ['p1'],
      citizen: { name: 'Grace Hopper', email: 'grace@example.com', phone: null, postalAddress: null, contactPreference: 'email' },
      formToken: 'token',
      website: '',
    });
    expect(toReportInput({ ...complete, anonymous: true }, category({ allowAnonymous: true }), 't').citizen).toBeNull();
    expect(toReportInput({ ...complete, anonymous: true }, pothole, 't').citizen).not.toBeNull();
  });
});

describe('the draft in session storage', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
  };

  it('survives a reload, and a damaged value starts afresh', () => {
    const store = memory();
    saveDraft(store, complete);
    expect(loadDraft(store)).toEqual(complete);
    store.setItem('kerbside.report.draft.v1', '{not json');
    expect(loadDraft(store)).toEqual(emptyDraft);
  });

  it('is swapped for the receipt once the report is sent', () => {
    const store = memory();
    saveDraft(store, complete);
    completeDraft(store, { reference: 'KS-2026-000001', trackingUrl: '/track/KS-2026-000001?t=abc' });
    expect(loadDraft(store)).toEqual(emptyDraft);
    expect(loadReceipt(store)).toEqual({ reference: 'KS-2026-000001', trackingUrl: '/track/KS-2026-000001?t=abc' });
  });
});
