/** 認証情報フローの日本語の文言。キーは en/flow-explanations.ts と同じ。`{name}` は各ステップの params で埋める。 */
import type { Words } from '../catalogue';
import type { flowExplanations as english } from '../en/flow-explanations';

export const flowExplanations: Words<typeof english> = {
  'scenario.imdsv2.title': 'IMDSv2 (既定)',
  'scenario.imdsv2.summary': 'インスタンスプロファイルを持つ EC2 インスタンスが、IMDSv2 のセッションを通じてロールの一時的な認証情報を受け取ります。',
  'scenario.imdsv1.title': 'IMDSv1',
  'scenario.imdsv1.summary': '同じ流れを IMDSv1 で。トークンなしの単純な GET です。インスタンスが許可している場合 (HttpTokens=optional) にだけ使えます。',
  'scenario.untrusted-role.title': 'EC2 を信頼していないロール',
  'scenario.untrusted-role.summary': 'ロールの信頼ポリシーが別のサービスを指定しているため、STS は EC2 を拒否し、IMDS は認証情報の代わりにエラードキュメントを返します。',
  'scenario.no-instance-profile.title': 'インスタンスプロファイルなし',
  'scenario.no-instance-profile.summary': 'インスタンスにロールがアタッチされていません。IMDS は 404 を返し、取得できるものはありません。',
  'scenario.container-hop-limit.title': 'ブリッジネットワーク上のコンテナ (ホップ制限 1)',
  'scenario.container-hop-limit.summary': 'IMDSv2 のトークン応答が越えられるネットワークホップは 1 つです。ブリッジネットワーク上のコンテナは 2 ホップ先なので、トークンが届きません。',
  'scenario.assume-role-from-instance.title': 'インスタンス上で aws sts assume-role',
  'scenario.assume-role-from-instance.summary': '講演の余談: インスタンスから自分のロールに AssumeRole すると失敗します。ロールが信頼しているのは EC2 サービスであって、インスタンスではありません。',
  'scenario.cross-account.title': '別アカウントの IAM ユーザー',
  'scenario.cross-account.summary': 'アカウント 111122223333 の IAM ユーザーが、アカウント 123456789012 のロールを引き受けます。信頼ポリシーは相手のアカウントを指定し、外部 ID を要求します。',
  'scenario.web-identity.title': 'ウェブ ID (EKS のサービスアカウント)',
  'scenario.web-identity.summary': 'Pod がサービスアカウントの OIDC トークンを AssumeRoleWithWebIdentity に提示します。信頼ポリシーはトークンの aud と sub を確認します。',

  'node.instance': 'EC2 インスタンス (SDK / CLI)',
  'node.instance.iamUser': 'パートナーのアプリ (IAM ユーザー)',
  'node.instance.pod': 'EKS の Pod (SDK)',
  'node.imds': 'インスタンスメタデータサービス',
  'node.ec2': 'EC2 サービス',
  'node.sts': 'AWS STS',
  'node.iam': 'IAM ロール',
  'node.api': 'AWS API',

  'step.metadata-request': 'IMDS に認証情報を求める',
  'step.assume-role': 'AssumeRole リクエスト',
  'step.trust-check': '信頼ポリシーの確認',
  'step.sts-response': 'STS の応答',
  'step.credential-document': '認証情報ドキュメント',
  'step.api-call': '署名付き API 呼び出し',
  'step.endpoint-verify': 'エンドポイントが検証',
  'step.authorize': 'IAM が認可',

  'explain.metadata.v2':
    'SDK は IMDSv2 のセッションを開きます。TTL {ttl} 秒を指定した PUT /latest/api/token がトークンを返し、以後の {host} へのリクエストにはすべてこのトークンを付けます。iam/security-credentials/ の一覧を取得し (ロールは {role})、そのロールの認証情報を求めます。URL を取得させられたサーバー (SSRF) はヘッダー付きの PUT を送れません。v2 はこのために作られました。',
  'explain.metadata.v1':
    'IMDSv1: {host} へのトークンなしの単純な GET です。一覧がロール {role} を示し、次の GET でその認証情報を求めます。インスタンスに URL を取得させられるコードなら誰でも同じことができてしまうため、HttpTokens=required にして v1 を無効にします。',
  'explain.metadata.noProfile':
    '{host} の IMDS は iam/security-credentials/ に 404 Not Found を返します。インスタンスプロファイルがアタッチされておらず、読むべきロールがありません。SDK の認証情報チェーンは認証情報なしで終わります。',
  'explain.metadata.hopLimit.fallback':
    'トークン応答は IP ホップ制限 1 で IMDS を出て、コンテナのブリッジで消えます。{timeoutSeconds} 秒応答がないと SDK はトークンをあきらめて IMDSv1 に切り替えます。インスタンスが許可している (HttpTokens=optional) ので、単純な GET がロール {role} に届きます。',
  'explain.metadata.hopLimit.required':
    'トークン応答は IP ホップ制限 1 で IMDS を出て、コンテナのブリッジで消えます。{timeoutSeconds} 秒後に SDK は IMDSv1 に切り替えますが、インスタンスはトークンを必須にしている (HttpTokens=required) ので 401 Unauthorized です。認証情報は得られません。ホップ制限を 2 に上げるか、ホストネットワークを使います。',
  'explain.metadata.cli':
    '認証情報が設定されていないので、CLI は認証情報チェーンを最後の IMDS までたどり、ほかの SDK と同じくインスタンスロール {role} の認証情報を得ます。そのうえで次を実行します: {command}',
  'explain.metadata.cliNoCredentials':
    '認証情報は設定されておらず、インスタンスプロファイルもアタッチされていません。IMDS は 404 を返すので、CLI は署名に使うものがなく、STS を呼ぶ前に止まります。',
  'explain.metadata.cliValidation':
    'CLI は認証情報を探す前にパラメータを検査します。RoleSessionName は 2〜64 文字でなければならず、「{sessionName}」は {length} 文字です。何も送信されません。',
  'explain.assumeRole.ec2':
    'インスタンスではなく EC2 サービスが、インスタンスプロファイルのロール {roleArn} について STS の AssumeRole を呼びます。ロールセッション名はインスタンス ID の {sessionName}、認証情報の有効期間は {duration} 秒です。リクエストは EC2 サービス自身のキーで SigV4 署名されています (AWS はこのキーを公開していないので、{accessKeyId} はその代役です)。',
  'explain.assumeRole.instance':
    'CLI はインスタンスロールの一時的な認証情報で、{roleArn} への AssumeRole に署名します。STS から見た呼び出し元は EC2 サービスではなく、ロールセッション {callerArn} です。',
  'explain.assumeRole.crossAccount':
    'パートナーのアプリは IAM ユーザーの長期キーで {roleArn} への AssumeRole に署名します。呼び出し元は {callerArn} です。ロールの所有者から渡された外部 ID {externalId} を送ります。',
  'explain.assumeRole.webIdentity':
    'Pod の SDK は投影されたサービスアカウントトークンを読み、{roleArn} について AssumeRoleWithWebIdentity を呼びます。この呼び出しには署名がありません。OIDC トークン (発行者 {provider}、サブジェクト {subject}) が証明になります。',
  'explain.trust.allow':
    'STS が読むのはロールの信頼ポリシーで、アクセス許可ポリシーではありません。{statement} が {principal} に {action} を許可し、一致する Deny はありません。許可されます。',
  'explain.trust.explicitDeny':
    '{statement} は {principal} と {action} に一致する Deny です。明示的な Deny はどの Allow よりも優先されます。拒否されます。',
  'explain.trust.implicitDeny':
    '信頼ポリシーのどのステートメントも {principal} に {action} を許可していないので、暗黙的に拒否されます。',
  'explain.trust.asideDeny':
    '{roleArn} の信頼ポリシーが信頼しているのは EC2 サービスです。ここでの呼び出し元はロール自身のセッション {principal} で、これを信頼するものはないため拒否されます。ロールをインスタンスにアタッチすると、インスタンスは IMDS からロールの認証情報を読めるようになりますが、AssumeRole を呼べるようになるわけではありません。',
  'explain.stsResponse.ok':
    'STS は一時的な認証情報を返します。アクセスキー {accessKeyId}、シークレットキー、セッショントークンで、{expiration} まで有効です。セッションは {assumedRoleArn} です。',
  'explain.stsResponse.denied':
    'STS は {code} を返します:「{message}」。ロールが存在してもしなくても同じ応答です。',
  'explain.credentialDocument.ok':
    'IMDS は認証情報ドキュメントを返します。Code は Success、アクセスキーは {accessKeyId}、有効期限は {expiration} です。SDK はこれをキャッシュし、期限の前に更新します。IMDS は期限の 5 分以上前に新しい認証情報を用意します。',
  'explain.credentialDocument.unauthorized':
    'IMDS は Code が AssumeRoleUnauthorizedAccess のドキュメントを返します。EC2 はロール {role} を引き受けられません。直す場所はロールの信頼ポリシーで、ec2.amazonaws.com に sts:AssumeRole を許可します。',
  'explain.apiCall':
    '認証情報の行き先: SDK は {service} ({host}) への各リクエストに {accessKeyId} で SigV4 署名し、セッショントークンを X-Amz-Security-Token で送ります。署名ラボで開くと同じ署名を再計算できます。',


  'variant.httpTokens': 'インスタンスメタデータの設定 HttpTokens',
  'variant.httpTokens.optional': 'optional (IMDSv1 も可)',
  'variant.httpTokens.required': 'required (IMDSv2 のみ)',
  'variant.callerCredentials': 'CLI が見つける認証情報',
  'variant.callerCredentials.instance-role': 'インスタンスロールのもの (IMDS から)',
  'variant.callerCredentials.none': 'なし (インスタンスプロファイルなし)',
  'variant.sessionName': 'ロールセッション名',
  'variant.externalId': '送信する外部 ID',
  'variant.subject': 'トークンのサブジェクト (sub)',

  'verdict.ok': '呼び出し元はロールの認証情報 ({accessKeyId}、{expiration} まで) を持ち、それで API 呼び出しに署名します。',
  'verdict.assumed': '信頼ポリシーが呼び出し元を信頼するようになったので、STS は認証情報 ({accessKeyId}) を発行しました。',
  'verdict.trustDenied': '{roleName} の信頼ポリシーはこの呼び出し元による引き受けを認めていません。認証情報はありません。',
  'verdict.asideDenied': 'AccessDenied: {roleArn} が信頼しているのは EC2 サービスで、インスタンスではありません。',
  'verdict.noProfile': 'インスタンスプロファイルがなければ、ロールの認証情報もありません。',
  'verdict.hopLimit': 'IMDSv2 のトークンはコンテナに届かず、IMDSv1 は無効です。{timeoutSeconds} 秒後、認証情報なしで終わります。',
  'verdict.noCredentials': 'Unable to locate credentials: CLI は STS を呼びませんでした。',
  'verdict.apiRefused': 'エンドポイントが署名付きの呼び出しを拒否しました: {code}。',
  'verdict.apiDenied': 'ロールの認証情報は有効ですが、アクセス許可ポリシーが {resource} に対する {action} を許可していません: 403 AccessDenied。',
  'verdict.validation': 'Parameter validation failed: ロールセッション名は 2〜64 文字でなければなりません。',

};
