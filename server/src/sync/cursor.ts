// A pull cursor names the crew and the last sequence value the device has seen: `v1.<crewId>.<seq>`.

export function encodeCursor(crewId: string, seq: number): string {
  return `v1.${crewId}.${seq}`;
}

/** The sequence to pull after, or null when the cursor is unknown, foreign or from the future. */
export function decodeCursor(cursor: string | null, crewId: string, currentSeq: number): number | null {
  if (!cursor) return null;
  const [version, crew, seqText] = cursor.split('.');
  const seq = Number(seqText);
  if (version !== 'v1' || crew !== crewId || !Number.isSafeInteger(seq) || seq < 0 || seq > currentSeq) return null;
  return seq;
}
