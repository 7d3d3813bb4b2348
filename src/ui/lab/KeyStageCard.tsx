/** One key of the signing-key chain: its bytes (hex) and the HMAC that produced them. */
import { t, type Lang } from '../../content/i18n';
import { toHex, type KeyStage } from '../../sigv4';
import { CodeView } from '../common/CodeView';
import { HexView } from '../common/HexView';
import { StageCard, type CopyLabels } from '../common/StageCard';
import { maskSourced } from './mask';

/** The stage ids of the key chain, which are also their titles (kSecret, kDate, …). */
export type KeyId = 'kSecret' | 'kDate' | 'kRegion' | 'kService' | 'kSigning';

interface KeyStageCardProps {
  readonly lang: Lang;
  readonly testId: string;
  readonly stage: KeyStage;
  readonly explain: string;
  readonly secret: string;
  readonly revealed: boolean;
  readonly copy: (title: string) => CopyLabels;
}

function keyTitle(lang: Lang, id: string): string {
  switch (id) {
    case 'kSecret':
      return t(lang, 'stage.kSecret.title');
    case 'kDate':
      return t(lang, 'stage.kDate.title');
    case 'kRegion':
      return t(lang, 'stage.kRegion.title');
    case 'kService':
      return t(lang, 'stage.kService.title');
    case 'kSigning':
      return t(lang, 'stage.kSigning.title');
    default:
      return id;
  }
}

export function KeyStageCard({ lang, testId, stage, explain, secret, revealed, copy }: KeyStageCardProps) {
  const title = keyTitle(lang, stage.id);
  if (stage.key === null) {
    // kSecret: text, not a digest. Its value is shown (and carried in data-value) masked by default.
    const shown = revealed ? stage.message.text : maskSourced(stage.message, secret);
    return (
      <StageCard testId={testId} value={shown} title={title} explain={explain} copy={revealed ? copy(title) : undefined}>
        <CodeView text={shown} />
        <span className="value-caption">{t(lang, 'value.keyText', { bytes: stage.bytes.length })}</span>
      </StageCard>
    );
  }
  const hex = toHex(stage.bytes);
  return (
    <StageCard testId={testId} value={hex} title={title} explain={explain} copy={copy(title)}>
      <p className="formula">
        {t(lang, 'formula.hmac', { key: keyTitle(lang, stage.key), message: JSON.stringify(stage.message.text) })}
      </p>
      <HexView hex={hex} caption={t(lang, 'value.hexBytes', { bytes: stage.bytes.length })} />
    </StageCard>
  );
}
