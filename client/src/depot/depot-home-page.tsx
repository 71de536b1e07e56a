import { lazy, Suspense, useState } from 'react';
import { Loading } from '../ui/loading';
import { PageTitle } from '../ui/page-title';
import { AssignSelectedDialog } from './assign-selected-dialog';
import { BoardFilters } from './board-filters';
import { CaseBoard } from './case-board';
import { CasePanel } from './case-panel';
import { CaseSearch } from './case-search';
import { loadConsoleMap } from './console-prefetch';
import { CreateJobDialog } from './create-job-dialog';
import { DepotNav } from './depot-nav';
import { SelectionBar } from './selection-bar';
import { MapLegend, SlaSummary } from './sla-summary';
import { useBoardState } from './use-board-state';
import { useNow } from '../ui/use-now';
import { useConsoleCases } from './use-console';
import './depot.css';

// Its own chunk: the map's code downloads while the case list is on its way, and the board
// never waits for Leaflet.
const ConsoleMap = lazy(loadConsoleMap);

/** The dispatch console: every open case on a board and a map, and the jobs made from them. */
export function DepotHomePage() {
  const data = useConsoleCases();
  const now = useNow();
  const board = useBoardState(data.cases, now);
  const [dialog, setDialog] = useState<'create' | 'assign' | null>(null);
  const [message, setMessage] = useState('');

  const done = (text: string) => {
    setDialog(null);
    board.clearTicked();
    setMessage(text);
  };

  return (
    <div className="dispatch-console">
      <PageTitle>Dispatch</PageTitle>
      <h1>Dispatch</h1>
      <DepotNav exceptions={data.exceptions} />
      <p className="console-message" role="status">
        {message}
      </p>
      {data.isError && (
        <p className="console-message console-message--error" role="alert">
          The open cases could not be loaded.{' '}
          <button type="button" className="link-button" onClick={() => void data.refetch()}>
            Try again
          </button>
        </p>
      )}
      <SlaSummary counts={board.counts} total={data.cases.length} onShow={(sla) => board.setFilters({ ...board.filters, sla })} />
      <CaseSearch onOpen={board.setActiveId} />
      <div className="console-grid">
        <section className="console-grid__board" aria-labelledby="board-title">
          <h2 id="board-title">Open cases</h2>
          <BoardFilters filters={board.filters} categories={data.categories} areas={board.areas} onChange={board.setFilters} />
          <SelectionBar selected={board.selected} onCreateJob={() => setDialog('create')} onAssign={() => setDialog('assign')} onClear={board.clearTicked} />
          {data.isPending ? (
            <Loading>Loading open cases…</Loading>
          ) : (
            <CaseBoard
              key={JSON.stringify(board.filters)}
              cases={board.filtered}
              now={now}
              selected={board.ticked}
              activeId={board.activeId}
              onToggle={board.toggle}
              onToggleShown={board.toggleMany}
              onOpen={board.setActiveId}
            />
          )}
        </section>
        <div className="console-grid__side">
          <section className="console-map-section" aria-labelledby="map-title">
            <h2 id="map-title">Map</h2>
            <p className="console-map-section__hint">The same cases as the list. Choose a group to zoom in, or a case to open it.</p>
            <MapLegend />
            <Suspense fallback={<Loading>Loading the map…</Loading>}>
              <ConsoleMap data={data.raw} cases={data.cases} filters={board.filters} now={now} activeId={board.activeId} onSelect={board.setActiveId} />
            </Suspense>
          </section>
          {board.activeId && (
            <CasePanel
              key={board.activeId}
              caseId={board.activeId}
              openCase={board.byId.get(board.activeId)}
              crews={data.crews}
              onClose={() => board.setActiveId(null)}
              onDone={setMessage}
            />
          )}
        </div>
      </div>
      {dialog === 'create' && <CreateJobDialog cases={board.selected} crews={data.crews} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'assign' && <AssignSelectedDialog cases={board.selected} crews={data.crews} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}
