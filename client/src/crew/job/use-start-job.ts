import { useState } from 'react';
import { deviceId, recordChange } from '../../sync';
import { useCrew } from '../shell/crew-context';

/** "Start job": recorded on the phone at once, sent when there is signal. */
export function useStartJob(job: { id: string; address: string }) {
  const { db, user } = useCrew();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await recordChange(db, {
        user,
        deviceId: await deviceId(db),
        kind: 'job.start',
        args: { jobId: job.id, deviceAt: new Date() },
        summary: `Start job at ${job.address}`,
      });
      // The button goes once the job has started: move focus on to the closure form.
      requestAnimationFrame(() => document.getElementById('closure-title')?.focus());
    } catch {
      setError('The start could not be saved on this phone. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return { start, busy, error };
}
