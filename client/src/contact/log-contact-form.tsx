import type { AgentChannel } from '@kerbside/shared';
import { logContactInput } from '@kerbside/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../trpc/trpc';
import type { FormError } from '../ui/error-summary';
import { RadioGroup } from '../ui/radio-group';
import { formErrorsFromServer } from '../ui/server-errors';
import { TextareaField } from '../ui/textarea-field';
import { agentChannelOptions } from './labels';

interface LogContactFormProps {
  caseId: string;
  reference: string;
  citizenId: string;
  onDone: () => void;
}

/** A further contact on a case: a chase-up call, a letter. It goes on the case's timeline. */
export function LogContactForm({ caseId, reference, citizenId, onDone }: LogContactFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<AgentChannel | undefined>('phone');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const save = useMutation(
    trpc.intake.logContact.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.intake.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.cases.get.queryKey({ caseId }) });
        onDone();
      },
      onError: (error) => setErrors(formErrorsFromServer(error)),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = logContactInput.safeParse({ caseId, citizenId, channel, summary });
    if (!parsed.success) return setErrors(parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })));
    setErrors([]);
    if (!save.isPending) save.mutate(parsed.data);
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const id = (name: string) => `${name}-${caseId}`;
  return (
    <form className="form contact-form" noValidate onSubmit={submit} aria-label={`Log a contact on ${reference}`}>
      {errors.some((e) => !e.field || !['channel', 'summary'].includes(e.field)) && (
        <p className="field__error" role="alert">
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <RadioGroup id={id('channel')} name={id('channel')} legend="How did they get in touch?" options={agentChannelOptions} value={channel} onChange={(v) => setChannel(v as AgentChannel)} error={errorFor('channel')} />
      <TextareaField id={id('summary')} label="What was the contact about?" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} error={errorFor('summary')} />
      <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
        Save contact
      </button>
    </form>
  );
}
