// The report form's pages, gathered so the router loads the whole form as one chunk.
export { CategoryStep } from './category-step';
export { CheckAnswersPage } from './check-answers-page';
export { ContactStep } from './contact-step';
export { DescriptionStep } from './description-step';
export { LocationStep } from './location-step';
export { QuestionsStep } from './questions-step';
export { ReportLayout } from './report-layout';
export { ReportSentPage } from './report-sent-page';
export { ReportStartPage } from './report-start-page';
