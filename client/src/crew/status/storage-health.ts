// When to warn that the phone is running out of room: photos wait here until they are sent, so a
// full phone is how work gets lost.
export const lowFreeBytes = 200 * 1024 * 1024;
export const lowFreeShare = 0.1;

export function storageIsLow({ usage, quota }: { usage?: number | undefined; quota?: number | undefined }): boolean {
  if (!quota) return false; // the browser would not say: nothing to warn about
  const free = Math.max(0, quota - (usage ?? 0));
  return free < lowFreeBytes || free / quota < lowFreeShare;
}
