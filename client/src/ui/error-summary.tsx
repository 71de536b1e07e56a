import { useEffect, useRef, type MouseEvent } from 'react';

export interface FormError {
  /** The id of the input the message is about; absent for a message about the whole form. */
  field?: string | undefined;
  message: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  // A hash link would change the URL and leave focus on the link; go straight to the input.
  event.preventDefault();
  document.getElementById(field)?.focus();
}

/** GOV.UK error summary: announced, and focused each time a new set of errors arrives. */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map(({ field, message }) => (
          <li key={`${field ?? ''}:${message}`}>
            {field ? (
              <a href={`#${field}`} onClick={(event) => focusField(event, field)}>
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
