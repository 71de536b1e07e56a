// A small seeded PRNG (mulberry32): the same seed replays the same faults and the same script.
import { mulberry32 } from '@kerbside/shared';

export interface Prng {
  next(): number;
  int(below: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function prng(seed: number): Prng {
  const next = mulberry32(seed);
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, chance: (p) => next() < p, pick: (items) => items[int(items.length)]! };
}
