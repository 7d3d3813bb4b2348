/**
 * English words of the flow's views that load after first paint, a section that loads with them:
 * the graph's edge names that are words rather than message text, the provider chain's, the talk's own slide (scenes.md:
 * メタデータの動作イメージ), and the names of a message's parts in the message panel.
 */
import type { ChainWordKey, GraphWordKey, LateFlowKey, PolicyRule } from '../../flow';
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
    'The SDK opens an IMDSv2 session: PUT /latest/api/token with a TTL of {ttl} seconds returns a token that every later request to {host} carries. It lists iam/security-credentials/ (the role is {role}) and asks for that role’s credentials. IMDS answers from what it already holds: the EC2 service fetched them on its own schedule (steps 2 to 4), not when the instance asks. A server tricked into fetching a URL (SSRF) cannot send a PUT with a header, which is why v2 exists.',
  'explain.metadata.v1':
    'IMDSv1: plain GET requests to {host}, no token. The listing names the role {role}; the next GET asks for its credentials, which IMDS already holds (the EC2 service fetched them on its schedule, steps 2 to 4). Over v1, IMDS serves the IMDSv1 role credentials, a different set from the IMDSv2 role credentials; the condition key ec2:RoleDelivery tells them apart. Any code that can make the instance fetch a URL can do the same, which is why HttpTokens=required turns v1 off.',
  'explain.metadata.noProfile':
    'IMDS at {host} answers 404 Not Found for iam/security-credentials/: no instance profile is attached, so there is no role to read. The SDK’s credential chain ends without credentials.',
  'explain.metadata.hopLimit.fallback':
    'The token response leaves IMDS with an IP hop limit of 1 and dies at the container’s bridge. After {timeoutSeconds} s without an answer the SDK gives up on the token and falls back to IMDSv1, which the instance allows (HttpTokens=optional): the plain GETs reach the role {role}, and IMDS serves its IMDSv1 role credentials (not the set IMDSv2 would serve).',
  'explain.metadata.hopLimit.required':
    'The token response leaves IMDS with an IP hop limit of 1 and dies at the container’s bridge. After {timeoutSeconds} s the SDK falls back to IMDSv1, but the instance requires tokens (HttpTokens=required): 401 Unauthorized. No credentials. Raise the hop limit to 2 or use the host network.',
  'explain.metadata.cli':
    'No credentials are configured, so the CLI’s credential provider chain reaches its last provider, IMDS, and finds the instance role {role}’s credentials like any SDK would. Then it runs: {command}',
  'explain.metadata.cliNoCredentials':
    'No credentials are configured and no instance profile is attached: IMDS answers 404, so the CLI has nothing to sign with and stops before calling STS with “Unable to locate credentials. You can configure credentials by running "aws configure".”',
  'explain.metadata.cliValidation':
    'The CLI looked for credentials first and found none (IMDS answered 404), then checks parameters before any STS call: RoleSessionName must be 2 to 64 characters, and “{sessionName}” has {length}. The parameter check fails first, so nothing is sent.',
  'explain.assumeRole.ec2':
    'On its own schedule, not when the instance asks, the EC2 service calls STS AssumeRole for {roleArn}, the role of the instance profile; the set IMDS holds now was fetched at {fetchedAt}. The request carries only RoleArn and RoleSessionName, the instance id {sessionName}: no DurationSeconds. The credentials are valid about {lifetimeHours} hours, and EC2 fetches new ones about every {replacedEveryMinutes} minutes. It signs with SigV4 using the EC2 service’s own key (AWS does not publish it: {accessKeyId} stands in for it).',
  'explain.assumeRole.instance':
    'The CLI calls STS AssumeRole for {roleArn}, signed with the instance role’s credentials it found through IMDS. To STS the caller is the role session {callerArn} (the session the EC2 service opened, named after the instance), not the EC2 service. botocore signs content-type, host, x-amz-date and x-amz-security-token; it adds Content-Length after signing.',
  'explain.assumeRole.crossAccount':
    'The partner’s app signs AssumeRole for {roleArn} with its IAM user’s long-term key; the caller is {callerArn}. It sends the external ID {externalId} the role’s owner gave it.',
  'explain.assumeRole.webIdentity':
    'The pod’s SDK reads its projected service-account token and calls AssumeRoleWithWebIdentity for {roleArn}. The call is not signed: the OIDC token (issuer {provider}, subject {subject}) is the proof. STS answers with SubjectFromWebIdentityToken, Audience and, as Provider, the OIDC provider’s ARN {providerArn}.',
  'explain.trust.allow':
    'STS reads the role’s trust policy, not its permission policies. {statement} allows {principal} to perform {action}, and no Deny matches: allowed.',
  'explain.trust.explicitDeny':
    '{statement} is a Deny that matches {principal} and {action}. An explicit Deny wins over any Allow: refused.',
  'explain.trust.implicitDeny':
    'No statement of the trust policy allows {principal} to perform {action}, so the request is implicitly denied.',
  'explain.trust.asideDeny':
    'The trust policy of {roleArn} trusts the EC2 service (ec2.amazonaws.com), not the role’s own sessions. The caller here is {principal}, a session of the role itself, and since 2022 a role no longer trusts itself implicitly: denied. The talk’s conclusion holds: the instance gets its role through the EC2 service and IMDS, and what the instance itself holds is a role session, which can call AssumeRole only on roles that trust it (role chaining, sessions capped at 1 hour).',
  'explain.stsResponse.ok':
    'STS returns temporary credentials: access key {accessKeyId}, a secret key and a session token, valid until {expiration}. The session is {assumedRoleArn}.',
  'explain.stsResponse.denied':
    'STS answers {code}: “{message}”. It says the same whether or not the role exists.',
  'explain.credentialDocument.ok':
    'IMDS serves the {delivery} role credentials the EC2 service fetched at {lastUpdated} (LastUpdated): Code Success, access key {accessKeyId}, expiring at {expiration}. Nothing calls STS for this request. EC2 fetches a new set about every hour, so new credentials are there at least five minutes before these expire; the SDK caches them and refreshes 15 minutes before Expiration (at 10 minutes it must).',
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
  'node.imds.ecs': 'ECS credentials endpoint',
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
  'verdict.asideDenied':
    'AccessDenied: {roleArn} trusts the EC2 service, not its own role sessions; what the instance holds is a role session.',
  'verdict.noProfile': 'No instance profile, no role credentials.',
  'verdict.hopLimit': 'The IMDSv2 token never reached the container and IMDSv1 is off: no credentials after {timeoutSeconds} s.',
  'verdict.noCredentials': 'Unable to locate credentials: the CLI never called STS.',
  'verdict.validation': 'Parameter validation failed: the role session name must be 2 to 64 characters.',
  'verdict.v1Disabled': 'The token never reached the container and the SDK may not use IMDSv1: no credentials after {timeoutSeconds} s.',
  'explain.assumeRole.crossAccountNoExternalId':
    'The partner’s app signs AssumeRole for {roleArn} with its IAM user’s long-term key; the caller is {callerArn}. It sends no ExternalId, so the request context has no sts:ExternalId key.',
  'explain.assumeRole.cliValidation':
    'The CLI found the instance role’s credentials first (creating its client resolves them), then checks parameters before any STS call: RoleSessionName must be 2 to 64 characters, and “{sessionName}” has {length}. Nothing is sent to STS.',
  'explain.trust.allowDelegated':
    '{statement} of the trust policy allows {principal} through its account {account}. A trust policy that names an account delegates to it, so the caller’s own identity-based policy must also allow {action} on {roleArn}: its policy {identityPolicy} does ({identityStatement}). Both evaluations allow: allowed.',
  'explain.trust.conditionDeny':
    '{statement} names {principal} and {action}, but its condition does not hold: {conditionOperator} on {conditionKey} expects {conditionValues}, and the request sent {conditionSent}. The denial is about the condition, not the principal.',
  'explain.trust.conditionMissing':
    '{statement} names {principal} and {action}, but its condition does not hold: {conditionOperator} on {conditionKey} expects {conditionValues}, and the request has no {conditionKey} at all. The denial is about the condition, not the principal.',
  'explain.trust.identityDeny':
    '{statement} of the trust policy allows {principal} through its account {account}, which delegates the decision to that account: the caller’s own identity-based policy must also allow {action} on {roleArn}. Its policy {identityPolicy} does not, so STS refuses “… because no identity-based policy allows the {action} action”.',
  'explain.stsResponse.ec2':
    'STS returns temporary credentials to the EC2 service: access key {accessKeyId}, a secret key and a session token, issued at {lastUpdated} and valid until {expiration}, about {lifetimeHours} hours (observed, not documented; an AssumeRole without DurationSeconds otherwise gets one hour). The session is {assumedRoleArn}. EC2 hands them to the instance’s IMDS, which serves them until a newer set replaces them.',
  'explain.stsResponse.chained':
    'STS returns temporary credentials for the chained session {assumedRoleArn}: access key {accessKeyId}, a secret key and a session token, valid until {expiration}. A session assumed with a role session’s credentials is role chaining, capped at 1 hour.',
  'verdict.identityDenied': 'AccessDenied: the trust policy of {roleName} delegates to the caller’s account, and no identity-based policy of {caller} allows sts:AssumeRole on it.',
  'verdict.apiRefused': 'The endpoint refused the signed call: {code}.',
  'verdict.apiDenied': 'The role’s credentials work, but its permission policy does not allow {action} on {resource}: 403 AccessDenied.',
  'edge.verify': 'verify signature',
  'edge.authorize': 'permission policy?',
  'flow.trust.title': 'The role’s trust policy (AssumeRolePolicyDocument)',
  'flow.trust.help': 'Edit it: the flow reruns with it. Remove ec2.amazonaws.com and step 3 fails.',
  'flow.trust.allow': 'allow',
  'flow.trust.deny': 'deny',
  'flow.trust.verdict.explicit-allow': 'Allowed by statement {statement}.',
  'flow.trust.verdict.explicit-deny': 'Denied by statement {statement}: an explicit Deny wins.',
  'flow.trust.verdict.implicit-deny': 'Denied: no statement allows {principal} to {action}.',
  'flow.trust.question': 'Does it let {principal} call {action}?',
  'flow.credentials.title': 'The temporary credentials',
  'flow.credentials.pending': 'They appear once the flow reaches them.',
  'flow.credentials.none': 'This scenario ends without credentials.',
  'flow.refresh.title': 'Refresh timeline',
  'flow.refresh.note': 'The SDK renews them before they expire; IMDS has new ones at least five minutes before.',
  'flow.useInLab': 'Use these credentials in the signing lab',
  'flow.useInLab.none': 'This scenario produces no signed call to hand to the lab.',
  'flow.refresh.before': "{minutes} min before expiry",
  'refresh.issued': 'Credentials issued',
  'refresh.sdk-advisory-refresh': 'The SDK starts refreshing',
  'refresh.sdk-mandatory-refresh': 'The SDK must refresh',
  'refresh.imds-rotation': 'IMDS serves new credentials by now',
  'refresh.expiration': 'Credentials expire',
  'explain.endpointVerify.ok':
    'S3 receives the request. {accessKeyId} is a temporary key: the X-Amz-Security-Token names its session, {sessionArn}, and through it S3 finds the secret. It recomputes the signature from the request as it arrived and gets the same {signature}. X-Amz-Date {amzDate} is within 15 minutes of its clock, and the session has not expired (until {expiration}).',
  'explain.endpointVerify.fail':
    'S3 receives the request and refuses it before any policy is read: {code}, “{message}”',
  'explain.authorize.allow':
    'Now IAM decides, with the role’s permission policy, not its trust policy: may {sessionArn} perform {action} on {resource}? {statement} allows it and no Deny matches, so S3 answers with the listing (ListBucketResult).',
  'explain.authorize.implicitDeny':
    'No statement of {roleName}’s permission policy allows {action} on {resource}, so the call is implicitly denied: S3 answers 403 AccessDenied. The signature was fine; the permissions were not.',
  'explain.authorize.explicitDeny':
    '{statement} of {roleName}’s permission policy is a Deny that matches {action} on {resource}. An explicit Deny wins over any Allow: S3 answers 403 AccessDenied.',
  'policy.version': '"2012-10-17" (or the old "2008-10-17")',
  'policy.statement-element': 'a "Statement" element',
  'policy.statements': 'at least one statement',
  'policy.string': 'a string',
  'policy.object': 'an object',
  'policy.json-object': 'a JSON object',
  'policy.no-resource': 'no Resource in a trust policy (the role is the resource)',
  'policy.no-principal': 'no Principal in a permission policy (it applies to the role it is attached to)',
  'policy.one-of': 'one of {names}',
  'policy.single-element': 'a single "{name}" element',
  'policy.effect': '"Allow" or "Deny"',
  'policy.effect-element': 'an "Effect" element',
  'policy.either': 'either {a} or {b}, not both',
  'policy.element-either': 'a "{a}" or "{b}" element',
  'policy.action': 'an action like "sts:AssumeRole" or "s3:List*"',
  'policy.resource': '"*" or an ARN like "arn:aws:s3:::amzn-s3-demo-bucket"',
  'policy.principal': '"*" or an object such as {"Service": "ec2.amazonaws.com"}',
  'policy.principal-types': 'at least one of {names}',
  'policy.aws-principal': 'an account id or an ARN like "arn:aws:iam::111122223333:root"',
  'policy.service-principal': 'a service principal like "ec2.amazonaws.com"',
  'policy.non-empty-string': 'a non-empty string',
  'policy.values-of': 'at least one value: {item}',
  'policy.condition': 'an object of condition operators',
  'policy.operator': 'a string condition operator (StringEquals, StringLike, their Not and IfExists forms, optionally ForAnyValue:/ForAllValues:)',
  'policy.condition-keys': 'an object of condition keys and values',
  'policy.value': 'at least one value',
  'policy.condition-value': 'a string, number or boolean',
  'flow.permission.title': 'The role’s permission policy ({role})',
  'flow.permission.help': 'What the role may do comes from its policies, not from its trust policy. Edit it: step {step} and the API’s answer follow. Remove the first statement, or add a Deny, and S3 answers 403 AccessDenied.',
  'flow.permission.question': 'Does it allow {action} on {resource}?',
  'flow.permission.verdict.explicit-allow': 'Allowed by statement {statement}: S3 returns the listing.',
  'flow.permission.verdict.explicit-deny': 'Denied by statement {statement}: an explicit Deny wins. S3 answers 403 AccessDenied.',
  'flow.permission.verdict.implicit-deny': 'Denied: no statement allows {action}. S3 answers 403 AccessDenied.',

  'scenario.imdsv2.summary': 'An EC2 instance with an instance profile gets its role’s temporary credentials through an IMDSv2 session.',
  'scenario.imdsv1.summary': 'The same journey with IMDSv1: plain GETs, no session token. Only possible when the instance allows it (HttpTokens=optional).',
  'scenario.untrusted-role.summary': 'The role’s trust policy names another service, so STS refuses EC2 and IMDS serves an error document instead of credentials.',
  'scenario.no-instance-profile.summary': 'No role is attached to the instance: IMDS answers 404 and there is nothing to fetch.',
  'scenario.container-hop-limit.summary': 'IMDSv2’s token response may travel one network hop; a container behind a bridge is two hops away, so the token never arrives.',
  'scenario.assume-role-from-instance.summary': 'The talk’s aside: calling AssumeRole for the instance’s own role from the instance fails. The CLI finds the role’s credentials through IMDS and asks as the role session, which the role (trusting the EC2 service) does not trust.',
  'scenario.cross-account.summary': 'An IAM user of account 111122223333 assumes a role of account 123456789012; the trust policy names the other account and requires an external ID.',
  'scenario.web-identity.summary': 'A pod presents its service account’s OIDC token to AssumeRoleWithWebIdentity; the trust policy checks the token’s aud and sub.',
  'scenario.ecs-task-role.summary': 'A container of an ECS task asks the ECS agent’s endpoint at 169.254.170.2 (the path in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) for the task role’s credentials, which ECS assumed as ecs-tasks.amazonaws.com.',
  'scenario.eks-pod-identity.summary': 'A pod asks the node’s EKS Pod Identity Agent at 169.254.170.23 with its projected token; the agent calls EKS Auth’s AssumeRoleForPodIdentity, which assumes the role as pods.eks.amazonaws.com.',
  'scenario.lambda-execution-role.summary': 'The Lambda service assumes the function’s execution role and puts the keys and the token in the function’s environment: the SDK’s first provider answers.',
  'scenario.laptop-profile.summary': 'On a developer’s laptop, AWS_PROFILE names a profile of ~/.aws/config with role_arn and source_profile: the CLI signs AssumeRole with the source profile’s long-term key.',
  'scenario.imds-disabled.summary': 'The instance has a role, but the SDK never gets its credentials: AWS_EC2_METADATA_DISABLED=true skips IMDS, or ec2_metadata_v1_disabled forbids the fallback when the token cannot arrive.',

  'flow.node.active': 'active',
  'flow.node.done': 'done',
  'flow.node.failed': 'failed',
  'flow.node.idle': 'waiting',
  'flow.node.unused': 'not in this scenario',
  'flow.trust.error': 'Line {line}, column {column} ({path}): expected {expected}. The last valid policy stays in force.',
  'flow.refresh.note.instance': 'Instance-profile credentials last about six hours and EC2 replaces them about every hour, so IMDS has new ones at least five minutes before expiry. The SDK renews what it holds from 15 minutes before Expiration and must by 10 minutes.',
  'flow.graph.label': "Graph of the journey: the nodes and the numbered steps between them; the timeline and the message panel say the same in text.",
  'flow.graph.node': 'participant',
  'flow.graph.edge.role': 'message',
  'flow.graph.edge': 'Step {step}, {title}: from {from} to {to}, {state}',
  'flow.graph.edge.future': 'not reached yet',
  'flow.graph.about': 'The graph shows the journey and cannot be edited; the step buttons and the timeline move through it.',
  'refresh.imds-replacement': 'EC2 has fetched a newer set; IMDS serves it (this one stays valid)',
} as const satisfies WordsFor<GraphWordKey | ChainWordKey | LateFlowKey | `policy.${PolicyRule}`>;
