// The citizen report form's steps and what each needs, as pure functions the pages and tests share.
import { contactDetails, descriptionInput, reportLocation, type Category, type ReportOnlineInput } from '@kerbside/shared';
import type { FormError } from '../../ui/error-summary';
import type { ReportDraft } from './report-draft';

export type StepName = 'category' | 'location' | 'questions' | 'description' | 'contact';

import { reportBase } from './report-base';

export { reportBase };
export const stepPath = (step: StepName | 'check' | 'sent') => `${reportBase}/${step}`;
export const answerFieldId = (questionId: string) => `answers-${questionId}`;

/** The extra questions get their own page only for a category that has some. */
export function stepsFor(category: Category | undefined): StepName[] {
  const hasQuestions = (category?.questions.length ?? 0) > 0;
  return ['category', 'location', ...(hasQuestions ? (['questions'] as const) : []), 'description', 'contact'];
}

export function nextPath(step: StepName, category: Category | undefined): string {
  const steps = stepsFor(category);
  const next = steps[steps.indexOf(step) + 1];
  return next ? stepPath(next) : stepPath('check');
}

export function previousPath(step: StepName | 'check', category: Category | undefined): string {
  const steps = stepsFor(category);
  if (step === 'check') return stepPath(steps.at(-1)!);
  const previous = steps[steps.indexOf(step) - 1];
  return previous ? stepPath(previous) : reportBase;
}

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? 'Check this answer');

export function validateStep(step: StepName, draft: ReportDraft, category: Category | undefined): FormError[] {
  switch (step) {
    case 'category':
      return category && draft.categoryId === category.id ? [] : [{ field: 'categoryId', message: 'Select the kind of problem you are reporting' }];
    case 'location': {
      const message = firstMessage(reportLocation.safeParse(draft.location));
      return message ? [{ field: 'location', message }] : [];
    }
    case 'questions':
      return (category?.questions ?? []).flatMap((q) => {
        const answer = (draft.answers[q.id] ?? '').trim();
        if (!answer && q.required) return [{ field: answerFieldId(q.id), message: `Answer "${q.label}"` }];
        if (answer.length > 500) return [{ field: answerFieldId(q.id), message: 'Answer must be 500 characters or fewer' }];
        return [];
      });
    case 'description': {
      const message = firstMessage(descriptionInput.safeParse(draft.description));
      return message ? [{ field: 'description', message }] : [];
    }
    case 'contact':
      return contactErrors(draft, category);
  }
}

function contactErrors(draft: ReportDraft, category: Category | undefined): FormError[] {
  if (draft.anonymous && category?.allowAnonymous) return [];
  if (!draft.contactPreference) {
    const rest = contactErrors({ ...draft, contactPreference: 'none' }, category);
    return [...rest, { field: 'contactPreference', message: 'Select how you want to hear back' }];
  }
  const parsed = contactDetails.safeParse(contactOf(draft));
  if (parsed.success) return [];
  const byField = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

function contactOf(draft: ReportDraft) {
  return {
    name: draft.name,
    email: blankToNull(draft.email),
    phone: blankToNull(draft.phone),
    postalAddress: blankToNull(draft.postalAddress),
    contactPreference: draft.contactPreference ?? 'none',
  };
}

/** The first step still missing an answer (after a refresh, a Change, or a link straight to a later page). */
export function firstIncompleteStep(draft: ReportDraft, category: Category | undefined): StepName | null {
  return stepsFor(category).find((step) => validateStep(step, draft, category).length > 0) ?? null;
}

/** Which step a server field error belongs to, so the check page can send people back to it. */
export function stepOfField(field: string): StepName {
  if (field === 'categoryId') return 'category';
  if (field.startsWith('location')) return 'location';
  if (field.startsWith('answers')) return 'questions';
  if (field === 'description' || field === 'attachmentIds') return 'description';
  return 'contact';
}

export function toReportInput(draft: ReportDraft, category: Category, formToken: string): ReportOnlineInput {
  const { lat, lng, address } = draft.location!;
  const answers = Object.fromEntries(category.questions.map((q) => [q.id, draft.answers[q.id] ?? '']).filter(([, a]) => a));
  const anonymous = draft.anonymous && category.allowAnonymous;
  return {
    categoryId: category.id,
    location: address ? { lat, lng, address } : { lat, lng },
    description: draft.description,
    answers,
    attachmentIds: draft.photo ? [draft.photo.id] : [],
    citizen: anonymous ? null : contactOf(draft),
    formToken,
    website: draft.website,
  };
}
