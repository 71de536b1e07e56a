import { z } from 'zod';
import { caseStatuses, channels, contactPreferences, priorities, services, slaUnits } from './enums.js';

export const latitude = z.number().min(-90).max(90);
export const longitude = z.number().min(-180).max(180);
export const location = z.object({ lat: latitude, lng: longitude });

export const categoryQuestion = z.object({
  id: z.string().min(1).max(40),
  label: z.string().min(1).max(200),
  kind: z.enum(['text', 'choice', 'yes_no']),
  choices: z.array(z.string().max(100)).max(20).optional(),
  required: z.boolean().default(false),
});
export type CategoryQuestion = z.infer<typeof categoryQuestion>;

export const category = z.object({
  id: z.string().uuid(),
  code: z.string(),
  service: z.enum(services),
  name: z.string(),
  slaAmount: z.number().int(),
  slaUnit: z.enum(slaUnits),
  defaultPriority: z.enum(priorities),
  duplicateRadiusM: z.number().int(),
  allowAnonymous: z.boolean(),
  questions: z.array(categoryQuestion),
});
export type Category = z.infer<typeof category>;

export const caseSummary = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  categoryCode: z.string(),
  categoryName: z.string(),
  service: z.enum(services),
  status: z.enum(caseStatuses),
  channel: z.enum(channels),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  reportedAt: z.date(),
  slaDueAt: z.date(),
  resolvedAt: z.date().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const citizenInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{7,20}$/, 'Enter a UK phone number, like 020 8770 5000')
    .nullable()
    .optional(),
  postalAddress: z.string().trim().max(500).nullable().optional(),
  contactPreference: z.enum(contactPreferences),
});
export type CitizenInput = z.infer<typeof citizenInput>;

export const caseNoteInput = z.object({
  caseId: z.string().uuid(),
  text: z.string().trim().min(1, 'Write the note').max(4000, 'Notes are at most 4,000 characters'),
});
export type CaseNoteInput = z.infer<typeof caseNoteInput>;

export const caseListInput = z
  .object({
    status: z.enum(caseStatuses).optional(),
    service: z.enum(services).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .default({ limit: 50 });
