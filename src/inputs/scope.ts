/**
 * The credential scope an endpoint's host name implies. Endpoint shapes from the AWS General Reference ("Service endpoints") and botocore's
 * endpoints.json (its `credentialScope` and signing-name overrides).
 */
import { DEFAULT_REGION } from '../sigv4';

/** The region and service a request to an endpoint is signed for. */
export interface InferredScope {
  /** The region, or for SigV4a the region set. */
  readonly region: string;
  readonly service: string;
  /** Present for hosts that take SigV4a: S3 Multi-Region Access Points. */
  readonly algorithm?: 'sigv4a';
}

const SUFFIXES = ['.amazonaws.com.cn', '.amazonaws.com', '.api.aws', '.on.aws'];
const REGION = /^[a-z]{2,3}(?:-[a-z]+)+-\d{1,2}$/;
const CHINA_DEFAULT = 'cn-north-1';

/** Services whose endpoint has no region: they are signed in the partition's first region. */
const GLOBAL: Readonly<Record<string, string>> = {
  iam: 'iam', sts: 'sts', cloudfront: 'cloudfront', route53: 'route53', waf: 'waf', budgets: 'budgets',
  organizations: 'organizations', sdb: 'sdb', s3: 's3', 's3-external-1': 's3', ec2: 'ec2', queue: 'sqs',
  sqs: 'sqs', sns: 'sns', monitoring: 'monitoring', email: 'ses',
};

/** Endpoint prefixes signed under another name (botocore endpoints.json `credentialScope.service`). */
const SIGNING_NAME: Readonly<Record<string, string>> = {
  email: 'ses', 'bedrock-runtime': 'bedrock', 'bedrock-agent': 'bedrock', 'bedrock-agent-runtime': 'bedrock',
  'appsync-api': 'appsync', iot: 'execute-api', 'lambda-url': 'lambda', queue: 'sqs', 'runtime.sagemaker': 'sagemaker',
};

/** Labels that never name a service: the region-first forms put one after the region. */
const NOT_SERVICE = new Set(['vpce', 'dualstack', 'fips']);

function signingName(label: string): string {
  // S3 Express One Zone: s3express-usw2-az1 (zonal endpoint) or s3express-control.
  if (label.startsWith('s3express')) return 's3express';
  const bare = label.replace(/-fips$/, '');
  return SIGNING_NAME[bare] ?? bare;
}

const S3_LABELS = new Set(['s3', 's3-fips', 's3-accesspoint', 's3-accesspoint-fips', 's3-control', 's3-object-lambda']);

/**
 * S3's own shapes: `s3`, legacy `s3-REGION`, `s3-fips`, `s3-accesspoint`, `s3-control`, … (the
 * rightmost S3 label wins: bucket names may look like one). 'no' when no label is S3's.
 */
function s3Scope(labels: readonly string[], fallback: string): InferredScope | null | 'no' {
  for (let k = labels.length - 1; k >= 0; k--) {
    const l = labels[k]!;
    // A Multi-Region Access Point, `<alias>.mrap.accesspoint.s3-global`: SigV4a for every region (the SDKs sign the region set `*`).
    if (l === 's3-global' && labels[k - 1] === 'accesspoint' && labels[k - 2] === 'mrap' && k >= 3) return { region: '*', service: 's3', algorithm: 'sigv4a' };
    // Website endpoints take no signature; Transfer Acceleration is signed for a region the host does not name.
    if (l.startsWith('s3-website') || l === 's3-accelerate' || l === 's3-global') return null;
    const dash = /^s3-(external-1|[a-z]{2,3}(?:-[a-z]+)+-\d{1,2})$/.exec(l);
    if (dash) return { region: dash[1] === 'external-1' ? 'us-east-1' : dash[1]!, service: 's3' };
    if (S3_LABELS.has(l)) {
      const region = labels.slice(k + 1).find((x) => REGION.test(x)) ?? fallback;
      return { region, service: l === 's3-object-lambda' ? l : 's3' };
    }
  }
  return 'no';
}

/** Region and service from an AWS endpoint host (a port is ignored); null when the host is not recognised. */
export function inferScope(host: string): InferredScope | null {
  let h = host.trim().toLowerCase().replace(/\.$/, '');
  h = h.replace(/:\d*$/, '').replace(/\.$/, '');
  const suffix = SUFFIXES.find((s) => h.endsWith(s));
  if (!suffix) return null;
  const labels = h.slice(0, -suffix.length).split('.');
  if (labels.some((l) => l === '')) return null;
  const partitionDefault = suffix === '.amazonaws.com.cn' ? CHINA_DEFAULT : DEFAULT_REGION;
  const s3 = s3Scope(labels, partitionDefault);
  if (s3 !== 'no') return s3;
  // GovCloud's global endpoints: iam.us-gov.amazonaws.com.
  if (labels.length === 2 && labels[1] === 'us-gov' && labels[0] === 'iam') return { region: 'us-gov-west-1', service: 'iam' };
  let r = -1;
  for (let k = labels.length - 1; k >= 0; k--) {
    if (REGION.test(labels[k]!)) {
      r = k;
      break;
    }
  }
  if (r < 0) {
    const only = labels[labels.length - 1]!.replace(/-fips$/, '');
    const service = GLOBAL[only];
    return service ? { region: partitionDefault, service } : null;
  }
  const region = labels[r]!;
  // Region-first forms: search-domain.REGION.es.amazonaws.com (OpenSearch), …REGION.aoss (Serverless).
  const after = labels[r + 1];
  if (after !== undefined && !NOT_SERVICE.has(after)) return { region, service: signingName(after) };
  let s = r - 1;
  while (s >= 0 && NOT_SERVICE.has(labels[s]!)) s--;
  if (s < 0) return null;
  const two = s > 0 ? `${labels[s - 1]}.${labels[s]}` : '';
  return { region, service: SIGNING_NAME[two] ?? signingName(labels[s]!) };
}
