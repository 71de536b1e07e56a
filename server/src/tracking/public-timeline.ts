// What of the timeline a citizen sees. Only entries marked public, and of those only fixed wording
// chosen here by kind: never a staff member's name, never a note, never a payload written for staff.
import { channelLabels, type CaseEventKind, type Channel, type PublicTimelineEntry } from '@kerbside/shared';

export interface TimelineRow {
  kind: CaseEventKind;
  actorType: string;
  channel: Channel | null;
  at: Date;
  payload: Record<string, unknown>;
}

const fixed: Partial<Record<CaseEventKind, string>> = {
  job_created: 'The work has been planned',
  job_assigned: 'A crew has been given the work',
  job_started: 'A crew is on site',
  job_completed: 'The crew completed the work',
  job_not_completed: 'The crew could not complete the work',
  job_cancelled: 'The planned work was cancelled',
  notice_sent: 'We sent a message to say the work is done',
};

const statusWords: Record<string, string> = {
  open: 'Your report is back with the depot to plan the work',
  in_progress: 'Work on your report is in progress',
  resolved: 'Your report is resolved',
  closed: 'Your report is closed',
};

function summaryOf(row: TimelineRow): { summary: string; text: string | null } | null {
  switch (row.kind) {
    case 'contact':
      return { summary: row.channel ? `Reported (${channelLabels[row.channel].toLowerCase()})` : 'Reported', text: null };
    case 'status_changed': {
      const words = statusWords[String(row.payload.status)];
      return words ? { summary: words, text: null } : null;
    }
    case 'reopened': {
      // The citizen's own words are theirs to see again; a member of staff's are not.
      const text = row.actorType === 'citizen' && typeof row.payload.text === 'string' ? row.payload.text : null;
      return { summary: 'Reported as not fixed: the case is open again', text };
    }
    default: {
      const summary = fixed[row.kind];
      return summary ? { summary, text: null } : null;
    }
  }
}

export function publicTimeline(rows: readonly TimelineRow[]): PublicTimelineEntry[] {
  return rows.flatMap((row) => {
    const shown = summaryOf(row);
    return shown ? [{ kind: row.kind, ...shown, at: row.at }] : [];
  });
}

/** "12 High Street, Sutton" → "High Street, Sutton": the street, not the door. */
export function streetLevel(address: string): string {
  const street = address.replace(/^\s*(?:(?:flat|unit|apartment|apt\.?)\s*[\w-]+\s*,?\s*)?\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?\s*,?\s+/i, '');
  return street.trim() || address.trim();
}
