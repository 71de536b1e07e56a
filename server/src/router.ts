import { authRouter } from './auth/auth.router.js';
import { casesRouter } from './cases/cases.router.js';
import { categoriesRouter } from './categories/categories.router.js';
import { dispatchRouter } from './dispatch/dispatch.router.js';
import { intakeRouter } from './intake/intake.router.js';
import { jobsRouter } from './jobs/jobs.router.js';
import { noticesRouter } from './notices/notices.router.js';
import { syncRouter } from './sync/sync.router.js';
import { trackingRouter } from './tracking/tracking.router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  categories: categoriesRouter,
  dispatch: dispatchRouter,
  intake: intakeRouter,
  jobs: jobsRouter,
  notices: noticesRouter,
  sync: syncRouter,
  tracking: trackingRouter,
});

export type AppRouter = typeof appRouter;
