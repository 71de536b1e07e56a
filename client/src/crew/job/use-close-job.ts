import { useState } from 'react';
import { deviceId, InvalidChangeError, recordChange } from '../../sync';
import type { FormError } from '../../ui/error-summary';
import { useCrew } from '../shell/crew-context';
import { closureArgs, closureProblems, type ClosureFields } from './closure';
import { currentPosition } from './position';

/**
 * "Close job": check the form, take a GPS fix if one comes quickly, and record the closure and
 * drop the draft in one transaction, so the closure is either safely waiting or not made at all.
 */
export function useCloseJob(
  job: { id: string; address: string },
  fields: ClosureFields | null,
  draftSaved: () => Promise<void>,
  onClosed: () => void,
) {
  const { db, user } = useCrew();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [closing, setClosing] = useState(false);

  const close = async () => {
    if (!fields || closing) return;
    const problems = closureProblems(fields);
    setErrors(problems);
    if (problems.length > 0) return;
    setClosing(true);
    try {
      const fix = await currentPosition();
      // A draft write still queued would bring the draft back after the closure deletes it.
      await draftSaved();
      await recordChange(
        db,
        {
          user,
          deviceId: await deviceId(db),
          kind: 'job.complete',
          args: closureArgs(job.id, fields, fix, new Date()),
          summary: `Close job at ${job.address}`,
        },
        () => db.drafts.delete(`${user.id}:${job.id}`),
      );
      onClosed();
    } catch (error) {
      const message =
        error instanceof InvalidChangeError
          ? error.message
          : 'The closure could not be saved on this phone. Try again; if it keeps failing, the phone may be out of space.';
      setErrors([{ message }]);
    } finally {
      setClosing(false);
    }
  };

  return { close, errors, closing };
}
