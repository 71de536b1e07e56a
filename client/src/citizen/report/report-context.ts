import type { Category } from '@kerbside/shared';
import { useOutletContext } from 'react-router';
import type { ReportDraft } from './report-draft';

export interface ReportContext {
  draft: ReportDraft;
  update: (change: Partial<ReportDraft>) => void;
  /** After sending: the next report starts blank. */
  reset: () => void;
  categories: Category[];
  /** The category chosen so far, if any. */
  category: Category | undefined;
  /** When this form was opened, signed by the server; sent with the report. */
  formToken: string | undefined;
  /** For an expired form: forget its token and ask the server for a new one. */
  renewFormToken: () => void;
}

export const useReport = () => useOutletContext<ReportContext>();
