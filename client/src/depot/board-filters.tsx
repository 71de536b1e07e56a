import type { ConsoleCategory } from '@kerbside/shared';
import { slaStateLabels } from './cluster-style';
import { noFilters, type BoardFilters as Filters } from './console-cases';

interface BoardFiltersProps {
  filters: Filters;
  categories: readonly ConsoleCategory[];
  areas: readonly string[];
  onChange: (filters: Filters) => void;
}

function Filter({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <div className="filters__field">
      <label className="filters__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters apply as they change: the list is in the browser, so there is nothing to submit. */
export function BoardFilters({ filters, categories, areas, onChange }: BoardFiltersProps) {
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  const shownCategories = categories.filter((c) => !filters.service || c.service === filters.service);
  return (
    <fieldset className="filters">
      <legend className="filters__legend">Filter cases</legend>
      <Filter
        id="filter-service"
        label="Service"
        value={filters.service}
        onChange={(service) => onChange({ ...filters, service: service as Filters['service'], category: '' })}
        options={[
          ['highways', 'Highways'],
          ['waste', 'Waste'],
        ]}
      />
      <Filter id="filter-category" label="Problem" value={filters.category} onChange={set('category')} options={shownCategories.map((c) => [c.code, c.name])} />
      <Filter
        id="filter-status"
        label="Status"
        value={filters.status}
        onChange={set('status')}
        options={[
          ['open', 'Waiting for a job'],
          ['in_progress', 'With a crew'],
        ]}
      />
      <Filter id="filter-area" label="Area" value={filters.area} onChange={set('area')} options={areas.map((a) => [a, a])} />
      <Filter id="filter-sla" label="SLA" value={filters.sla} onChange={set('sla')} options={Object.entries(slaStateLabels)} />
      <button type="button" className="button button--secondary filters__clear" onClick={() => onChange(noFilters)}>
        Clear filters
      </button>
    </fieldset>
  );
}
