import { describe, expect, it } from 'vitest';
import { linkCredentialsOf, redactRequestSecrets } from './link-secrets';
import { fromFragment, toFragment } from './url-state';
import { useStore } from './index';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';
const AUTH = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';

const REQUESTS: [string, string, string][] = [
  ['curl -u KEY:SECRET', `curl -u 'AKIDEXAMPLE:${SECRET}' https://iam.amazonaws.com/`, `curl -u 'AKIDEXAMPLE:' https://iam.amazonaws.com/`],
  ['curl --user KEY:SECRET', `curl --user AKIDEXAMPLE:${SECRET} https://iam.amazonaws.com/`, 'curl --user AKIDEXAMPLE: https://iam.amazonaws.com/'],
  ['a URL with userinfo', `https://AKIDEXAMPLE:${encodeURIComponent(SECRET)}@iam.amazonaws.com/?Action=ListUsers`, 'https://AKIDEXAMPLE:@iam.amazonaws.com/?Action=ListUsers'],
  [
    "a presigned URL's token and credential",
    `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${TOKEN}&X-Amz-Signature=ab`,
    'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=&X-Amz-Security-Token=&X-Amz-Signature=',
  ],
  [
    'Authorization and X-Amz-Security-Token headers',
    `GET / HTTP/1.1\nHost: iam.amazonaws.com\nX-Amz-Security-Token: ${TOKEN}\nAuthorization: ${AUTH}\n`,
    'GET / HTTP/1.1\nHost: iam.amazonaws.com\nX-Amz-Security-Token: \nAuthorization: \n',
  ],
  ['a curl -H token header', `curl -H 'X-Amz-Security-Token: ${TOKEN}' https://h.example/`, `curl -H 'X-Amz-Security-Token: ' https://h.example/`],
];

describe('secrets never reach a link unasked', () => {
  it.each(REQUESTS)('%s: cut out of the request text', (_name, text, redacted) => {
    expect(redactRequestSecrets(text)).toBe(redacted);
    const fragment = toFragment({ lab: { requestText: text } }, false);
    expect(decodeURIComponent(fragment)).not.toContain(SECRET);
    expect(fragment).not.toContain(TOKEN);
    expect(fragment).not.toContain('5d672d79');
    expect(fromFragment(fragment).lab?.requestText).toBe(redacted);
    // Ticked: the link carries the request as typed.
    expect(fromFragment(toFragment({ lab: { requestText: text } }, true)).lab?.requestText).toBe(text);
  });
  it('text the importers cannot read loses every line that could hold a secret', () => {
    const text = `GET / HTTP/1.1\nHost h\nAuthorization: ${AUTH}\nX-A: 1\n`;
    expect(redactRequestSecrets(text)).toBe('GET / HTTP/1.1\nHost h\nX-A: 1\n');
  });
  it('a request without secrets is kept as it is', () => {
    const text = 'GET /?q=a+b HTTP/1.1\nHost: iam.amazonaws.com\n';
    expect(redactRequestSecrets(text)).toBe(text);
  });
});

describe('a link cannot plant credentials silently', () => {
  it('names the credentials a link brings, from its fields or its request', () => {
    expect(linkCredentialsOf({ accessKeyId: 'AKID', secretAccessKey: 'S' })).toEqual({ accessKeyId: 'AKID', secretAccessKey: 'S', sessionToken: '' });
    expect(linkCredentialsOf({ requestText: `curl -u 'AKIDEXAMPLE:${SECRET}' https://h.example/` })).toEqual({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET, sessionToken: '' });
    expect(linkCredentialsOf({ accessKeyId: 'AKID', region: 'eu-west-1', requestText: 'GET / HTTP/1.1\nHost: h\n' })).toBeNull();
  });
  it('holds them until accepted; the lab keeps its own secret meanwhile', () => {
    const before = useStore.getState().lab.inputs.secretAccessKey;
    useStore.getState().openLink({ view: 'lab', lab: { accessKeyId: 'AKIDLINK', secretAccessKey: 'LINKSECRET', sessionToken: 'LINKTOKEN', region: 'eu-west-1' } });
    const held = useStore.getState();
    expect(held.link.held).toMatchObject({ accessKeyId: 'AKIDLINK', secretAccessKey: 'LINKSECRET', sessionToken: 'LINKTOKEN' });
    expect(held.lab.inputs.secretAccessKey).toBe(before);
    expect(held.lab.inputs.sessionToken).not.toBe('LINKTOKEN');
    expect(held.lab.inputs.region).toBe('eu-west-1');
    useStore.getState().acceptLinkCredentials();
    const accepted = useStore.getState();
    expect(accepted.link.held).toBeNull();
    expect([accepted.lab.inputs.accessKeyId, accepted.lab.inputs.secretAccessKey, accepted.lab.inputs.sessionToken]).toEqual(['AKIDLINK', 'LINKSECRET', 'LINKTOKEN']);
  });
  it('accepting a link that set only a secret keeps the lab\'s own access key', () => {
    const key = useStore.getState().lab.inputs.accessKeyId;
    expect(key).not.toBe('');
    useStore.getState().openLink({ lab: { secretAccessKey: 'ONLYSECRET' } });
    useStore.getState().acceptLinkCredentials();
    expect([useStore.getState().lab.inputs.accessKeyId, useStore.getState().lab.inputs.secretAccessKey]).toEqual([key, 'ONLYSECRET']);
  });
  it('a request with a secret inside is opened without it until accepted, and can be discarded', () => {
    const text = `curl -u 'AKIDEXAMPLE:${SECRET}' https://iam.amazonaws.com/`;
    useStore.getState().openLink({ lab: { requestText: text } });
    expect(useStore.getState().lab.inputs.requestText).toBe(`curl -u 'AKIDEXAMPLE:' https://iam.amazonaws.com/`);
    expect(useStore.getState().lab.inputs.secretAccessKey).not.toBe(SECRET);
    useStore.getState().dismissLinkCredentials();
    expect(useStore.getState().link.held).toBeNull();
    expect(useStore.getState().lab.inputs.secretAccessKey).not.toBe(SECRET);
  });
});
