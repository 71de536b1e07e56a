import { useStorageLow } from './use-storage-health';

/** Photos wait on the phone until sent: say so before it fills up, not after. */
export function StorageWarning({ pendingPhotos }: { pendingPhotos: number }) {
  const low = useStorageLow(pendingPhotos);
  if (!low) return null;
  return (
    <div className="crew-warning">
      <p>
        <strong>Warning: this phone is running out of space.</strong> Send your work with “Sync now” when you have signal, and
        delete photos or apps you no longer need, so new photos can be kept.
      </p>
    </div>
  );
}
