/**
 * The doctor: a pasted request that already carries its signature keeps its own access key, scope,
 * time, mode and signed headers (never the example's or the form's previous values), the lab asks for
 * the secret, verifies at once, and names the first stage that differs.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRequest, profileRules, signRequest, UNSIGNED_PAYLOAD, type SigningOptions, type StageId } from '../sigv4';
import { options } from '../sigv4/test-support/sign-fixtures';
import { redactRequestSecrets, useStore } from './index';
import { chunksSettled } from './chunks';
/** Verification loads with the diagnosis chunk (the first paint verifies nothing): load it once, so each test reads its outcome at once. */
beforeAll(async () => {
  useStore.getState().setVerifyText('GET / HTTP/1.1\nHost: example.amazonaws.com\n');
  await chunksSettled();
  useStore.getState().setVerifyText('');
});


const s = () => useStore.getState();
const lab = () => s().lab;

// Not the lab's defaults (AKIDEXAMPLE, us-east-1, iam, 20150830T123600Z).
const KEY = 'AKIAIOSFODNN7DOCTOR1';
const SECRET = 'doctorSecretKeyExampleK7MDENG+bPxRfiCYZZ';
const OTHER = { region: 'ap-southeast-2', service: 'execute-api', signingTime: '20240229T235959Z' } as const;
const POST = 'POST /prod/items HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nUser-Agent: doctor/1\n\n{"a":1}';

/** Signs with the project's own core, for a scope, time and key other than the lab's. */
function signed(text: string, o: Partial<SigningOptions> = {}): { text: string; signature: string } {
  const t = signRequest(parseRequest(text), options({
    credentials: { accessKeyId: KEY, secretAccessKey: SECRET }, region: OTHER.region, service: OTHER.service,
    signingTime: OTHER.signingTime as SigningOptions['signingTime'], ...o,
  }));
  return { text: o.mode === 'query' ? t.stages.presignedUrl!.text : t.stages.signedRequest.text, signature: t.stages.signature.text };
}

const verifyStatus = () => lab().verify?.status;
const firstDifference = (): StageId | null => {
  const v = lab().verify;
  return v?.status === 'mismatch' ? v.firstDifference : null;
};

beforeEach(() => {
  s().setVerifyText('');
  s().loadExample('iam-listusers');
});

describe('a signed request keeps its own values', () => {
  it('header mode: key, region, service and time from its Authorization and X-Amz-Date, not the example’s', () => {
    const { text, signature } = signed(POST);
    s().setRequestText(text);
    expect(lab().inputs).toMatchObject({ accessKeyId: KEY, region: OTHER.region, service: OTHER.service, signingTime: OTHER.signingTime, mode: 'header' });
    // Marked as the request's own (the form's badges read this).
    expect(lab().derived).toMatchObject({ accessKeyId: KEY, region: OTHER.region, service: OTHER.service, signingTime: OTHER.signingTime, mode: 'header' });
    // Another key's secret is never used for it: the lab asks for this one's.
    expect(lab().inputs.secretAccessKey).toBe('');
    expect(lab().verify).toEqual({ status: 'needs-secret', source: 'request', accessKeyId: KEY });
    s().setLabField('secretAccessKey', SECRET);
    expect(verifyStatus()).toBe('match');
    // The lab's own stages are the request's signature, stage by stage.
    expect(lab().result.trace?.stages.signature.text).toBe(signature);
  });

  it('its scope wins over the region and service the host names', () => {
    const { text } = signed('GET /?Action=ListQueues HTTP/1.1\nHost: sqs.us-west-2.amazonaws.com\n', { region: 'eu-west-1', service: 'sqs' });
    s().setRequestText(text);
    expect([lab().inputs.region, lab().inputs.service]).toEqual(['eu-west-1', 'sqs']);
  });

  it('signs exactly the headers it signed: one added after signing stays unsigned, and the signature still matches', () => {
    const { text } = signed(POST);
    s().setRequestText(text.replace('Host:', 'X-Forwarded-For: 10.0.0.1\nHost:'));
    s().setLabField('secretAccessKey', SECRET);
    expect(lab().result.trace?.signedHeaderNames).toEqual(['content-type', 'host', 'user-agent', 'x-amz-date']);
    expect(verifyStatus()).toBe('match');
  });

  it('a session token added after signing: the token and its placement come from the request', () => {
    const token = 'IQoJb3JpZ2luX2VjEXAMPLEdoctorToken';
    const { text } = signed(POST, { credentials: { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: token }, omitSessionToken: true });
    s().setRequestText(text);
    expect([lab().inputs.sessionToken, lab().inputs.tokenPlacement]).toEqual([token, 'appended']);
    s().setLabField('secretAccessKey', SECRET);
    expect(verifyStatus()).toBe('match');
  });

  it('query mode: a presigned S3 URL sets the mode, X-Amz-Expires, the token and UNSIGNED-PAYLOAD', () => {
    const token = 'IQoJb3JpZ2luX2VjEXAMPLEpresigned';
    const { text, signature } = signed('GET /photos/cat.jpg HTTP/1.1\nHost: examplebucket.s3.eu-central-1.amazonaws.com\n', {
      mode: 'query', expiresIn: 600, region: 'eu-central-1', service: 's3', ...profileRules('s3'), payloadHash: UNSIGNED_PAYLOAD,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: token },
    });
    s().setRequestText(text);
    expect(lab().inputs).toMatchObject({ mode: 'query', expires: '600', region: 'eu-central-1', service: 's3', payload: 'unsigned', sessionToken: token, signingTime: OTHER.signingTime });
    s().setLabField('secretAccessKey', SECRET);
    expect(verifyStatus()).toBe('match');
    expect(lab().result.trace?.stages.signature.text).toBe(signature);
  });

  it('what a shared link leaves of a signed request carries no signature: no claim, no issue, nothing cleared', () => {
    for (const text of [signed(POST).text, signed('GET /k HTTP/1.1\nHost: b.example.com\n', { mode: 'query' }).text]) {
      s().loadExample('iam-listusers');
      s().setRequestText(redactRequestSecrets(text));
      expect(lab().result.signed).toBeNull();
      expect(lab().result.issues.filter((i) => i.where === 'request')).toEqual([]);
      expect(lab().inputs.secretAccessKey).not.toBe('');
    }
  });

  it('a request signed by the AWS SDK’s signer (smithy), with another region, service and date', async () => {
    const signer = new SignatureV4({ service: 'lambda', region: 'sa-east-1', sha256: Sha256, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });
    const r = await signer.sign(
      { method: 'POST', protocol: 'https:', hostname: 'lambda.sa-east-1.amazonaws.com', path: '/2015-03-31/functions/f/invocations', headers: { host: 'lambda.sa-east-1.amazonaws.com', 'content-type': 'application/json' }, body: '{}' },
      { signingDate: new Date('2023-03-14T15:09:26Z') },
    );
    const headers = Object.entries((r as { headers: Record<string, string> }).headers).map(([k, v]) => `${k}: ${v}`).join('\n');
    s().setRequestText(`POST /2015-03-31/functions/f/invocations HTTP/1.1\n${headers}\n\n{}`);
    expect(lab().inputs).toMatchObject({ accessKeyId: KEY, region: 'sa-east-1', service: 'lambda', signingTime: '20230314T150926Z', mode: 'header' });
    s().setLabField('secretAccessKey', SECRET);
    expect(verifyStatus()).toBe('match');
  });

  it('the secret in the form is kept for the key that signed, so the lab’s own signed request verifies at once', () => {
    s().setRequestText(lab().result.trace!.stages.signedRequest.text);
    expect(lab().inputs.secretAccessKey).not.toBe('');
    expect(lab().verify).toMatchObject({ status: 'match', source: 'request' });
  });

  it('the user’s own edits stay until the signature changes; a new signature replaces them, even with the old values', () => {
    const first = signed(POST);
    s().setRequestText(first.text);
    s().setLabField('region', 'us-west-1');
    s().setRequestText(first.text.replace('{"a":1}', '{"a":2}'));
    expect(lab().inputs.region).toBe('us-west-1');
    // Another signature of the same key, scope and time (another body): the request's values win again.
    s().setRequestText(signed(POST.replace('{"a":1}', '{"b":1}')).text);
    expect(lab().inputs.region).toBe(OTHER.region);
    s().setLabField('region', 'us-west-1');
    s().setRequestText(signed(POST, { signingTime: '20240301T000000Z' as SigningOptions['signingTime'] }).text);
    expect([lab().inputs.region, lab().inputs.signingTime]).toEqual([OTHER.region, '20240301T000000Z']);
  });
});

describe('the first stage that differs', () => {
  const matched = () => {
    const { text } = signed(POST);
    s().setRequestText(text);
    s().setLabField('secretAccessKey', SECRET);
    expect(verifyStatus()).toBe('match');
    return text;
  };

  it('without a signature that matched before, the signature is all that shows', () => {
    s().setRequestText(signed(POST).text);
    s().setLabField('secretAccessKey', 'not-the-secret');
    expect([verifyStatus(), firstDifference()]).toEqual(['mismatch', 'signature']);
    expect(lab().verify).toMatchObject({ against: 'claim' });
  });

  it('only the secret differs: the canonical request and string to sign are equal, kSecret (AWS4 + secret) is first', async () => {
    matched();
    s().setLabField('secretAccessKey', SECRET.replace('Z', 'Y'));
    // Named by the diagnosis, its own chunk: loaded the first time a mismatch needs it.
    await expect.poll(firstDifference).toBe('kSecret');
    expect(verifyStatus()).toBe('mismatch');
    expect(lab().verify).toMatchObject({ against: 'verified' });
    const v = lab().verify;
    if (v?.status !== 'mismatch') throw new Error('expected a mismatch');
    expect(v.result.trace.stages.stringToSign.text).toBe(lab().verified!.trace.stages.stringToSign.text);
  });

  it('a signed header changed after signing: the canonical headers', async () => {
    const text = matched();
    s().setRequestText(text.replace('application/json', 'application/json; charset=UTF-8'));
    await expect.poll(firstDifference).toBe('canonicalHeaders');
    expect(verifyStatus()).toBe('mismatch');
  });

  it('the body changed: the payload hash; the path: the canonical URI', async () => {
    const text = matched();
    s().setRequestText(text.replace('{"a":1}', '{"a":2}'));
    await expect.poll(firstDifference).toBe('payloadHash');
    s().setRequestText(text.replace('/prod/items', '/prod/item'));
    await expect.poll(firstDifference).toBe('canonicalUri');
  });

  it('a signed header dropped: the canonical headers, from the claim alone', () => {
    s().setRequestText(signed(POST).text.replace('User-Agent: doctor/1\n', ''));
    s().setLabField('secretAccessKey', SECRET);
    expect([verifyStatus(), firstDifference()]).toEqual(['mismatch', 'canonicalHeaders']);
  });

  it('a request pasted into the verify panel is compared the same way', async () => {
    const text = matched();
    s().setVerifyText(text.replace('doctor/1', 'doctor/2'));
    await expect.poll(() => lab().verify).toMatchObject({ status: 'mismatch', source: 'pasted', firstDifference: 'canonicalHeaders', against: 'verified' });
  });
});
