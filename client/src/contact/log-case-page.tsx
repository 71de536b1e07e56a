import type { Category, CitizenMatch } from '@kerbside/shared';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary } from '../ui/error-summary';
import { LoadError } from '../ui/load-error';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { CallerFields } from './caller-fields';
import { CaseFields } from './case-fields';
import { CaseLogged } from './case-logged';
import { DuplicateList } from './duplicate-list';
import { initialValues } from './log-case-values';
import { useLogCase } from './use-log-case';
import './contact.css';

export function LogCasePage() {
  const trpc = useTRPC();
  const location = useLocation();
  const citizenId = useSearchParams()[0].get('citizen');
  const categories = useQuery(trpc.categories.list.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  const known = useQuery(trpc.intake.citizen.queryOptions({ citizenId: citizenId ?? '' }, { enabled: Boolean(citizenId) }));
  const failed = categories.isError || known.isError;
  if (failed) return <LoadError onRetry={() => void Promise.all([categories.refetch(), citizenId && known.refetch()])} />;
  if (!categories.data || (citizenId && !known.data)) return <Loading />;
  // Keyed by the navigation, so "Log another case" starts a blank form even on the same URL.
  return <LogCaseForm key={location.key} categories={categories.data} known={known.data ?? null} />;
}

function LogCaseForm({ categories, known }: { categories: Category[]; known: CitizenMatch | null }) {
  const byId = (id: string | undefined) => categories.find((c) => c.id === id);
  const form = useLogCase(initialValues(known ?? undefined), byId);
  const { values, errors } = form;
  const category = byId(values.categoryId);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  if (form.result) return <CaseLogged result={form.result} callerName={values.caller.kind === 'known' || values.caller.name ? values.caller.name : null} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <>
      <PageTitle>{errors.length > 0 ? 'Error: Log a case' : 'Log a case'}</PageTitle>
      <Link className="back-link" to="/contact">
        Contact centre
      </Link>
      <ErrorSummary errors={errors} />
      <h1>Log a case</h1>
      <form className="form log-case" noValidate onSubmit={submit}>
        <CallerFields values={values} change={form.change} errorFor={errorFor} category={category} />
        <CaseFields values={values} change={form.change} errorFor={errorFor} categories={categories} category={category} />
        {category && values.location && <DuplicateList category={category} location={values.location} onAttach={form.attachTo} pending={form.pending} error={errorFor('duplicates')} />}
        <button type="submit" className="button" aria-disabled={form.pending || undefined}>
          Log case
        </button>
      </form>
    </>
  );
}
