import { Navigate } from 'react-router';
import { SignedIn } from '../auth/signed-in';
import { homeOf } from './role-homes';

/** `/`: each role to its home, or to sign in. */
export function HomeRedirect() {
  return <SignedIn>{(user) => <Navigate replace to={homeOf[user.role]} />}</SignedIn>;
}
