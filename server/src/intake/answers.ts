import type { Category, ReportLocation } from '@kerbside/shared';
import { FieldError } from './field-error.js';
import { insideServiceArea, nearestStreetLabel } from './gazetteer.js';

/** The category's own questions: required ones answered, choices from the list, nothing else kept. */
export function checkAnswers(category: Category, answers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of category.questions) {
    const answer = (answers[question.id] ?? '').trim();
    const field = `answers.${question.id}`;
    if (!answer) {
      if (question.required) throw new FieldError(field, `Answer "${question.label}"`);
      continue;
    }
    const choices = question.kind === 'yes_no' ? ['yes', 'no'] : question.kind === 'choice' ? (question.choices ?? []) : null;
    if (choices && !choices.includes(answer)) throw new FieldError(field, `Choose an answer to "${question.label}" from the list`);
    kept[question.id] = answer;
  }
  return kept;
}

/** A place inside the council's area, with an address (the nearest street, for a bare map pin). */
export function checkLocation(location: ReportLocation): { lat: number; lng: number; address: string } {
  if (!insideServiceArea(location.lat, location.lng)) {
    throw new FieldError('location', 'That place is outside the area this council looks after. Choose a place in the borough.');
  }
  return { lat: location.lat, lng: location.lng, address: location.address || nearestStreetLabel(location.lat, location.lng) };
}
