// The council's own words, one list each, shared by the database, the API and the UI.

export const services = ['highways', 'waste'] as const;
export type Service = (typeof services)[number];

export const roles = ['agent', 'dispatcher', 'crew', 'admin'] as const;
export type Role = (typeof roles)[number];

export const channels = ['phone', 'in_person', 'letter', 'email', 'web', 'open311'] as const;
export type Channel = (typeof channels)[number];

export const contactPreferences = ['email', 'sms', 'letter', 'none'] as const;
export type ContactPreference = (typeof contactPreferences)[number];

export const caseStatuses = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const jobStatuses = ['assigned', 'started', 'completed', 'not_completed', 'cancelled'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const slaUnits = ['hours', 'working_hours', 'days', 'working_days'] as const;
export type SlaUnit = (typeof slaUnits)[number];

export const caseEventKinds = [
  'contact',
  'note',
  'status_changed',
  'job_created',
  'job_assigned',
  'job_cancelled',
  'job_started',
  'job_completed',
  'job_not_completed',
  'notice_queued',
  'notice_attempt',
  'notice_sent',
  'notice_failed',
  'reporter_added',
  'reopened',
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

export const noticeStates = ['pending', 'sending', 'sent', 'failed'] as const;
export type NoticeState = (typeof noticeStates)[number];

export const notCompletedReasons = [
  'no_access',
  'not_found',
  'needs_specialist',
  'unsafe',
  'already_fixed',
  'other',
] as const;
export type NotCompletedReason = (typeof notCompletedReasons)[number];

/** Labels for people; the code uses the keys. */
export const channelLabels: Record<Channel, string> = {
  phone: 'Phone',
  in_person: 'In person',
  letter: 'Letter',
  email: 'E-mail',
  web: 'Web',
  open311: 'Open311',
};

export const roleLabels: Record<Role, string> = {
  agent: 'Contact centre agent',
  dispatcher: 'Depot manager',
  crew: 'Crew',
  admin: 'Administrator',
};
