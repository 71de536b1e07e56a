import { maxReportAttachments } from '@kerbside/shared';
import { useState, type ChangeEvent } from 'react';
import { checkFile, uploadAttachment } from '../ui/upload-attachment';

interface Attachment {
  id: string;
  name: string;
}

interface AttachmentsFieldProps {
  value: Attachment[];
  onChange: (attachments: Attachment[]) => void;
  error?: string | undefined;
}

/** Photos or a scanned letter, uploaded as soon as they are chosen so the call isn't held up at the end. */
export function AttachmentsField({ value, onChange, error }: AttachmentsFieldProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(0);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // the same file may be chosen again after a failure
    setProblem(null);
    if (value.length + files.length > maxReportAttachments) return setProblem(`Attach at most ${maxReportAttachments} files`);
    const added: Attachment[] = [];
    for (const file of files) {
      const refusal = checkFile(file, true);
      if (refusal) {
        setProblem(`${file.name}: ${refusal}`);
        continue;
      }
      setUploading((n) => n + 1);
      try {
        const uploaded = await uploadAttachment(file);
        added.push({ id: uploaded.id, name: file.name });
      } catch (failure) {
        setProblem(`${file.name}: ${(failure as Error).message}`);
      } finally {
        setUploading((n) => n - 1);
      }
    }
    onChange([...value, ...added]);
  };

  const message = problem ?? error;
  return (
    <div className={message ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor="attachmentIds">
        Attachments (optional)
      </label>
      <p className="field__hint" id="attachmentIds-hint">
        A photo or a scanned letter: JPEG, PNG, WebP, HEIC or PDF, smaller than 15 MB each.
      </p>
      {message && (
        <p className="field__error" id="attachmentIds-error">
          <span className="visually-hidden">Error: </span>
          {message}
        </p>
      )}
      <input
        id="attachmentIds"
        type="file"
        multiple
        className="file-input"
        accept="image/jpeg,image/png,image/webp,image/heic,.heic,application/pdf"
        aria-describedby={message ? 'attachmentIds-hint attachmentIds-error' : 'attachmentIds-hint'}
        onChange={(event) => void choose(event)}
      />
      {uploading > 0 && <p role="status">Uploading…</p>}
      {value.length > 0 && (
        <ul className="attachment-list" aria-label="Attached files">
          {value.map((file) => (
            <li key={file.id}>
              {file.name}{' '}
              <button type="button" className="link-button" onClick={() => onChange(value.filter((f) => f.id !== file.id))}>
                Remove<span className="visually-hidden"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
