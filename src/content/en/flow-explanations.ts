/**
 * English wording of the credential flow, keyed; `{name}` slots are filled from the `params` a step
 * or verdict carries (architecture practice 7: prose and numbers come from one source).
 * Facts cited in /work/shared/reference/credential-flow.md.
 */
import type { ExplanationKey, LateExplanationKey } from '../../flow';
import type { WordsFor } from '../catalogue';

/** Every key the flow model names has its words here (a missing one fails the build); the view adds a few of its own. */
export const flowExplanations = {
  'scenario.imdsv2.title': 'IMDSv2 (default)',
  'scenario.imdsv2.summary': 'An EC2 instance with an instance profile gets its role’s temporary credentials through an IMDSv2 session.',
  'scenario.imdsv1.title': 'IMDSv1',
  'scenario.imdsv1.summary': 'The same journey with IMDSv1: plain GETs, no session token. Only possible when the instance allows it (HttpTokens=optional).',
  'scenario.untrusted-role.title': 'Role that does not trust EC2',
  'scenario.untrusted-role.summary': 'The role’s trust policy names another service, so STS refuses EC2 and IMDS serves an error document instead of credentials.',
  'scenario.no-instance-profile.title': 'No instance profile',
  'scenario.no-instance-profile.summary': 'No role is attached to the instance: IMDS answers 404 and there is nothing to fetch.',
  'scenario.container-hop-limit.title': 'Container behind a bridge (hop limit 1)',
  'scenario.container-hop-limit.summary': 'IMDSv2’s token response may travel one network hop; a container behind a bridge is two hops away, so the token never arrives.',
  'scenario.assume-role-from-instance.title': 'aws sts assume-role on the instance',
  'scenario.assume-role-from-instance.summary': 'The talk’s aside: calling AssumeRole for the instance’s own role from the instance fails. The role trusts the EC2 service, not the instance.',
  'scenario.cross-account.title': 'Cross-account IAM user',
  'scenario.cross-account.summary': 'An IAM user of account 111122223333 assumes a role of account 123456789012; the trust policy names the other account and requires an external ID.',
  'scenario.web-identity.title': 'Web identity (EKS service account)',
  'scenario.web-identity.summary': 'A pod presents its service account’s OIDC token to AssumeRoleWithWebIdentity; the trust policy checks the token’s aud and sub.',

  'node.instance': 'EC2 instance (SDK / CLI)',
  'node.instance.iamUser': 'Partner app (IAM user)',
  'node.instance.pod': 'Pod on EKS (SDK)',
  'node.imds': 'Instance Metadata Service',
  'node.ec2': 'EC2 service',
  'node.sts': 'AWS STS',
  'node.iam': 'IAM role',
  'node.api': 'AWS API',

  'step.metadata-request': 'Ask IMDS for credentials',
  'step.assume-role': 'AssumeRole request',
  'step.trust-check': 'Trust-policy check',
  'step.sts-response': 'STS answers',
  'step.credential-document': 'Credential document',
  'step.api-call': 'Signed API call',
  'step.endpoint-verify': 'The endpoint verifies',
  'step.authorize': 'IAM authorizes',

  'explain.metadata.v2':
    'The SDK opens an IMDSv2 session: PUT /latest/api/token with a TTL of {ttl} seconds returns a token that every later request to {host} carries. It lists iam/security-credentials/ (the role is {role}) and asks for that role’s credentials. A server tricked into fetching a URL (SSRF) cannot send a PUT with a header, which is why v2 exists.',
  'explain.metadata.v1':
    'IMDSv1: plain GET requests to {host}, no token. The listing names the role {role}; the next GET asks for its credentials. Any code that can make the instance fetch a URL can do the same, which is why HttpTokens=required turns v1 off.',
  'explain.metadata.noProfile':
    'IMDS at {host} answers 404 Not Found for iam/security-credentials/: no instance profile is attached, so there is no role to read. The SDK’s credential chain ends without credentials.',
  'explain.metadata.hopLimit.fallback':
    'The token response leaves IMDS with an IP hop limit of 1 and dies at the container’s bridge. After {timeoutSeconds} s without an answer the SDK gives up on the token and falls back to IMDSv1, which the instance allows (HttpTokens=optional): the plain GETs reach the role {role}.',
  'explain.metadata.hopLimit.required':
    'The token response leaves IMDS with an IP hop limit of 1 and dies at the container’s bridge. After {timeoutSeconds} s the SDK falls back to IMDSv1, but the instance requires tokens (HttpTokens=required): 401 Unauthorized. No credentials. Raise the hop limit to 2 or use the host network.',
  'explain.metadata.cli':
    'No credentials are configured, so the CLI walks its credential chain to its last link, IMDS, and gets the instance role {role}’s credentials like any SDK would. Then it runs: {command}',
  'explain.metadata.cliNoCredentials':
    'No credentials are configured and no instance profile is attached: IMDS answers 404, so the CLI has nothing to sign with and stops before calling STS.',
  'explain.metadata.cliValidation':
    'The CLI checks parameters before it looks for credentials: RoleSessionName must be 2 to 64 characters, and “{sessionName}” has {length}. Nothing is sent.',
  'explain.assumeRole.ec2':
    'The EC2 service, not the instance, calls STS AssumeRole for {roleArn}, the role of the instance profile. The role session name is the instance id, {sessionName}; the credentials last {duration} seconds. The request is signed with SigV4 using the EC2 service’s own key (AWS does not publish it: {accessKeyId} stands in for it).',
  'explain.assumeRole.instance':
    'The CLI signs AssumeRole for {roleArn} with the instance role’s temporary credentials. To STS the caller is the role session {callerArn}, not the EC2 service.',
  'explain.assumeRole.crossAccount':
    'The partner’s app signs AssumeRole for {roleArn} with its IAM user’s long-term key; the caller is {callerArn}. It sends the external ID {externalId} the role’s owner gave it.',
  'explain.assumeRole.webIdentity':
    'The pod’s SDK reads its projected service-account token and calls AssumeRoleWithWebIdentity for {roleArn}. The call is not signed: the OIDC token (issuer {provider}, subject {subject}) is the proof.',
  'explain.trust.allow':
    'STS reads the role’s trust policy, not its permission policies. {statement} allows {principal} to perform {action}, and no Deny matches: allowed.',
  'explain.trust.explicitDeny':
    '{statement} is a Deny that matches {principal} and {action}. An explicit Deny wins over any Allow: refused.',
  'explain.trust.implicitDeny':
    'No statement of the trust policy allows {principal} to perform {action}, so the request is implicitly denied.',
  'explain.trust.asideDeny':
    'The trust policy of {roleArn} trusts the EC2 service. The caller here is {principal}, a session of the role itself, and nothing trusts it: denied. Attaching a role to an instance lets the instance read the role’s credentials from IMDS; it does not let the instance call AssumeRole.',
  'explain.stsResponse.ok':
    'STS returns temporary credentials: access key {accessKeyId}, a secret key and a session token, valid until {expiration}. The session is {assumedRoleArn}.',
  'explain.stsResponse.denied':
    'STS answers {code}: “{message}”. It says the same whether or not the role exists.',
  'explain.credentialDocument.ok':
    'IMDS serves the credential document: Code Success, access key {accessKeyId}, expiring at {expiration}. The SDK caches it and refreshes before it expires; IMDS has new credentials at least five minutes before then.',
  'explain.credentialDocument.unauthorized':
    'IMDS serves a document with Code AssumeRoleUnauthorizedAccess: EC2 cannot assume the role {role}. The fix is in the role’s trust policy: allow ec2.amazonaws.com to perform sts:AssumeRole.',
  'explain.apiCall':
    'Where the credentials go: the SDK signs each request to {service} ({host}) with SigV4 using {accessKeyId}, and sends the session token as X-Amz-Security-Token. Open it in the signing lab to recompute the same signature.',


  'variant.httpTokens': 'Instance metadata setting HttpTokens',
  'variant.httpTokens.optional': 'optional (IMDSv1 allowed)',
  'variant.httpTokens.required': 'required (IMDSv2 only)',
  'variant.callerCredentials': 'Credentials the CLI finds',
  'variant.callerCredentials.instance-role': 'the instance role’s (from IMDS)',
  'variant.callerCredentials.none': 'none (no instance profile)',
  'variant.sessionName': 'Role session name',
  'variant.externalId': 'External ID sent',
  'variant.subject': 'Token subject (sub)',

  'verdict.ok': 'The caller has the role’s credentials ({accessKeyId}, until {expiration}) and signs its API calls with them.',
  'verdict.assumed': 'The trust policy now trusts the caller, so STS issued credentials ({accessKeyId}).',
  'verdict.trustDenied': 'The trust policy of {roleName} does not let this caller assume it: no credentials.',
  'verdict.asideDenied': 'AccessDenied: {roleArn} trusts the EC2 service, not the instance.',
  'verdict.noProfile': 'No instance profile, no role credentials.',
  'verdict.hopLimit': 'The IMDSv2 token never reached the container and IMDSv1 is off: no credentials after {timeoutSeconds} s.',
  'verdict.noCredentials': 'Unable to locate credentials: the CLI never called STS.',
  'verdict.apiRefused': 'The endpoint refused the signed call: {code}.',
  'verdict.apiDenied': 'The role’s credentials work, but its permission policy does not allow {action} on {resource}: 403 AccessDenied.',
  'verdict.validation': 'Parameter validation failed: the role session name must be 2 to 64 characters.',

} as const satisfies WordsFor<Exclude<ExplanationKey, LateExplanationKey>>;
