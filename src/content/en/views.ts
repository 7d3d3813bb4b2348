/**
 * English words of the flow's views that load after first paint, a section that loads with them:
 * the graph's edge names that are words rather than message text, the provider chain's, the talk's own slide (scenes.md:
 * メタデータの動作イメージ), and the names of a message's parts in the message panel.
 */
import type { ChainWordKey, GraphWordKey, LateFlowKey } from '../../flow';
import type { WordsFor } from '../catalogue';

/** Every key the graph's layout names has its words here (a missing one fails the build); the message parts add theirs. */
export const views = {
  'edge.trustCheck': 'trust policy?',
  'edge.signed': 'signed (SigV4)',
  'talk.title': 'How the metadata works',
  'talk.policy': 'IAM policy',
  'talk.attached': 'attached',
  'talk.extra': 'not on the slide',
  'talk.node.instance': 'EC2 instance',
  'talk.node.ec2': 'EC2 service',
  'talk.node.imds': 'metadata',
  'talk.node.sts': 'STS',
  'talk.node.iam': 'IAM',
  'talk.arrow.1': 'request the metadata',
  'talk.arrow.2': 'call AssumeRole',
  'talk.arrow.3': 'check the trust policy',
  'talk.arrow.4': 'temporary credentials',
  'talk.arrow.5': 'the metadata response',
  'flow.part.start.request': 'Request line',
  'flow.part.start.response': 'Status line',
  'flow.part.headers': 'Headers',
  'flow.part.body': 'Body',
  'flow.part.document': 'Document',
  'flow.part.command': 'Command',
  'flow.part.output': 'Output',
  'chain.title': 'Where the SDK looks for credentials, in order',
  'chain.strip': 'SDK looked in:',
  'chain.state.answered': 'answered',
  'chain.state.skipped': 'skipped',
  'chain.state.not-reached': 'not reached',
  'chain.environment': 'Environment variables',
  'chain.assume-role-profile': 'Assume-role profile',
  'chain.web-identity': 'Web identity',
  'chain.sso': 'IAM Identity Center (SSO)',
  'chain.shared-credentials': 'Shared credentials file',
  'chain.process': 'credential_process',
  'chain.container': 'Container credentials endpoint',
  'chain.imds': 'Instance Metadata Service',
  'chain.short.environment': 'env',
  'chain.short.assume-role-profile': 'profile',
  'chain.short.web-identity': 'web identity',
  'chain.short.sso': 'SSO',
  'chain.short.shared-credentials': 'file',
  'chain.short.process': 'process',
  'chain.short.container': 'container',
  'chain.short.imds': 'IMDS',
  'chain.reason.env-keys': 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set.',
  'chain.reason.env-keys-token': 'AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are set.',
  'chain.reason.env-none': 'Looked for AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: not set.',
  'chain.reason.profile-role': 'Profile {profile} has role_arn {role} with source {source}: the SDK calls AssumeRole with it.',
  'chain.reason.profile-no-role': 'Profile {profile} in ~/.aws/config has no role_arn with a source_profile or credential_source.',
  'chain.reason.web-identity-env': 'AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN ({role}) are set: the SDK calls AssumeRoleWithWebIdentity.',
  'chain.reason.web-identity-profile': 'Profile {profile} has web_identity_token_file and role_arn {role}.',
  'chain.reason.web-identity-none': 'Looked for AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN, or web_identity_token_file in the profile: none.',
  'chain.reason.sso-profile': 'Profile {profile} uses the SSO session {session}.',
  'chain.reason.sso-none': 'The profile has no sso_session.',
  'chain.reason.shared-file': 'Profile {profile} in ~/.aws/credentials has an access key and a secret.',
  'chain.reason.shared-none': 'Looked for profile {profile} in ~/.aws/credentials: no keys there.',
  'chain.reason.process-profile': 'Profile {profile} runs {command} for its credentials.',
  'chain.reason.process-none': 'The profile has no credential_process.',
  'chain.reason.container-relative': 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is set: the SDK asks {url}.',
  'chain.reason.container-full': 'AWS_CONTAINER_CREDENTIALS_FULL_URI is set: the SDK asks {url}, with the token of AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE.',
  'chain.reason.container-none': 'Looked for AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI: not set.',
  'chain.reason.imds-disabled-env': 'AWS_EC2_METADATA_DISABLED=true: the SDK does not ask the Instance Metadata Service.',
  'chain.reason.imds-v1-blocked': 'The token PUT got no answer, and ec2_metadata_v1_disabled forbids the plain GET: “Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled”.',
  'chain.reason.imds-token-required': 'The token PUT got no answer within 1 s; the plain GET (IMDSv1) answered 401: the instance requires tokens.',
  'chain.reason.imds-unauthorized': 'The credential document from 169.254.169.254 says AssumeRoleUnauthorizedAccess: it holds no keys.',
  'chain.reason.imds-v1-fallback': 'The token PUT got no answer within 1 s; the SDK went on without a token, and IMDSv1 answered.',
  'chain.reason.imds-endpoint-disabled': 'The instance’s metadata endpoint is disabled (HttpEndpoint): it answers 403.',
  'chain.reason.imds-no-role': 'The instance has no instance profile: no role’s credentials to serve.',
  'chain.reason.imds-not-an-instance': 'Not on an EC2 instance: nothing answers at 169.254.169.254.',
  'chain.reason.imds-v2': 'A session token (PUT), then the role’s credentials (GET), from 169.254.169.254.',
  'chain.reason.imds-v1': 'The role’s credentials by a plain GET from 169.254.169.254 (IMDSv1).',
  'chain.reason.after-answer': 'Not asked: {provider} already answered.',

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
  'explain.metadata.ecs':
    'The SDK finds AWS_CONTAINER_CREDENTIALS_RELATIVE_URI set, so its container provider asks the ECS agent at {host} for {path}, with Accept: application/json and no token: the endpoint answers only the task’s own containers.',
  'explain.metadata.eks':
    'The SDK finds AWS_CONTAINER_CREDENTIALS_FULL_URI (the agent at {host}) and AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE ({tokenFile}): it reads the pod’s projected service-account token from that file and sends it as the Authorization header.',
  'explain.metadata.imdsDisabled':
    '{variable}=true: the SDK skips the Instance Metadata Service without sending anything. No other provider of the chain has credentials, so the CLI stops: Unable to locate credentials. The instance’s role is there; the SDK was told not to look.',
  'explain.metadata.v1Disabled':
    'The token’s answer leaves IMDS with hop limit 1 and dies at the container’s bridge. After {timeoutSeconds} s the SDK would go on without a token, but ec2_metadata_v1_disabled forbids IMDSv1: botocore raises “Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled”. Raise the hop limit to 2 for containers.',
  'explain.assumeRole.ecs':
    'When ECS started the task it called STS AssumeRole for the task role {roleArn} as {principal}; the session is named after the task, {sessionName}. The agent holds the credentials and refreshes them: the endpoint serves what ECS already fetched. How ECS signs this inside AWS is not public: {accessKeyId} stands in for its key.',
  'explain.assumeRole.eks':
    'The agent calls the EKS Auth API’s AssumeRoleForPodIdentity with the pod’s token, signed with the node role’s credentials. EKS Auth checks the token and the Pod Identity association, then assumes {roleArn} as {principal}, tagging the session with the cluster, namespace and service account (session {sessionName}; {accessKeyId} stands in for the service’s key).',
  'explain.assumeRole.lambda':
    'Before the function runs, the Lambda service calls STS AssumeRole for the execution role {roleArn} as {principal}; the session is named after the function, {sessionName}. How Lambda signs this inside AWS is not public: {accessKeyId} stands in for its key.',
  'explain.assumeRole.laptop':
    'AWS_PROFILE={profile} names a profile with role_arn and source_profile {source}. The CLI takes the long-term key {accessKeyId} of {source} from ~/.aws/credentials and signs AssumeRole for {roleArn} with it; the caller is {callerArn}. botocore names the session itself.',
  'explain.credentialDocument.ecs':
    'The ECS agent answers with JSON: RoleArn, access key {accessKeyId}, the secret, the token and the Expiration {expiration}. The SDK caches them and asks again before they expire.',
  'explain.credentialDocument.eks':
    'The agent answers with JSON: access key {accessKeyId}, the secret, the token, the AccountId and the Expiration {expiration}. The SDK caches them and asks again before they expire.',
  'explain.credentialDocument.lambda':
    'Lambda puts the session in the function’s environment: AWS_ACCESS_KEY_ID ({accessKeyId}), AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. The SDK’s first provider, the environment, answers; the credentials last until {expiration}, longer than one invocation needs.',
  'explain.apiCall':
    'Where the credentials go: the SDK signs each request to {service} ({host}) with SigV4 using {accessKeyId}, and sends the session token as X-Amz-Security-Token. Open it in the signing lab to recompute the same signature.',

  'node.instance': 'EC2 instance (SDK / CLI)',
  'node.instance.iamUser': 'Partner app (IAM user)',
  'node.instance.pod': 'Pod on EKS (SDK)',
  'node.instance.task': 'ECS task (SDK)',
  'node.instance.lambda': 'Lambda function (SDK)',
  'node.instance.laptop': 'Laptop (AWS CLI)',
  'node.imds.ecs': 'ECS agent credentials endpoint',
  'node.imds.eks': 'EKS Pod Identity Agent',
  'node.ec2.ecs': 'Amazon ECS',
  'node.ec2.eks': 'EKS Auth API',
  'node.ec2.lambda': 'AWS Lambda service',
  'node.imds': 'Instance Metadata Service',
  'node.ec2': 'EC2 service',
  'node.sts': 'AWS STS',
  'node.iam': 'IAM role',
  'node.api': 'AWS API',
  'verdict.ok': 'The caller has the role’s credentials ({accessKeyId}, until {expiration}) and signs its API calls with them.',
  'verdict.assumed': 'The trust policy now trusts the caller, so STS issued credentials ({accessKeyId}).',
  'verdict.trustDenied': 'The trust policy of {roleName} does not let this caller assume it: no credentials.',
  'verdict.asideDenied': 'AccessDenied: {roleArn} trusts the EC2 service, not the instance.',
  'verdict.noProfile': 'No instance profile, no role credentials.',
  'verdict.hopLimit': 'The IMDSv2 token never reached the container and IMDSv1 is off: no credentials after {timeoutSeconds} s.',
  'verdict.noCredentials': 'Unable to locate credentials: the CLI never called STS.',
  'verdict.validation': 'Parameter validation failed: the role session name must be 2 to 64 characters.',
  'verdict.v1Disabled': 'The token never reached the container and the SDK may not use IMDSv1: no credentials after {timeoutSeconds} s.',
} as const satisfies WordsFor<GraphWordKey | ChainWordKey | LateFlowKey>;
