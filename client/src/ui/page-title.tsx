import { productName } from './council';

/** Each page names itself; React 19 hoists <title> into <head>, ahead of index.html's default. */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} — ${productName}`}</title>;
}
