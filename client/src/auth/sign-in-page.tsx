import { Navigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../trpc/use-current-user';
import { ErrorSummary } from '../ui/error-summary';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { safeNext } from './next-path';
import { SignInForm } from './sign-in-form';
import { useSignIn } from './use-sign-in';

export function SignInPage() {
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const { submit, errors, pending } = useSignIn();

  // Signed in, whether just now or already: go on. `/` sends each role to its home.
  if (me.data) return <Navigate replace to={safeNext(params.get('next')) ?? '/'} />;
  if (me.isPending) return <Loading />;

  return (
    <>
      <PageTitle>{errors.length > 0 ? 'Error: Sign in' : 'Sign in'}</PageTitle>
      <ErrorSummary errors={errors} />
      <h1>Sign in</h1>
      <p>Use the e-mail address and password your council gave you.</p>
      <SignInForm errors={errors} pending={pending} onSubmit={submit} />
    </>
  );
}
