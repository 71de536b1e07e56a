// The citizen's report in progress, kept in sessionStorage so a refresh or a Back press loses
// nothing, and gone when the tab closes (a shared computer keeps no one's details).
import type { ContactPreference, OnlineReportReceipt } from '@kerbside/shared';

export interface DraftLocation {
  lat: number;
  lng: number;
  address?: string;
  label: string;
}

export interface ReportDraft {
  categoryId?: string;
  location?: DraftLocation;
  answers: Record<string, string>;
  description: string;
  photo?: { id: string; name: string };
  anonymous: boolean;
  name: string;
  email: string;
  phone: string;
  postalAddress: string;
  contactPreference?: ContactPreference;
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
  formToken?: string;
}

export const emptyDraft: ReportDraft = {
  answers: {},
  description: '',
  anonymous: false,
  name: '',
  email: '',
  phone: '',
  postalAddress: '',
  website: '',
};

const draftKey = 'kerbside.report.draft.v1';
const receiptKey = 'kerbside.report.sent.v1';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read<T>(store: Store, key: string): T | null {
  try {
    const text = store.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null; // storage blocked or the value damaged: start afresh rather than fail
  }
}

function write(store: Store, key: string, value: unknown) {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // Private mode or full storage: the form still works, it just won't survive a refresh.
  }
}

export function loadDraft(store: Store): ReportDraft {
  const saved = read<Partial<ReportDraft>>(store, draftKey);
  return { ...emptyDraft, ...(saved ?? {}), answers: { ...(saved?.answers ?? {}) } };
}

export const saveDraft = (store: Store, draft: ReportDraft) => write(store, draftKey, draft);

/** Sending swaps the draft for the receipt, so the confirmation survives a refresh but the details don't linger. */
export function completeDraft(store: Store, receipt: OnlineReportReceipt) {
  write(store, receiptKey, receipt);
  store.removeItem(draftKey);
}

export const loadReceipt = (store: Store) => read<OnlineReportReceipt>(store, receiptKey);
