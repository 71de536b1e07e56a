// The agent's case form as plain data: what it holds, what it sends, and what is missing.
import {
  attachReportInput,
  logCaseInput,
  type AgentChannel,
  type AttachReportInput,
  type Category,
  type ContactPreference,
  type LogCaseInput,
} from '@kerbside/shared';
import type { FormError } from '../ui/error-summary';
import type { ChosenLocation } from '../ui/location-finder';

export type CallerValues =
  | { kind: 'known'; citizenId: string; name: string }
  | { kind: 'new'; name: string; phone: string; email: string; postalAddress: string };

export interface LogCaseValues {
  caller: CallerValues;
  /** The caller won't give details; only where the category allows anonymous reports. */
  anonymous: boolean;
  channel?: AgentChannel;
  categoryId?: string;
  answers: Record<string, string>;
  location: ChosenLocation | null;
  description: string;
  attachments: { id: string; name: string }[];
  contactPreference?: ContactPreference;
}

export const newCaller: CallerValues = { kind: 'new', name: '', phone: '', email: '', postalAddress: '' };

export function initialValues(known?: { id: string; name: string; contactPreference: ContactPreference }): LogCaseValues {
  return {
    caller: known ? { kind: 'known', citizenId: known.id, name: known.name } : newCaller,
    anonymous: false,
    answers: {},
    location: null,
    description: '',
    attachments: [],
    contactPreference: known?.contactPreference,
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

function callerInput(values: LogCaseValues) {
  const { caller } = values;
  if (caller.kind === 'known') return { kind: 'known' as const, citizenId: caller.citizenId, contactPreference: values.contactPreference };
  return {
    kind: 'new' as const,
    name: caller.name,
    phone: blankToNull(caller.phone),
    email: blankToNull(caller.email),
    postalAddress: blankToNull(caller.postalAddress),
    contactPreference: values.contactPreference,
  };
}

export function toLogCaseInput(values: LogCaseValues, category: Category | undefined) {
  const anonymous = values.anonymous && (category?.allowAnonymous ?? false);
  const ids = new Set(category?.questions.map((q) => q.id));
  return {
    caller: anonymous ? null : callerInput(values),
    channel: values.channel,
    categoryId: values.categoryId,
    location: values.location ? { lat: values.location.lat, lng: values.location.lng, address: values.location.address } : undefined,
    description: values.description,
    answers: Object.fromEntries(Object.entries(values.answers).filter(([id, answer]) => ids.has(id) && answer.trim())),
    attachmentIds: values.attachments.map((a) => a.id),
  };
}

export function toAttachInput(values: LogCaseValues, caseId: string) {
  return {
    caseId,
    caller: callerInput(values),
    channel: values.channel,
    description: values.description,
    attachmentIds: values.attachments.map((a) => a.id),
  };
}

/** The element an error is about: server paths like "caller.email" become ids like "caller-email". */
export function fieldIdFor(path: string): string {
  if (path === 'caller' || path === 'caller.kind') return 'caller-name';
  if (path === 'caller.contactPreference') return 'contactPreference';
  if (path.startsWith('location')) return 'location';
  if (path === 'caseId') return 'duplicates';
  return path.replace(/\./g, '-');
}

function issuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormError[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldIdFor(issue.path.map(String).join('.'));
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

const preferenceMissing = (values: LogCaseValues, anonymous: boolean): FormError[] =>
  !anonymous && !values.contactPreference ? [{ field: 'contactPreference', message: 'Choose how they want to hear back' }] : [];

export interface Checked<T> {
  errors: FormError[];
  /** The input to send, once there are no errors. */
  input?: T;
}

/** Everything the server would refuse that can be known here, in the order the form asks. */
export function checkLogCase(values: LogCaseValues, category: Category | undefined): Checked<LogCaseInput> {
  const input = toLogCaseInput(values, category);
  const parsed = logCaseInput.safeParse({ ...input, caller: input.caller && { ...input.caller, contactPreference: input.caller.contactPreference ?? 'none' } });
  const errors = parsed.success ? [] : issuesToErrors(parsed.error.issues);
  if (!input.caller && category && !category.allowAnonymous) errors.push({ field: 'caller-name', message: `${category.name} reports need a name and contact details` });
  for (const q of category?.questions ?? []) {
    if (q.required && !values.answers[q.id]?.trim()) errors.push({ field: `answers-${q.id}`, message: `Answer "${q.label}"` });
  }
  errors.push(...preferenceMissing(values, input.caller === null));
  return errors.length === 0 && parsed.success ? { errors, input: parsed.data } : { errors };
}

/** Attaching needs only who called and how; the case already has the rest. */
export function checkAttach(values: LogCaseValues, caseId: string): Checked<AttachReportInput> {
  const input = toAttachInput(values, caseId);
  const parsed = attachReportInput.safeParse({ ...input, caller: { ...input.caller, contactPreference: input.caller.contactPreference ?? 'none' } });
  const errors = [...(parsed.success ? [] : issuesToErrors(parsed.error.issues)), ...preferenceMissing(values, false)];
  return errors.length === 0 && parsed.success ? { errors, input: parsed.data } : { errors };
}
