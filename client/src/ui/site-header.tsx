import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { councilName, productName } from './council';

interface SiteHeaderProps {
  /** Absent while nobody is signed in. */
  user?: { name: string; roleLabel: string } | undefined;
  /** Controls for the signed-in user, e.g. sign out. */
  actions?: ReactNode;
}

export function SiteHeader({ user, actions }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__name" to="/">
          {productName} — {councilName}
        </Link>
        {user && (
          <div className="site-header__user">
            <p className="site-header__who">
              <span className="site-header__person">{user.name}</span>{' '}
              <span className="site-header__role">{user.roleLabel}</span>
            </p>
            {actions}
          </div>
        )}
      </div>
    </header>
  );
}
