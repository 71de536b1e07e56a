import { authRouter } from './auth/auth.router.js';
import { casesRouter } from './cases/cases.router.js';
import { categoriesRouter } from './categories/categories.router.js';
import { jobsRouter } from './jobs/jobs.router.js';
import { syncRouter } from './sync/sync.router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  categories: categoriesRouter,
  jobs: jobsRouter,
  sync: syncRouter,
});

export type AppRouter = typeof appRouter;
