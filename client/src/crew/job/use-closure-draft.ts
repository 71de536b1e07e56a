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
      const base = latest.current ?? emptyDraft(user.id, jobId);
      const next: ClosureDraft = { ...base, ...patch(base), updatedAt: new Date() };
      latest.current = next;
      setDraft(next);
      // The patch is applied again to what the phone holds, inside one transaction: a photo saved by
      // a screen that has since re-mounted, or before this copy loaded, is never written over.
      const write = writes.current.then(() =>
        db.transaction('rw', db.drafts, async () => {
          const stored = (await db.drafts.get(base.key)) ?? emptyDraft(user.id, jobId);
          const merged = { ...stored, ...patch(stored), updatedAt: new Date() };
          await db.drafts.put(merged);
          return merged;
        }),
      );
      writes.current = write.catch(() => undefined);
      return write.then(
        (merged) => {
          // Photos can arrive from elsewhere; what is typed here stays as typed.
          if (latest.current && latest.current.photoIds.join() !== merged.photoIds.join()) {
            latest.current = { ...latest.current, photoIds: merged.photoIds };
            setDraft(latest.current);
          }
          setSaveFailed(false);
        },
        () => setSaveFailed(true),
      );
    },
    [db, user.id, jobId],
  );

  /** Resolves once every change so far is on the phone. */
  const saved = useCallback(() => writes.current.then(() => undefined), []);

  return { draft, change, saved, saveFailed };
}
