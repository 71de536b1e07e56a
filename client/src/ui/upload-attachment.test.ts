import { describe, expect, it } from 'vitest';
import { checkFile } from './upload-attachment';

describe('checking a file before upload', () => {
  it('accepts photos, and PDFs only where a scanned letter may come in', () => {
    expect(checkFile({ size: 1000, type: 'image/jpeg' }, false)).toBeNull();
    expect(checkFile({ size: 1000, type: 'image/heic' }, false)).toBeNull();
    expect(checkFile({ size: 1000, type: 'application/pdf' }, true)).toBeNull();
    expect(checkFile({ size: 1000, type: 'application/pdf' }, false)).toMatch(/JPEG, PNG, WebP or HEIC photo$/);
  });

  it('refuses empty, oversized and clearly wrong files with GOV.UK wording', () => {
    expect(checkFile({ size: 0, type: 'image/png' }, false)).toBe('The selected file is empty');
    expect(checkFile({ size: 16 * 1024 * 1024, type: 'image/png' }, false)).toBe('The selected file must be smaller than 15 MB');
    expect(checkFile({ size: 10, type: 'text/html' }, true)).toMatch(/or a PDF$/);
  });

  it('leaves a file with no declared type to the server', () => {
    expect(checkFile({ size: 10, type: '' }, false)).toBeNull();
  });
});
