import { useAppUpdate } from './use-app-update';

export function UpdatePrompt() {
  const { ready, reload } = useAppUpdate();
  if (!ready) return null;
  return (
    <div className="crew-notice">
      <p className="crew-notice__text">A new version of Kerbside is ready. Reloading keeps all your work on this phone.</p>
      <button type="button" className="button crew-notice__button" onClick={() => void reload()}>
        New version — reload
      </button>
    </div>
  );
}
