import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClosureDraft } from '../../sync';
import { useCrew } from '../shell/crew-context';

export type DraftPatch = (draft: ClosureDraft) => Partial<Omit<ClosureDraft, 'key' | 'userId' | 'jobId'>>;

const emptyDraft = (userId: string, jobId: string): ClosureDraft => ({
  key: `${userId}:${jobId}`,
  userId,
  jobId,
  outcome: null,
  reason: null,
  notes: '',
  photoIds: [],
  updatedAt: new Date(),
});

/**
 * The unfinished closure of one job, written to the phone on every change so that closing the
 * app half-way loses nothing and the form reopens as it was left. The form works from its own
 * copy (a controlled input must not wait for IndexedDB); writes go out in order behind it.
 */
export function useClosureDraft(jobId: string) {
  const { db, user } = useCrew();
  const [draft, setDraft] = useState<ClosureDraft | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const latest = useRef<ClosureDraft | null>(null);
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    void db.drafts.get(`${user.id}:${jobId}`).then((found) => {
      if (!current) return;
      latest.current = found ?? emptyDraft(user.id, jobId);
      setDraft(latest.current);
    });
    return () => {
      current = false;
    };
  }, [db, user.id, jobId]);

  const change = useCallback(
    (patch: DraftPatch): Promise<void> => {
      const base = latest.current;
      if (!base) return Promise.resolve();
      const next: ClosureDraft = { ...base, ...patch(base), updatedAt: new Date() };
      latest.current = next;
      setDraft(next);
      const write = writes.current.then(() => db.drafts.put(next));
      writes.current = write.catch(() => undefined);
      return write.then(
        () => setSaveFailed(false),
        () => setSaveFailed(true),
      );
    },
    [db],
  );

  /** Resolves once every change so far is on the phone. */
  const saved = useCallback(() => writes.current.then(() => undefined), []);

  return { draft, change, saved, saveFailed };
}
