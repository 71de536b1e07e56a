import { citizenSearchInput } from '@kerbside/shared';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../trpc/trpc';
import { TextField } from '../ui/text-field';
import { CitizenCard } from './citizen-card';

/** One box for whatever the caller gives first: name, phone, e-mail or address. The search lives in the URL, so Back keeps it. */
export function CitizenSearch() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [error, setError] = useState<string | undefined>();
  const results = useQuery(trpc.intake.searchCitizens.queryOptions({ q }, { enabled: q.length >= 2 }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = citizenSearchInput.safeParse({ q: text });
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) setParams({ q: parsed.data.q });
  };

  return (
    <>
      <form className="form citizen-search" role="search" noValidate onSubmit={submit}>
        <TextField
          id="citizen-search"
          label="Find a citizen"
          value={text}
          onChange={(e) => setText(e.target.value)}
          hint="Name, phone number, e-mail address or address"
          error={error}
          autoComplete="off"
        />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {q && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">Results</h2>
          <p role="status">
            {results.isFetching
              ? 'Searching…'
              : results.isError
                ? 'The search failed. Try again.'
                : results.data
                  ? `${results.data.length === 1 ? '1 citizen' : `${results.data.length} citizens`} found for “${q}”`
                  : ''}
          </p>
          {results.data?.map((citizen) => <CitizenCard key={citizen.id} citizen={citizen} />)}
        </section>
      )}
    </>
  );
}
