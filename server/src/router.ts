import { authRouter } from './auth/auth.router.js';
import { casesRouter } from './cases/cases.router.js';
import { categoriesRouter } from './categories/categories.router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  categories: categoriesRouter,
});

export type AppRouter = typeof appRouter;
