import { useState } from 'react';
import { oneJobProblem, type ConsoleCase } from './console-cases';

interface SelectionBarProps {
  selected: readonly ConsoleCase[];
  onCreateJob: () => void;
  onAssign: () => void;
  onClear: () => void;
}

/** What to do with the ticked cases: one job for them all, or a job each. */
export function SelectionBar({ selected, onCreateJob, onAssign, onClear }: SelectionBarProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const count = selected.length;
  const none = count === 0;
  const explainNone = () => setProblem('Tick the cases first, on the board');

  return (
    <div className="selection-bar">
      <p className="selection-bar__count" aria-live="polite">
        {none ? 'No cases selected' : `${count} ${count === 1 ? 'case' : 'cases'} selected`}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          aria-disabled={none || undefined}
          onClick={() => {
            if (none) return explainNone();
            const why = oneJobProblem(selected);
            setProblem(why);
            if (!why) onCreateJob();
          }}
        >
          Create job
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={none || undefined}
          onClick={() => {
            if (none) return explainNone();
            const held = selected.find((c) => c.crewName);
            setProblem(held ? `${held.reference} already has a job with ${held.crewName}: untick it, or reassign that job from the case` : null);
            if (!held) onAssign();
          }}
        >
          Assign selected
        </button>
        {!none && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setProblem(null);
              onClear();
            }}
          >
            Clear selection
          </button>
        )}
      </div>
      {problem && (
        <p className="selection-bar__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
