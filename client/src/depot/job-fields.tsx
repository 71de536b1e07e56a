// Fields every job form shares: which crew, how urgent.
import { priorities, type ConsoleCrew, type Priority, type Service } from '@kerbside/shared';
import { SelectField } from './fields';

export const priorityLabels: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

interface CrewSelectProps {
  id: string;
  crews: readonly ConsoleCrew[];
  /** Crews of this service are listed first. */
  service?: Service | undefined;
  error?: string | undefined;
  defaultValue?: string;
}

export function CrewSelect({ id, crews, service, error, defaultValue = '' }: CrewSelectProps) {
  const own = crews.filter((c) => !service || c.service === service);
  const others = crews.filter((c) => service && c.service !== service);
  return (
    <SelectField id={id} name="crewId" label="Crew" error={error} defaultValue={defaultValue} required>
      <option value="">Choose a crew</option>
      {own.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      {others.length > 0 && (
        <optgroup label="Other services">
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}

export function PrioritySelect({ id, defaultValue, error, allowDefault }: { id: string; defaultValue: string; error?: string | undefined; allowDefault?: boolean }) {
  return (
    <SelectField id={id} name="priority" label="Priority" error={error} defaultValue={defaultValue}>
      {allowDefault && <option value="">Each case’s usual priority</option>}
      {priorities.map((p) => (
        <option key={p} value={p}>
          {priorityLabels[p]}
        </option>
      ))}
    </SelectField>
  );
}

/** The form's value for `name`, trimmed. */
export const formValue = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();
