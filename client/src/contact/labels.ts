import { channelLabels, type AgentChannel, type CaseEventKind, type CaseStatus, type Channel, type ContactPreference } from '@kerbside/shared';

export const statusLabels: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const preferenceLabels: Record<ContactPreference, string> = {
  email: 'E-mail',
  sms: 'SMS',
  letter: 'Letter',
  none: 'None',
};

export const agentChannelOptions: { value: AgentChannel; label: string }[] = (['phone', 'in_person', 'letter', 'email'] as const).map((value) => ({
  value,
  label: channelLabels[value],
}));

export const eventKindLabels: Record<CaseEventKind, string> = {
  contact: 'Contact',
  note: 'Note',
  status_changed: 'Status changed',
  job_created: 'Job created',
  job_assigned: 'Job assigned',
  job_cancelled: 'Job cancelled',
  job_started: 'Work started',
  job_completed: 'Work completed',
  job_not_completed: 'Work not completed',
  notice_queued: 'Notice queued',
  notice_attempt: 'Notice attempt',
  notice_sent: 'Notice sent',
  notice_failed: 'Notice failed',
  reporter_added: 'Reporter added',
  reopened: 'Reopened',
};

export const channelLabel = (channel: Channel | null) => (channel ? channelLabels[channel] : null);

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
export const formatWhen = (date: Date) => when.format(date);
