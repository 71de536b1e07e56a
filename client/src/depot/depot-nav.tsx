import { NavLink } from 'react-router';

/** The console's views. NavLink marks the current one with aria-current="page". */
export function DepotNav({ exceptions }: { exceptions?: number | undefined }) {
  const link = ({ isActive }: { isActive: boolean }) => (isActive ? 'depot-nav__link depot-nav__link--current' : 'depot-nav__link');
  return (
    <nav className="depot-nav" aria-label="Dispatch views">
      <ul className="depot-nav__list">
        <li>
          <NavLink to="/depot" end className={link}>
            Cases
          </NavLink>
        </li>
        <li>
          <NavLink to="/depot/crews" className={link}>
            Crew progress
          </NavLink>
        </li>
        <li>
          <NavLink to="/depot/exceptions" className={link}>
            Conflicts and exceptions
            {exceptions ? <span className="depot-nav__badge"> ({exceptions} to review)</span> : null}
          </NavLink>
        </li>
        <li>
          <NavLink to="/depot/bank-holidays" className={link}>
            Bank holidays
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
