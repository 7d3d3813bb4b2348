/**
 * The signing lab's first page: the full SigV4 trace of the IAM ListUsers example, one card per
 * stage in spec order. Every value comes from the core's trace; the page only lays it out.
 */
import { useMemo, useState } from 'react';
import { IAM_LIST_USERS, type SigningExample } from '../../content/examples';
import { t, type Lang } from '../../content/i18n';
import type { Trace } from '../../sigv4';
import { CodeView } from '../common/CodeView';
import { HexView } from '../common/HexView';
import { StageCard, type CopyLabels } from '../common/StageCard';
import { CanonicalParts } from './CanonicalParts';
import { ExampleInputs } from './ExampleInputs';
import { KeyStageCard } from './KeyStageCard';
import { signExample, type SignFailure } from './sign-example';

interface TracePageProps {
  readonly lang: Lang;
  readonly example?: SigningExample;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

function hostOf(trace: Trace): string {
  const host = trace.request.headers.find((h) => h.name.text.toLowerCase() === 'host');
  return host?.value.map((v) => v.text).join(' ').trim() ?? trace.request.authority?.text ?? '';
}

export function TracePage({ lang, example = IAM_LIST_USERS }: TracePageProps) {
  const [revealed, setRevealed] = useState(false);
  const outcome = useMemo(() => signExample(example), [example]);

  return (
    <div className="trace-page">
      <section className="lab-intro" aria-labelledby="lab-title">
        <h2 id="lab-title" className="section-title">
          {t(lang, 'lab.title')}
        </h2>
        <p>{t(lang, 'lab.intro')}</p>
      </section>
      <ExampleInputs lang={lang} example={example} revealed={revealed} onToggleReveal={() => setRevealed((r) => !r)} />
      {outcome.ok ? (
        <Stages lang={lang} trace={outcome.trace} secret={example.secretAccessKey} revealed={revealed} />
      ) : (
        <Failure lang={lang} failure={outcome.failure} />
      )}
    </div>
  );
}

function Failure({ lang, failure }: { readonly lang: Lang; readonly failure: SignFailure }) {
  return (
    <section className="failure" role="alert" data-testid="trace-error">
      <h2 className="section-title">{t(lang, 'lab.error.title')}</h2>
      {failure.line !== undefined && (
        <p>{t(lang, 'lab.error.at', { line: failure.line, column: failure.column ?? 1 })}</p>
      )}
      <pre className="code">{failure.message}</pre>
    </section>
  );
}

interface StagesProps {
  readonly lang: Lang;
  readonly trace: Trace;
  readonly secret: string;
  readonly revealed: boolean;
}

function Stages({ lang, trace, secret, revealed }: StagesProps) {
  const s = trace.stages;
  const scope = s.credentialScope.text;
  const copy = (title: string): CopyLabels => ({
    label: t(lang, 'copy.label'),
    done: t(lang, 'copy.done'),
    aria: t(lang, 'copy.aria', { stage: title }),
  });
  const textCaption = (text: string) => (
    <span className="value-caption">{t(lang, 'value.text', { length: text.length })}</span>
  );
  const titled = (title: string) => ({ title, copy: copy(title) });
  const keyProps = { lang, secret, revealed, copy };

  return (
    <>
      <p className="note">{t(lang, 'lab.lineEndNote')}</p>
      <ol className="stages">
        <StageCard
          testId="request"
          value={trace.request.source}
          explain={t(lang, 'stage.request.explain', {
            method: trace.request.method.text,
            host: hostOf(trace),
            headerCount: trace.request.headers.length,
            bodyBytes: trace.request.bodyBytes.length,
          })}
          {...titled(t(lang, 'stage.request.title'))}
        >
          <CodeView text={trace.request.source} />
        </StageCard>
        <StageCard
          testId="canonical-request"
          value={s.canonicalRequest.text}
          explain={t(lang, 'stage.canonicalRequest.explain')}
          {...titled(t(lang, 'stage.canonicalRequest.title'))}
        >
          <CanonicalParts lang={lang} trace={trace} />
          <CodeView text={s.canonicalRequest.text} />
          {textCaption(s.canonicalRequest.text)}
        </StageCard>
        <StageCard
          testId="canonical-request-hash"
          value={s.canonicalRequestHash.text}
          explain={t(lang, 'stage.canonicalRequestHash.explain', { bytes: utf8Length(s.canonicalRequest.text) })}
          {...titled(t(lang, 'stage.canonicalRequestHash.title'))}
        >
          <p className="formula">{t(lang, 'formula.sha256', { input: t(lang, 'stage.canonicalRequest.title') })}</p>
          <HexView
            hex={s.canonicalRequestHash.text}
            caption={t(lang, 'value.hexBytes', { bytes: s.canonicalRequestHash.bytes.length })}
          />
        </StageCard>
        <StageCard
          testId="string-to-sign"
          value={s.stringToSign.text}
          explain={t(lang, 'stage.stringToSign.explain', { amzDate: trace.options.signingTime, scope })}
          {...titled(t(lang, 'stage.stringToSign.title'))}
        >
          <CodeView text={s.stringToSign.text} />
          {textCaption(s.stringToSign.text)}
        </StageCard>
        <KeyStageCard testId="k-secret" stage={s.kSecret} explain={t(lang, 'stage.kSecret.explain')} {...keyProps} />
        <KeyStageCard
          testId="k-date"
          stage={s.kDate}
          explain={t(lang, 'stage.kDate.explain', { date: s.kDate.message.text })}
          {...keyProps}
        />
        <KeyStageCard
          testId="k-region"
          stage={s.kRegion}
          explain={t(lang, 'stage.kRegion.explain', { region: s.kRegion.message.text })}
          {...keyProps}
        />
        <KeyStageCard
          testId="k-service"
          stage={s.kService}
          explain={t(lang, 'stage.kService.explain', { service: s.kService.message.text })}
          {...keyProps}
        />
        <KeyStageCard
          testId="k-signing"
          stage={s.kSigning}
          explain={t(lang, 'stage.kSigning.explain', { terminator: s.kSigning.message.text })}
          {...keyProps}
        />
        <StageCard
          testId="signature"
          value={s.signature.text}
          explain={t(lang, 'stage.signature.explain', { hexLength: s.signature.text.length })}
          {...titled(t(lang, 'stage.signature.title'))}
        >
          <p className="formula">
            {t(lang, 'formula.hmac', { key: t(lang, 'stage.kSigning.title'), message: t(lang, 'stage.stringToSign.title') })}
          </p>
          <HexView hex={s.signature.text} caption={t(lang, 'value.hexBytes', { bytes: s.signature.bytes.length })} />
        </StageCard>
        {s.authorization && (
          <StageCard
            testId="authorization-header"
            value={s.authorization.text}
            explain={t(lang, 'stage.authorization.explain', {
              credential: `${trace.options.credentials.accessKeyId}/${scope}`,
            })}
            {...titled(t(lang, 'stage.authorization.title'))}
          >
            <CodeView text={s.authorization.text} />
          </StageCard>
        )}
        {s.presignedUrl && (
          <StageCard
            testId="presigned-url"
            value={s.presignedUrl.text}
            explain={t(lang, 'stage.presignedUrl.explain')}
            {...titled(t(lang, 'stage.presignedUrl.title'))}
          >
            <CodeView text={s.presignedUrl.text} />
          </StageCard>
        )}
        <StageCard
          testId="signed-request"
          value={s.signedRequest.text}
          explain={t(lang, 'stage.signedRequest.explain')}
          {...titled(t(lang, 'stage.signedRequest.title'))}
        >
          <CodeView text={s.signedRequest.text} />
        </StageCard>
      </ol>
    </>
  );
}
