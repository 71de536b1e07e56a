import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Outlet } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import { LoadError } from '../../ui/load-error';
import { Loading } from '../../ui/loading';
import type { ReportContext } from './report-context';
import { emptyDraft, loadDraft, saveDraft, type ReportDraft } from './report-draft';
import './report.css';

/** Holds the report across its pages; every change is written to sessionStorage at once. */
export function ReportLayout() {
  const trpc = useTRPC();
  const categories = useQuery(trpc.categories.list.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  // Asked for once, when the form first opens: the server signs the time it was opened.
  const token = useQuery(trpc.intake.startReport.queryOptions(undefined, { staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false }));
  const [draft, setDraft] = useState<ReportDraft>(() => loadDraft(sessionStorage));
  const reset = useCallback(() => setDraft(emptyDraft), []);

  if (categories.isError) return <LoadError onRetry={() => void categories.refetch()} />;
  if (!categories.data) return <Loading />;

  const update = (change: Partial<ReportDraft>) => {
    setDraft((current) => {
      const next = { ...current, formToken: current.formToken ?? token.data?.formToken, ...change };
      saveDraft(sessionStorage, next);
      return next;
    });
  };
  const context: ReportContext = {
    draft,
    update,
    reset,
    categories: categories.data,
    category: categories.data.find((c) => c.id === draft.categoryId),
    formToken: draft.formToken ?? token.data?.formToken,
    renewFormToken: () => {
      update({ formToken: undefined });
      void token.refetch();
    },
  };
  return <Outlet context={context} />;
}
