/** Stage titles from the catalogue, by stage id. */
import { t, type Lang } from '../../content/i18n';
import type { StageId } from '../../sigv4';

const TITLE = {
  canonicalUri: 'part.canonicalUri',
  canonicalQuery: 'part.canonicalQuery',
  canonicalHeaders: 'part.canonicalHeaders',
  signedHeaders: 'part.signedHeaders',
  payloadHash: 'part.payloadHash',
  canonicalRequest: 'stage.canonicalRequest.title',
  canonicalRequestHash: 'stage.canonicalRequestHash.title',
  credentialScope: 'stage.credentialScope.title',
  stringToSign: 'stage.stringToSign.title',
  kSecret: 'stage.kSecret.title',
  kDate: 'stage.kDate.title',
  kRegion: 'stage.kRegion.title',
  kService: 'stage.kService.title',
  kSigning: 'stage.kSigning.title',
  signature: 'stage.signature.title',
  authorization: 'stage.authorization.title',
  presignedUrl: 'stage.presignedUrl.title',
  signedRequest: 'stage.signedRequest.title',
} as const satisfies Record<StageId, string>;

/** The title of a stage in a language. */
export function stageTitle(lang: Lang, id: StageId): string {
  return t(lang, TITLE[id]);
}
