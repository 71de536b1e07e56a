import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type * as ReportPages from './report-pages';
import { reportBase } from './report-base';

type Pages = typeof ReportPages;
// Loaded when a citizen opens the form, not by staff or crews.
const page = (name: keyof Pages) => async () => ({ Component: (await import('./report-pages'))[name] as ComponentType });

/** The public report form, one question per page (GOV.UK pattern); no sign-in. */
export const reportRoutes: RouteObject[] = [
  {
    path: reportBase,
    lazy: page('ReportLayout'),
    children: [
      { index: true, lazy: page('ReportStartPage') },
      { path: 'category', lazy: page('CategoryStep') },
      { path: 'location', lazy: page('LocationStep') },
      { path: 'questions', lazy: page('QuestionsStep') },
      { path: 'description', lazy: page('DescriptionStep') },
      { path: 'contact', lazy: page('ContactStep') },
      { path: 'check', lazy: page('CheckAnswersPage') },
      { path: 'sent', lazy: page('ReportSentPage') },
    ],
  },
];
