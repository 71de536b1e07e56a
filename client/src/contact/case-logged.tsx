import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';
import { formatWhen } from './labels';
import type { LogCaseResult } from './use-log-case';

/** What to tell the caller: their reference, and when it is due. */
export function CaseLogged({ result, callerName }: { result: LogCaseResult; callerName: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title = result.attached ? `Report attached to ${result.reference}` : 'Case logged';
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <div className="panel-confirm">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p>
          Reference <strong className="panel-confirm__reference">{result.reference}</strong>
        </p>
        <p>Due by {formatWhen(result.slaDueAt)}</p>
      </div>
      {result.attached && <p>{callerName ?? 'The caller'} is now a reporter on this case and will get its closure notice.</p>}
      <ul className="link-list">
        <li>
          <Link to="/contact">Find another citizen</Link>
        </li>
        <li>
          <Link to="/contact/new">Log another case</Link>
        </li>
      </ul>
    </>
  );
}
