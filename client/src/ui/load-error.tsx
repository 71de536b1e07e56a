import { PageTitle } from './page-title';

/** Shown when the server can't be reached at all, as distinct from a refusal. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <PageTitle>Cannot reach Kerbside</PageTitle>
      <h1>Kerbside cannot be reached</h1>
      <p>Check your connection, then try again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </>
  );
}
