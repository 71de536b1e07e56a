// Generators of malformed and hostile input for property-based tests (fast-check).
import fc from 'fast-check';

const fieldNames = [
  'id', 'caseId', 'jobId', 'crewId', 'citizenId', 'categoryId', 'completionId', 'noticeId', 'photoIds', 'caseIds',
  'text', 'notes', 'description', 'reason', 'instructions', 'email', 'password', 'phone', 'name', 'reference',
  'token', 't', 'contact', 'cursor', 'deviceId', 'mutations', 'kind', 'args', 'seq', 'createdAt', 'lat', 'lng',
  'address', 'channel', 'status', 'service', 'priority', 'dueAt', 'outcome', 'limit', 'q', 'query', 'date', 'citizen',
];

/** Strings that have broken real systems: markup, SQL, control characters, odd unicode, huge. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE cases; --", "' OR '1'='1",
    '\u0000', '\uD800', '\uFFFF', '\u202Etxt.exe', '𝕂𝕖𝕣𝕓𝕤𝕚𝕕𝕖', '👩‍👩‍👧‍👦'.repeat(50), 'KS-2026-000001', '../../etc/passwd',
    '00000000-0000-0000-0000-000000000000', '${jndi:ldap://x}', '{{7*7}}', '%s%s%n', 'NaN', '', ' ', '\n\t\r',
  ),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.nat({ max: 300_000 }).map((n) => 'x'.repeat(n)),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, -1, 1e308),
  fc.double(),
  fc.integer(),
);

const hostileLeaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: false }));

/** Values shaped like the app's inputs (its field names) with hostile contents, nested and huge. */
export const hostileInput: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileLeaf,
    fc.dictionary(fc.constantFrom(...fieldNames), tie('value'), { maxKeys: 6 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.nat({ max: 20_000 }).map((n) => Array.from({ length: n }, () => 'a')),
  ),
})).value;

/** Anything at all, plus the hostile set. */
export const anyInput = fc.oneof(hostileInput, fc.anything());
