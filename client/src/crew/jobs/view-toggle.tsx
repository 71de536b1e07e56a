import { NavLink } from 'react-router';
import { crewPaths } from '../crew-paths';
import './jobs.css';

/** List or map of the same jobs; the current one is marked for screen readers by NavLink. */
export function ViewToggle() {
  return (
    <nav className="view-toggle" aria-label="How to show your jobs">
      <NavLink end className="view-toggle__link" to={crewPaths.home}>
        List
      </NavLink>
      <NavLink end className="view-toggle__link" to={crewPaths.map}>
        Map
      </NavLink>
    </nav>
  );
}
