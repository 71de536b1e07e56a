import type { SyncStatusView } from '../../sync';
import { useNow } from '../../ui/use-now';
import { OthersWaiting } from './others-waiting';
import { RefusedWork } from './refused-work';
import { lastSyncedText, waitingText } from './status-words';

/**
 * On every crew screen: whether the phone is online, what is waiting, when it last synced.
 * Only the first line is a live region, so a screen reader hears changes without the buttons.
 */
export function SyncStatusBar({ status }: { status: SyncStatusView }) {
  const now = useNow();
  const { online, pendingChanges, pendingPhotos, syncing } = status;
  return (
    <section className="sync-bar" aria-label="Sync">
      <div className="sync-bar__row">
        <p className="sync-bar__status" role="status" aria-live="polite">
          <span className={online ? 'sync-bar__badge' : 'sync-bar__badge sync-bar__badge--offline'}>{online ? 'Online' : 'Offline'}</span>{' '}
          <span className="sync-bar__waiting">{waitingText(pendingChanges, pendingPhotos)}.</span>{' '}
          {/* Not announced on its own: it changes every minute the phone syncs. */}
          <span aria-live="off">{lastSyncedText(status.lastSyncAt, now)}</span>
        </p>
        <button
          type="button"
          className="button sync-bar__button"
          aria-disabled={syncing || undefined}
          onClick={() => {
            if (!syncing) void status.syncNow();
          }}
        >
          Sync now
        </button>
      </div>
      {status.lastError && <p className="sync-bar__error">{status.lastError}</p>}
      <OthersWaiting others={status.othersUnsent} />
      <RefusedWork items={status.rejected} />
    </section>
  );
}
