import type { RouteObject } from 'react-router';
import { CategoryStep } from './category-step';
import { CheckAnswersPage } from './check-answers-page';
import { ContactStep } from './contact-step';
import { DescriptionStep } from './description-step';
import { LocationStep } from './location-step';
import { QuestionsStep } from './questions-step';
import { ReportLayout } from './report-layout';
import { ReportSentPage } from './report-sent-page';
import { ReportStartPage } from './report-start-page';
import { reportBase } from './report-steps';

/** The public report form, one question per page (GOV.UK pattern); no sign-in. */
export const reportRoutes: RouteObject[] = [
  {
    path: reportBase,
    element: <ReportLayout />,
    children: [
      { index: true, element: <ReportStartPage /> },
      { path: 'category', element: <CategoryStep /> },
      { path: 'location', element: <LocationStep /> },
      { path: 'questions', element: <QuestionsStep /> },
      { path: 'description', element: <DescriptionStep /> },
      { path: 'contact', element: <ContactStep /> },
      { path: 'check', element: <CheckAnswersPage /> },
      { path: 'sent', element: <ReportSentPage /> },
    ],
  },
];
