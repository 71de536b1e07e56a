import type { NotCompletedReason } from '@kerbside/shared';

/** The shared reasons in the crew's words, in the order the list shows them. */
export const notCompletedReasonLabels: Record<NotCompletedReason, string> = {
  no_access: 'Could not get access',
  not_found: 'Could not find the problem',
  needs_specialist: 'Needs a specialist or other equipment',
  unsafe: 'Unsafe to work',
  already_fixed: 'Already fixed',
  other: 'Another reason (say why in the notes)',
};
