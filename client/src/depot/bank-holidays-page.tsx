import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary, type FormError } from '../ui/error-summary';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { DepotNav } from './depot-nav';
import { InputField } from './fields';
import { formValue } from './job-fields';
import { errorsFromServer } from './server-errors';
import { useExceptionCount, useRefreshDispatch } from './use-console';
import './depot.css';

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const showDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));
const ids = { date: 'holiday-date', name: 'holiday-name' };
const moved = (n: number) => (n === 0 ? 'No open case changed its due time.' : `${n} open ${n === 1 ? 'case has' : 'cases have'} a new due time.`);

/** The days the SLA clock does not count. A change re-times every open case it affects. */
export function BankHolidaysPage() {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const list = useQuery(trpc.dispatch.bankHolidays.list.queryOptions());
  const add = useMutation(trpc.dispatch.bankHolidays.add.mutationOptions());
  const remove = useMutation(trpc.dispatch.bankHolidays.remove.mutationOptions());
  const [errors, setErrors] = useState<FormError[]>([]);
  const [message, setMessage] = useState('');
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const thisYear = new Date().getUTCFullYear();
  const upcoming = list.data?.filter((h) => Number(h.date.slice(0, 4)) >= thisYear - 1) ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const holiday = { date: formValue(form, 'date'), name: formValue(form, 'name') };
    const found: FormError[] = [];
    if (!holiday.date) found.push({ field: ids.date, message: 'Enter the date of the holiday' });
    if (!holiday.name) found.push({ field: ids.name, message: 'Name the holiday' });
    setErrors(found);
    if (found.length > 0) return;
    add.mutate(holiday, {
      onSuccess: async ({ casesMoved }) => {
        form.reset();
        await refresh();
        setMessage(`${holiday.name} added. ${moved(casesMoved)}`);
      },
      onError: (error) => setErrors(errorsFromServer(error, ids)),
    });
  };

  const removeHoliday = (date: string, name: string) =>
    remove.mutate(
      { date },
      {
        onSuccess: async ({ casesMoved }) => {
          await refresh();
          setMessage(`${name} removed. ${moved(casesMoved)}`);
        },
        onError: (error) => setMessage(errorsFromServer(error)[0]?.message ?? 'That did not work'),
      },
    );

  return (
    <div className="dispatch-console">
      <PageTitle>Bank holidays</PageTitle>
      <h1>Bank holidays</h1>
      <DepotNav exceptions={useExceptionCount()} />
      <p>SLA due times counted in working hours or days skip these days. Adding or removing one re-times every open case it affects.</p>
      <p role="status" className="console-message">
        {message}
      </p>
      <h2>Add a bank holiday</h2>
      <ErrorSummary errors={errors} />
      <form className="form holiday-form" noValidate onSubmit={submit}>
        <InputField id={ids.date} name="date" type="date" label="Date" error={errorFor(ids.date)} />
        <InputField id={ids.name} name="name" label="Name" hint="For example, Coronation bank holiday" maxLength={100} error={errorFor(ids.name)} />
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          Add bank holiday
        </button>
      </form>
      <h2>Bank holidays from {thisYear - 1}</h2>
      {!list.data ? (
        <Loading>Loading bank holidays…</Loading>
      ) : (
        <table className="board__table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Name</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {upcoming.map((h) => (
              <tr key={h.date}>
                <td>
                  <time dateTime={h.date}>{showDate(h.date)}</time>
                </td>
                <th scope="row">{h.name}</th>
                <td>
                  <button type="button" className="link-button" onClick={() => removeHoliday(h.date, h.name)}>
                    Remove<span className="visually-hidden"> {`${h.name}, ${showDate(h.date)}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
