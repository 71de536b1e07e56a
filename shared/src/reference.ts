// Human case references: KS-<year>-<six digits>, e.g. KS-2026-000123.

const pattern = /^KS-(\d{4})-(\d{6})$/;

export function formatCaseReference(year: number, serial: number): string {
  return `KS-${year}-${String(serial).padStart(6, '0')}`;
}

export function parseCaseReference(text: string): { year: number; serial: number } | null {
  const match = pattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  return { year: Number(match[1]), serial: Number(match[2]) };
}

export const caseReferencePattern = pattern;
