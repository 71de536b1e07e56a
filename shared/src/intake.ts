// Intake: what agents and citizens send when they report a problem, checked the same way on both
// sides so the form's errors and the server's agree.
import { z } from 'zod';
import { citizenInput, latitude, longitude } from './cases.js';
import { contactPreferences, type CaseStatus, type Channel, type ContactPreference } from './enums.js';

/** The channels an agent logs; 'web' and 'open311' arrive by their own routes. */
export const agentChannels = ['phone', 'in_person', 'letter', 'email'] as const;
export type AgentChannel = (typeof agentChannels)[number];

export const maxDescriptionLength = 4000;
export const maxReportAttachments = 5;
/** A person cannot read and fill the web form faster than this; a script can. */
export const minFormFillMs = 3000;
export const intakeUploadPath = '/api/intake/photos';
export const attachmentContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;

// Text is always shown as text, never as HTML; markup is refused as well so that a pasted
// `<script>` gets a clear answer instead of being stored for someone else's screen.
const markup = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;
export const containsMarkup = (text: string) => markup.test(text);

function plainText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .refine((text) => !containsMarkup(text), `${label} must not contain HTML tags such as <script>`);
}

export const descriptionInput = plainText('Description', maxDescriptionLength).pipe(
  z.string().min(1, 'Describe the problem'),
);

const uuid = (message: string) => z.uuid({ error: message });

export const reportLocation = z.object(
  {
    lat: latitude,
    lng: longitude,
    /** Absent for a map pin or "use my location": the server names the nearest street. */
    address: plainText('Address', 300).optional(),
  },
  { error: 'Choose where the problem is: search for a street or postcode, or use your location' },
);
export type ReportLocation = z.infer<typeof reportLocation>;

export const answersInput = z.record(z.string().max(40), plainText('Answer', 500)).default({});
export const attachmentIdsInput = z
  .array(z.string().uuid())
  .max(maxReportAttachments, `Attach at most ${maxReportAttachments} files`)
  .default([]);

const contactShape = citizenInput.extend({
  name: plainText('Name', 200).pipe(z.string().min(1, 'Enter a name')),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email('Enter an e-mail address in the correct format, like name@example.com')
    .max(254, 'E-mail address must be 254 characters or fewer')
    .nullable()
    .optional(),
  postalAddress: plainText('Postal address', 500).nullable().optional(),
});

const preferenceNeeds: Partial<Record<ContactPreference, ['email' | 'phone' | 'postalAddress', string]>> = {
  email: ['email', 'Enter an e-mail address, or choose another way to hear back'],
  sms: ['phone', 'Enter a mobile phone number for text messages, or choose another way to hear back'],
  letter: ['postalAddress', 'Enter a postal address for a letter, or choose another way to hear back'],
};

function preferenceIsPossible(c: z.infer<typeof contactShape>, ctx: z.RefinementCtx) {
  const need = preferenceNeeds[c.contactPreference];
  if (need && !c[need[0]]) ctx.addIssue({ code: 'custom', path: [need[0]], message: need[1] });
}

/** A citizen's details, with a way to hear back that their details make possible. */
export const contactDetails = contactShape.superRefine(preferenceIsPossible);
export type ContactDetails = z.infer<typeof contactDetails>;

/** The caller on the line: someone already known (optionally with a new preference), or new details. */
export const callerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('known'), citizenId: uuid('Choose a citizen'), contactPreference: z.enum(contactPreferences).optional() }),
  contactShape.extend({ kind: z.literal('new') }).superRefine(preferenceIsPossible),
]);
export type CallerInput = z.infer<typeof callerInput>;

const caseFields = {
  categoryId: uuid('Choose a category'),
  location: reportLocation,
  description: descriptionInput,
  answers: answersInput,
  attachmentIds: attachmentIdsInput,
};

export const logCaseInput = z.object({
  /** null: an anonymous report, where the category allows it. */
  caller: callerInput.nullable(),
  channel: z.enum(agentChannels, { error: 'Choose how they got in touch' }),
  ...caseFields,
});
export type LogCaseInput = z.infer<typeof logCaseInput>;

export const attachReportInput = z.object({
  caseId: uuid('Choose the case to attach the report to'),
  caller: callerInput,
  channel: z.enum(agentChannels, { error: 'Choose how they got in touch' }),
  /** What this caller said; may be empty when it is the same as the case's description. */
  description: plainText('Description', maxDescriptionLength).default(''),
  attachmentIds: attachmentIdsInput,
});
export type AttachReportInput = z.infer<typeof attachReportInput>;

export const logContactInput = z.object({
  caseId: uuid('Choose a case'),
  citizenId: z.string().uuid().optional(),
  channel: z.enum(agentChannels, { error: 'Choose how they got in touch' }),
  summary: plainText('Summary', maxDescriptionLength).pipe(z.string().min(1, 'Write what the contact was about')),
});
export type LogContactInput = z.infer<typeof logContactInput>;

export const citizenSearchInput = z.object({
  q: z.string().trim().min(2, 'Enter a name, phone number, e-mail address or address').max(200, 'Search for 200 characters or fewer'),
});
export const addressSearchInput = z.object({
  q: z.string().trim().min(2, 'Enter a postcode or street name').max(100, 'Enter 100 characters or fewer'),
});
export const duplicatesInput = z.object({ categoryId: z.string().uuid(), lat: latitude, lng: longitude });
export const pointInput = z.object({ lat: latitude, lng: longitude });

export const reportOnlineInput = z.object({
  ...caseFields,
  /** null: report anonymously, where the category allows it. */
  citizen: contactDetails.nullable(),
  /** From intake.startReport: when the form was opened, signed by the server. */
  formToken: z.string().max(200),
  /** Honeypot: hidden from people, so only a robot fills it in. */
  website: z.string().max(500).default(''),
});
export type ReportOnlineInput = z.infer<typeof reportOnlineInput>;

// ── What comes back ──────────────────────────────────────────────────────────

export interface CitizenCase {
  id: string;
  reference: string;
  categoryName: string;
  status: CaseStatus;
  channel: Channel;
  address: string;
  reportedAt: Date;
  slaDueAt: Date;
  resolvedAt: Date | null;
}

export interface CitizenContact {
  caseId: string;
  reference: string;
  at: Date;
  channel: Channel | null;
  summary: string;
}

export interface CitizenMatch {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  postalAddress: string | null;
  contactPreference: ContactPreference;
  cases: CitizenCase[];
  contacts: CitizenContact[];
}

export interface DuplicateCandidate {
  id: string;
  reference: string;
  status: CaseStatus;
  address: string;
  description: string;
  reportedAt: Date;
  distanceM: number;
  reporterCount: number;
  /** The first photo reported with the case, served at /api/photos/:id. */
  photoId: string | null;
}

export interface AddressMatch {
  label: string;
  lat: number;
  lng: number;
}

export interface LoggedCase {
  caseId: string;
  reference: string;
  slaDueAt: Date;
}

export interface OnlineReportReceipt {
  reference: string;
  trackingUrl: string;
}

export interface UploadedAttachment {
  id: string;
  contentType: (typeof attachmentContentTypes)[number];
  byteSize: number;
}
