import { useStartJob } from './use-start-job';

export function StartJob({ job }: { job: { id: string; address: string } }) {
  const { start, busy, error } = useStartJob(job);
  return (
    <div className="field">
      <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void start()}>
        Start job
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
