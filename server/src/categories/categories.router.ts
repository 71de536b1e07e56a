import { publicProcedure, router } from '../trpc.js';
import { listCategories } from './queries.js';

export const categoriesRouter = router({
  /** Public: the citizen report form needs the list too. */
  list: publicProcedure.query(({ ctx }) => listCategories(ctx.db)),
});
