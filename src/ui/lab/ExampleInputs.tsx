/** The signing inputs of the example, the secret masked unless revealed. */
import { t, type Lang } from '../../content/i18n';
import type { SigningExample } from '../../content/examples';
import { maskSecret } from './mask';

interface ExampleInputsProps {
  readonly lang: Lang;
  readonly example: SigningExample;
  readonly revealed: boolean;
  readonly onToggleReveal: () => void;
}

export function ExampleInputs({ lang, example, revealed, onToggleReveal }: ExampleInputsProps) {
  const rows: ReadonlyArray<readonly [string, string, string]> = [
    ['input-access-key-id', t(lang, 'inputs.accessKeyId'), example.accessKeyId],
    ['input-region', t(lang, 'inputs.region'), example.region],
    ['input-service', t(lang, 'inputs.service'), example.service],
    ['input-signing-time', t(lang, 'inputs.signingTime'), example.signingTime],
  ];
  return (
    <section className="inputs" aria-labelledby="inputs-title">
      <h2 id="inputs-title" className="section-title">
        {t(lang, 'inputs.title')}
      </h2>
      <dl className="inputs-grid">
        {rows.map(([testId, label, value]) => (
          <div key={testId} className="inputs-row">
            <dt>{label}</dt>
            <dd className="mono" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
        <div className="inputs-row inputs-secret">
          <dt>{t(lang, 'inputs.secretAccessKey')}</dt>
          <dd>
            <span className="mono" data-testid="input-secret-access-key">
              {revealed ? example.secretAccessKey : maskSecret(example.secretAccessKey)}
            </span>
            <button type="button" data-testid="secret-toggle" aria-pressed={revealed} onClick={onToggleReveal}>
              {revealed ? t(lang, 'secret.hide') : t(lang, 'secret.reveal')}
            </button>
          </dd>
        </div>
        <div className="inputs-row">
          <dt>{t(lang, 'inputs.mode')}</dt>
          <dd data-testid="input-mode">{t(lang, example.mode === 'header' ? 'inputs.mode.header' : 'inputs.mode.query')}</dd>
        </div>
        <div className="inputs-row">
          <dt>{t(lang, 'inputs.profile')}</dt>
          <dd data-testid="input-profile">
            {t(lang, example.profile === 'generic' ? 'inputs.profile.generic' : 'inputs.profile.s3')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
