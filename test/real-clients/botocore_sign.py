"""Real client 3: botocore's own SigV4 signers, driven the way botocore drives them.

Reads a JSON list of cases on stdin and writes one JSON list on stdout. Each case is signed with
SigV4Auth / S3SigV4Auth (Authorization header) or SigV4QueryAuth / S3SigV4QueryAuth (presigned
URL) on an AWSRequest that carries the query as decoded key/value pairs (`params`), and is then
prepare()d, as botocore's endpoint does just before sending. The clock is fixed by replacing the
`datetime` that botocore.auth reads (it calls datetime.datetime.utcnow() in add_auth).

Each result: the canonical request and string to sign the signer built (recorded as it built
them, not recomputed), the URL and headers botocore sends, and the body (base64).
"""

import base64
import datetime
import json
import sys
import types

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


class FixedClock(datetime.datetime):
    """datetime.datetime with utcnow() pinned to the case's signing time."""

    pinned = None

    @classmethod
    def utcnow(cls):
        return cls.pinned


# botocore.auth did `import datetime`; give it a module whose datetime class is the fixed clock.
botocore.auth.datetime = types.SimpleNamespace(datetime=FixedClock)


def recording(base):
    """A signer class that keeps the canonical request and string to sign it computed."""

    class Recording(base):
        def canonical_request(self, request):
            self.last_canonical_request = super().canonical_request(request)
            return self.last_canonical_request

        def string_to_sign(self, request, canonical_request):
            self.last_string_to_sign = super().string_to_sign(request, canonical_request)
            return self.last_string_to_sign

    return Recording


SIGNERS = {
    ('header', False): recording(botocore.auth.SigV4Auth),
    ('header', True): recording(botocore.auth.S3SigV4Auth),
    ('query', False): recording(botocore.auth.SigV4QueryAuth),
    ('query', True): recording(botocore.auth.S3SigV4QueryAuth),
}


def sign(case):
    FixedClock.pinned = datetime.datetime.strptime(case['amzDate'], '%Y%m%dT%H%M%SZ')
    credentials = Credentials(case['accessKeyId'], case['secretAccessKey'], case.get('token'))
    cls = SIGNERS[(case['mode'], case['service'] == 's3')]
    if case['mode'] == 'query':
        signer = cls(credentials, case['service'], case['region'], expires=case['expires'])
    else:
        signer = cls(credentials, case['service'], case['region'])
    body = base64.b64decode(case['body'])
    request = AWSRequest(method=case['method'], url=case['url'], data=body,
                         params=[tuple(p) for p in case['params']])
    # HTTPHeaders appends on assignment, so a repeated header stays repeated, in order.
    for name, value in case['headers']:
        request.headers[name] = value
    signer.add_auth(request)
    prepared = request.prepare()
    # What goes on the wire: the request's headers (with repeats) and what prepare() adds after
    # signing (Content-Length); prepare()'s own dict would keep one value per name.
    sent = [[k, v] for k, v in request.headers.items()]
    names = {k.lower() for k, _ in sent}
    sent += [[k, v] for k, v in prepared.headers.items() if k.lower() not in names]
    sent_body = prepared.body or b''
    if isinstance(sent_body, str):
        sent_body = sent_body.encode('utf-8')
    return {
        'id': case['id'],
        'canonicalRequest': signer.last_canonical_request,
        'stringToSign': signer.last_string_to_sign,
        'url': prepared.url,
        'headers': sent,
        'body': base64.b64encode(sent_body).decode('ascii'),
    }


def main():
    cases = json.load(sys.stdin)
    json.dump([sign(c) for c in cases], sys.stdout)


if __name__ == '__main__':
    main()
