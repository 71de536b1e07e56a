import { describe, expect, it } from 'vitest';
import { fitWithin } from './downscale';

describe('photo downscale size', () => {
  it('brings the long edge to 1600 px and keeps the shape', () => {
    expect(fitWithin({ width: 4032, height: 3024 })).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin({ width: 8000, height: 1000 })).toEqual({ width: 1600, height: 200 });
  });

  it('never enlarges a small photo', () => {
    expect(fitWithin({ width: 1200, height: 900 })).toEqual({ width: 1200, height: 900 });
    expect(fitWithin({ width: 1600, height: 1600 })).toEqual({ width: 1600, height: 1600 });
  });

  it('keeps at least one pixel on a very thin photo', () => {
    expect(fitWithin({ width: 100_000, height: 10 })).toEqual({ width: 1600, height: 1 });
  });

  it('refuses an image with no size', () => {
    expect(() => fitWithin({ width: 0, height: 100 })).toThrow(RangeError);
  });

  it('honours another long edge', () => {
    expect(fitWithin({ width: 1000, height: 500 }, 400)).toEqual({ width: 400, height: 200 });
  });
});
