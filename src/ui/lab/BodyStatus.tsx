/** The body's status: a dropped file (removable), and the progress of hashing a large body off the main thread. */
import { memo } from 'react';
import { t } from '../../content/i18n';
import { useStore } from '../../store';

// memo: it reads its own state from the store, so the editor's keystrokes do not render it.
export const BodyStatus = memo(function BodyStatus() {
  const lang = useStore((s) => s.prefs.lang);
  const file = useStore((s) => s.lab.body.file);
  const hashing = useStore((s) => s.lab.hashing);
  const setBodyFile = useStore((s) => s.setBodyFile);
  const takeBodyFile = useStore((s) => s.takeBodyFile);
  const percent = hashing && hashing.total > 0 ? Math.floor((hashing.done / hashing.total) * 100) : 0;
  return (
    <div className="body-status">
      <p className="hint">
        {t(lang, 'body.drop')}{' '}
        <label className="file-choose">
          {t(lang, 'body.choose')}
          <input
            type="file"
            data-testid="body-file-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) takeBodyFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </p>
      {file && (
        <p data-testid="body-file" data-value={file.size}>
          {file.name === '' ? t(lang, 'body.pasted', { bytes: file.size }) : t(lang, 'body.file', { name: file.name, bytes: file.size })}{' '}
          <button type="button" className="small" data-testid="body-file-remove" onClick={() => setBodyFile(null)}>
            {t(lang, 'body.remove')}
          </button>
        </p>
      )}
      {hashing && (
        <div data-testid="hash-progress" data-value={hashing.ms === null ? percent : 100} data-ms={hashing.ms ?? ''}>
          <label className="hint">
            {hashing.ms === null
              ? t(lang, 'body.hashing', { percent, done: hashing.done, total: hashing.total })
              : t(lang, 'body.hashed', { total: hashing.total, ms: hashing.ms.toFixed(0) })}
            <progress max={hashing.total} value={hashing.done} />
          </label>
        </div>
      )}
    </div>
  );
});
