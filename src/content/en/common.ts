/**
 * English words of the page's frame and of the signing stages. `{name}` marks a value filled in at
 * run time from the computed trace (architecture practice 7).
 */
export const common = {
  'app.error': 'Something went wrong on this page. Your input is kept.',
  'app.error.retry': 'Try again',
  'lab.loading': 'Loading the signing lab…',
  'app.title': 'IAM Role Journey',
  'app.tagline': 'Where IAM role credentials come from, and where they go.',
  'app.privacy': 'Everything on this page is computed in your browser. Nothing is sent anywhere.',
  'lang.label': 'Language',

  'lab.title': 'SigV4 signing lab',
  'lab.intro':
    'The IAM ListUsers request from the AWS General Reference, signed step by step with AWS Signature Version 4. Every value below is computed on this page.',
  'lab.lineEndNote': '↵ marks a line feed (LF). The line feed is part of the value; the mark is not copied.',
  'lab.error.title': 'The example could not be signed',
  'lab.error.at': 'Line {line}, column {column}',
  'error.expectedFound': 'expected {expected}, found {found}',

  'inputs.title': 'Signing inputs',
  'inputs.accessKeyId': 'Access key ID',
  'inputs.secretAccessKey': 'Secret access key',
  'inputs.region': 'Region',
  'inputs.service': 'Service',
  'inputs.signingTime': 'Signing time',
  'inputs.mode': 'Signature goes in',
  'inputs.mode.header': 'the Authorization header',
  'inputs.mode.query': 'the query string (presigned URL)',
  'inputs.profile': 'Rules',
  'inputs.profile.generic': 'Generic (every service but S3)',
  'inputs.profile.s3': 'Amazon S3',

  'secret.reveal': 'Show secret',
  'secret.hide': 'Hide secret',
  'copy.label': 'Copy',
  'copy.done': 'Copied',
  'copy.aria': 'Copy the value of “{stage}”',

  'value.text': 'Text, {length} characters',
  'value.keyText': 'Text; its UTF-8 bytes ({bytes} bytes) are the first HMAC key',
  'value.hexBytes': 'Hex display of {bytes} raw bytes',
  'formula.sha256': 'SHA-256( {input} )',
  'formula.hmac': 'HMAC-SHA256( key = {key}, message = {message} )',

  'stage.request.title': 'Request',
  'stage.request.explain':
    'The unsigned HTTP request: {method} to {host}, with {headerCount} headers and a body of {bodyBytes} bytes.',
  'stage.canonicalRequest.title': 'Canonical request',
  'stage.canonicalRequest.explain':
    'The request rewritten in the one form that both you and AWS compute: six parts joined by line feeds.',
  'part.method': 'HTTP method',
  'part.method.hint': 'As written in the request line.',
  'part.canonicalUri': 'Canonical URI',
  'part.canonicalUri.hint': 'The path, normalised and URI-encoded as the rules require.',
  'part.canonicalQuery': 'Canonical query string',
  'part.canonicalQuery.hint': 'Parameters URI-encoded and sorted by name.',
  'part.canonicalHeaders': 'Canonical headers',
  'part.canonicalHeaders.hint':
    'Lower-case names, trimmed values, sorted by name; every line ends with a line feed.',
  'part.signedHeaders': 'Signed headers',
  'part.signedHeaders.hint': 'The names of the signed headers, joined with semicolons.',
  'part.payloadHash': 'Payload hash',
  'part.payloadHash.hint.body': 'Hex SHA-256 of the body ({bodyBytes} bytes).',
  'part.payloadHash.hint.header': 'Taken from the request’s x-amz-content-sha256 header.',
  'part.payloadHash.hint.option': 'Given in the signing options instead of a hash of the body.',
  'stage.canonicalRequestHash.title': 'Canonical request hash',
  'stage.canonicalRequestHash.explain':
    'SHA-256 of the canonical request’s {bytes} UTF-8 bytes; it becomes the last line of the string to sign.',
  'stage.stringToSign.title': 'String to sign',
  'stage.stringToSign.explain':
    'Four lines: the algorithm, the signing time {amzDate}, the credential scope {scope}, and the canonical request hash.',
  'stage.kSecret.title': 'kSecret',
  'stage.kSecret.explain': 'The start of the key chain: the text AWS4 followed by the secret access key.',
  'stage.kDate.title': 'kDate',
  'stage.kDate.explain': 'HMAC-SHA256 of the date {date}, keyed with kSecret.',
  'stage.kRegion.title': 'kRegion',
  'stage.kRegion.explain': 'HMAC-SHA256 of the region {region}, keyed with kDate.',
  'stage.kService.title': 'kService',
  'stage.kService.explain': 'HMAC-SHA256 of the service {service}, keyed with kRegion.',
  'stage.kSigning.title': 'kSigning',
  'stage.kSigning.explain':
    'HMAC-SHA256 of {terminator}, keyed with kService: the signing key, scoped to one day, one region and one service.',
  'stage.signature.title': 'Signature',
  'stage.signature.explain':
    'HMAC-SHA256 of the string to sign, keyed with kSigning, written as {hexLength} hex digits.',
  'stage.authorization.title': 'Authorization header',
  'stage.authorization.explain':
    'One header value: the algorithm, the credential {credential}, the signed headers and the signature.',
  'stage.presignedUrl.title': 'Presigned URL',
  'stage.presignedUrl.explain': 'The URL carrying the signing parameters and the signature in its query string.',
  'stage.signedRequest.title': 'Signed request',
  'stage.signedRequest.explain': 'The request as it is sent, signature included.',
} as const;
