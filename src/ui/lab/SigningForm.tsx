/**
 * Credentials, scope, signing time and options: native inputs and selects, each with its own error
 * line, each marked when the request itself gave its value; above them, what a signed request says.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { t, type MessageKey } from '../../content/i18n';
import { useStore, type AppState, type LabInputs } from '../../store';
import { describeIssue } from './issues';
import { SECRET_INPUT_ID, SignedNotice } from './SignedNotice';

type TextKey = 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'region' | 'service' | 'signingTime' | 'expires';

function Field({ field, testId, label, secret, auto, inputId, children }: { field: TextKey; testId: string; label: MessageKey; secret?: boolean; auto?: boolean; inputId?: string; children?: ReactNode }) {
  const generated = useId();
  const id = inputId ?? generated;
  const lang = useStore((s) => s.prefs.lang);
  const value = useStore((s) => s.lab.inputs[field]);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const set = useStore((s) => s.setLabField);
  const focus = useStore((s) => s.lab.focus);
  const issue = useStore((s) => s.lab.result.issues.find((i) => i.where === 'field' && i.field === (field)));
  const lit = focus?.kind === 'context' && (focus.field === field || (field === 'expires' && focus.field === 'expires'));
  // A secret's value is set as a property only: React would also write a controlled value into the
  // element's value attribute, where it stands in the DOM unmasked.
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (secret && ref.current && ref.current.value !== value) ref.current.value = value;
  }, [secret, value]);
  return (
    <div className={`field${lit ? ' lit' : ''}`} data-testid={`field-${field}`}>
      <label htmlFor={id} className="field-label">
        {t(lang, label as 'inputs.region')}
        {auto && <FromRequest />}
        {lit && <span className="badge badge-lit">{t(lang, 'prov.mark')}</span>}
      </label>
      <div className="field-row">
        <input
          id={id}
          data-testid={testId}
          ref={ref}
          type={secret && !reveal ? 'password' : 'text'}
          {...(secret ? {} : { value })}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${id}-error` : undefined}
          onChange={(e) => set(field, e.target.value)}
        />
        {children}
      </div>
      {issue && (
        <p id={`${id}-error`} className="field-error" data-testid={`field-error-${field}`}>
          ⚠ {describeIssue(lang, issue)}
        </p>
      )}
    </div>
  );
}

/** The mark of a field whose value the request itself gave: words, not a colour only. */
function FromRequest() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <span className="badge" data-testid="from-request">
      {t(lang, 'inputs.autofilled')}
    </span>
  );
}

type SelectKey = 'mode' | 'algorithm' | 'profile' | 'tokenPlacement' | 'payload';

function Select<K extends SelectKey>({ field, testId, label, options, auto }: { field: K; testId: string; label: MessageKey; options: readonly [LabInputs[K], MessageKey][]; auto?: boolean }) {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const value = useStore((s) => s.lab.inputs[field]);
  const set = useStore((s) => s.setLabField);
  return (
    <div className="field" data-testid={`field-${field}`}>
      <label htmlFor={id} className="field-label">
        {t(lang, label as 'inputs.mode')}
        {auto && <FromRequest />}
      </label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => set(field, e.target.value as LabInputs[K])}>
        {options.map(([v, key]) => (
          <option key={v} value={v}>
            {t(lang, key as 'inputs.mode')}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The fields the request itself can give. */
const AUTO = ['accessKeyId', 'sessionToken', 'region', 'service', 'signingTime', 'mode', 'algorithm', 'expires', 'tokenPlacement'] as const;
type AutoKey = (typeof AUTO)[number];

/**
 * The fields whose value the request itself holds now (a signed request's rules and payload follow
 * from it, but are not in it), as one string: the form renders again when that changes, not on
 * every keystroke in the request.
 */
function autoFields(s: AppState): string {
  const { derived, inputs } = s.lab;
  const given = (k: AutoKey) => derived[k] !== undefined && inputs[k] === derived[k];
  // A token, a time and the token's placement are marked only where there is a token or a time.
  const shown = (k: AutoKey) => (k === 'sessionToken' || k === 'tokenPlacement' ? inputs.sessionToken !== '' : k === 'signingTime' ? inputs.signingTime !== '' : true);
  return AUTO.filter((k) => given(k) && shown(k)).join(' ');
}

export function SigningForm() {
  const lang = useStore((s) => s.prefs.lang);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const setReveal = useStore((s) => s.setRevealSecrets);
  const now = useStore((s) => s.setSigningTimeNow);
  const given = useStore(autoFields).split(' ');
  const auto = (k: AutoKey) => given.includes(k);
  // SigV4a signs for a region set, not one region (sigv4a.md).
  const regionLabel = useStore((s) => (s.lab.inputs.algorithm === 'sigv4a' ? 'inputs.regionSet' : 'inputs.region'));
  return (
    <div className="signing-form">
      <SignedNotice />
      <fieldset>
        <legend>{t(lang, 'lab.credentials')}</legend>
        <Field field="accessKeyId" testId="access-key-input" label="inputs.accessKeyId" auto={auto('accessKeyId')} />
        <Field field="secretAccessKey" testId="secret-key-input" label="inputs.secretAccessKey" secret inputId={SECRET_INPUT_ID}>
          <button type="button" data-testid="reveal-secrets" aria-pressed={reveal} onClick={() => setReveal(!reveal)}>
            {t(lang, reveal ? 'secret.hide' : 'secret.reveal')}
          </button>
        </Field>
        <Field field="sessionToken" testId="session-token-input" label="inputs.sessionToken" secret auto={auto('sessionToken')} />
        <div className="field-pair">
          <Field field="region" testId="region-input" label={regionLabel} auto={auto('region')} />
          <Field field="service" testId="service-input" label="inputs.service" auto={auto('service')} />
        </div>
        <Field field="signingTime" testId="signing-time-input" label="inputs.signingTime" auto={auto('signingTime')}>
          <button type="button" data-testid="signing-time-now" aria-label={t(lang, 'inputs.now.aria')} onClick={() => now()}>
            {t(lang, 'inputs.now')}
          </button>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'lab.options')}</legend>
        <div className="field-pair">
          <Select field="mode" testId="mode-select" label="inputs.mode" auto={auto('mode')} options={[['header', 'inputs.mode.header'], ['query', 'inputs.mode.query']]} />
          <Select field="algorithm" testId="algorithm-select" label="inputs.algorithm" auto={auto('algorithm')} options={[['sigv4', 'inputs.algorithm.sigv4'], ['sigv4a', 'inputs.algorithm.sigv4a']]} />
        </div>
        <div className="field-pair">
          <Select field="profile" testId="profile-select" label="inputs.profile" options={[['auto', 'inputs.profile.auto'], ['generic', 'inputs.profile.generic'], ['s3', 'inputs.profile.s3']]} />
          <Select field="tokenPlacement" testId="token-placement" label="inputs.tokenPlacement" auto={auto('tokenPlacement')} options={[['signed', 'inputs.tokenPlacement.signed'], ['appended', 'inputs.tokenPlacement.appended']]} />
        </div>
        <div className="field-pair">
          <Select field="payload" testId="payload-select" label="inputs.payload" options={[['hash', 'inputs.payload.hash'], ['unsigned', 'inputs.payload.unsigned']]} />
          <Field field="expires" testId="expires-input" label="inputs.expires" auto={auto('expires')} />
        </div>
      </fieldset>
    </div>
  );
}
