import { useEffect, useRef } from 'react';
import { unsentSentence } from '../status/status-words';

interface SignOutDialogProps {
  open: boolean;
  changes: number;
  photos: number;
  onAnswer: (signOut: boolean) => void;
}

/** A modal <dialog>: the browser keeps focus inside it and Escape means "stay signed in". */
export function SignOutDialog({ open, changes, photos, onAnswer }: SignOutDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && !element?.open) element?.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="crew-dialog"
      aria-labelledby="sign-out-title"
      aria-describedby="sign-out-text"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="sign-out-title">Your work has not been sent yet</h2>
      <div id="sign-out-text">
        <p>{unsentSentence(changes, photos)}</p>
        <p>
          If you sign out, it stays on this phone and is sent when you sign in again. Nothing is deleted, and nobody else who
          signs in on this phone can send it as theirs.
        </p>
      </div>
      <div className="crew-actions">
        <button type="button" className="button" autoFocus onClick={() => onAnswer(false)}>
          Stay signed in
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer(true)}>
          Sign out
        </button>
      </div>
    </dialog>
  );
}
