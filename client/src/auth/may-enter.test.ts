import { describe, expect, it } from 'vitest';
import { mayEnter } from './may-enter';

describe('mayEnter', () => {
  it('lets a role into its own pages', () => {
    expect(mayEnter('crew', ['crew'])).toBe(true);
  });

  it('keeps a role out of other roles’ pages', () => {
    expect(mayEnter('crew', ['dispatcher'])).toBe(false);
    expect(mayEnter('agent', ['crew', 'dispatcher'])).toBe(false);
  });

  it('lets admin in everywhere', () => {
    expect(mayEnter('admin', ['crew'])).toBe(true);
    expect(mayEnter('admin', [])).toBe(true);
  });
});
