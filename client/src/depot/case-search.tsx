import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../trpc/trpc';
import { caseStatusLabels } from './case-panel';

/** Finds any case, open or finished, by reference or address: the map is never the only way in. */
export function CaseSearch({ onOpen }: { onOpen: (id: string) => void }) {
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const results = useQuery(trpc.dispatch.search.queryOptions({ q }, { enabled: q.length >= 2 }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setError(text.length < 2 ? 'Enter at least 2 characters of a reference or address' : null);
    setQ(text.length < 2 ? '' : text);
  };

  return (
    <div className="case-search">
      <form role="search" className="case-search__form" noValidate onSubmit={submit}>
        <div className={error ? 'field field--error case-search__field' : 'field case-search__field'}>
          <label className="field__label" htmlFor="case-search">
            Find a case by reference or address
          </label>
          {error && (
            <p className="field__error" id="case-search-error">
              <span className="visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <input id="case-search" name="q" type="search" className="field__input" aria-describedby={error ? 'case-search-error' : undefined} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit" className="button">
          Find
        </button>
      </form>
      <div aria-live="polite">
        {q && results.data && (
          <>
            <p className="case-search__count">
              {results.data.length === 0 ? `No case matches “${q}”.` : `${results.data.length} ${results.data.length === 1 ? 'case matches' : 'cases match'} “${q}”.`}
            </p>
            <ul className="case-search__results">
              {results.data.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(c.id)}>
                    {c.reference}
                  </button>{' '}
                  {c.categoryName}, {c.address} — {caseStatusLabels[c.status]}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
