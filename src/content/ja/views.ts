/** 初回表示のあとに読み込むフローの表示 (グラフ、講演のスライド、メッセージの各部) の日本語。スライドの文言は scenes.md のとおり。キーは en/views.ts と同じ。 */
import type { Words } from '../catalogue';
import type { views as english } from '../en/views';

export const views: Words<typeof english> = {
  'edge.trustCheck': '信頼ポリシー？',
  'edge.signed': '署名付き (SigV4)',
  'talk.title': 'メタデータの動作イメージ',
  'talk.policy': 'IAMポリシー',
  'talk.attached': 'アタッチ',
  'talk.extra': 'スライドにはない',
  'talk.node.instance': 'EC2 インスタンス',
  'talk.node.ec2': 'EC2 サービス',
  'talk.node.imds': 'メタデータ',
  'talk.node.sts': 'STS',
  'talk.node.iam': 'IAM',
  'talk.arrow.1': 'メタデータをリクエスト',
  'talk.arrow.2': 'AssumeRole 実行',
  'talk.arrow.3': 'AssumeRolePolicy 確認',
  'talk.arrow.4': '一時的なCredential',
  'talk.arrow.5': 'メタデータのレスポンス',
  'flow.part.start.request': 'リクエスト行',
  'flow.part.start.response': 'ステータス行',
  'flow.part.headers': 'ヘッダー',
  'flow.part.body': 'ボディ',
  'flow.part.document': 'ドキュメント',
  'flow.part.command': 'コマンド',
  'flow.part.output': '出力',
  'chain.title': 'SDK が認証情報を探す順番',
  'chain.strip': 'SDK の探索:',
  'chain.state.answered': '見つかった',
  'chain.state.skipped': 'なし',
  'chain.state.not-reached': '確認しない',
  'chain.environment': '環境変数',
  'chain.assume-role-profile': 'ロールを引き受けるプロファイル',
  'chain.web-identity': 'ウェブ ID',
  'chain.sso': 'IAM Identity Center (SSO)',
  'chain.shared-credentials': '共有認証情報ファイル',
  'chain.process': 'credential_process',
  'chain.container': 'コンテナの認証情報エンドポイント',
  'chain.imds': 'インスタンスメタデータサービス',
  'chain.short.environment': '環境変数',
  'chain.short.assume-role-profile': 'プロファイル',
  'chain.short.web-identity': 'ウェブ ID',
  'chain.short.sso': 'SSO',
  'chain.short.shared-credentials': 'ファイル',
  'chain.short.process': 'プロセス',
  'chain.short.container': 'コンテナ',
  'chain.short.imds': 'IMDS',
  'chain.reason.env-keys': 'AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY が設定されています。',
  'chain.reason.env-keys-token': 'AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN が設定されています。',
  'chain.reason.env-none': 'AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を探しましたが、設定されていません。',
  'chain.reason.profile-role': 'プロファイル {profile} に role_arn {role} とソース {source} があり、SDK はこれで AssumeRole を呼び出します。',
  'chain.reason.profile-no-role': '~/.aws/config のプロファイル {profile} には、source_profile か credential_source を伴う role_arn がありません。',
  'chain.reason.web-identity-env': 'AWS_WEB_IDENTITY_TOKEN_FILE と AWS_ROLE_ARN ({role}) が設定されており、SDK は AssumeRoleWithWebIdentity を呼び出します。',
  'chain.reason.web-identity-profile': 'プロファイル {profile} に web_identity_token_file と role_arn {role} があります。',
  'chain.reason.web-identity-none': 'AWS_WEB_IDENTITY_TOKEN_FILE と AWS_ROLE_ARN、またはプロファイルの web_identity_token_file を探しましたが、ありません。',
  'chain.reason.sso-profile': 'プロファイル {profile} は SSO セッション {session} を使います。',
  'chain.reason.sso-none': 'プロファイルに sso_session がありません。',
  'chain.reason.shared-file': '~/.aws/credentials のプロファイル {profile} にアクセスキーとシークレットがあります。',
  'chain.reason.shared-none': '~/.aws/credentials でプロファイル {profile} を探しましたが、キーがありません。',
  'chain.reason.process-profile': 'プロファイル {profile} は認証情報を得るために {command} を実行します。',
  'chain.reason.process-none': 'プロファイルに credential_process がありません。',
  'chain.reason.container-relative': 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI が設定されており、SDK は {url} に問い合わせます。',
  'chain.reason.container-full': 'AWS_CONTAINER_CREDENTIALS_FULL_URI が設定されており、SDK は AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE のトークンを付けて {url} に問い合わせます。',
  'chain.reason.container-none': 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI と AWS_CONTAINER_CREDENTIALS_FULL_URI を探しましたが、設定されていません。',
  'chain.reason.imds-disabled-env': 'AWS_EC2_METADATA_DISABLED=true のため、SDK はインスタンスメタデータサービスに問い合わせません。',
  'chain.reason.imds-v1-blocked': 'トークンの PUT に応答がなく、ec2_metadata_v1_disabled により IMDSv1 の GET も使えません: “Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled”。',
  'chain.reason.imds-token-required': 'トークンの PUT に 1 秒以内の応答がなく、トークンなしの GET (IMDSv1) は 401 でした。インスタンスがトークンを必須にしています。',
  'chain.reason.imds-unauthorized': '169.254.169.254 の認証情報ドキュメントは AssumeRoleUnauthorizedAccess で、キーを含みません。',
  'chain.reason.imds-v1-fallback': 'トークンの PUT に 1 秒以内の応答がなく、SDK はトークンなしで続け、IMDSv1 が応答しました。',
  'chain.reason.imds-endpoint-disabled': 'インスタンスのメタデータエンドポイントが無効 (HttpEndpoint) で、403 を返します。',
  'chain.reason.imds-no-role': 'インスタンスにインスタンスプロファイルがなく、返すロールの認証情報がありません。',
  'chain.reason.imds-not-an-instance': 'EC2 インスタンス上ではないため、169.254.169.254 は応答しません。',
  'chain.reason.imds-v2': '169.254.169.254 からセッショントークン (PUT) を取得し、続いてロールの認証情報 (GET) を取得します。',
  'chain.reason.imds-v1': '169.254.169.254 から GET だけでロールの認証情報を取得します (IMDSv1)。',
  'chain.reason.after-answer': '{provider} で見つかったため、確認しません。',

  'explain.metadata.v2':
    'SDK は IMDSv2 のセッションを開きます。TTL {ttl} 秒を指定した PUT /latest/api/token がトークンを返し、以後の {host} へのリクエストにはすべてこのトークンを付けます。iam/security-credentials/ の一覧を取得し (ロールは {role})、そのロールの認証情報を求めます。IMDS は手元にあるものを返します。認証情報は EC2 サービスが自身のスケジュールで取得済みで (ステップ 2〜4)、インスタンスが求めた時点で取得されるのではありません。URL を取得させられたサーバー (SSRF) はヘッダー付きの PUT を送れません。v2 はこのために作られました。',
  'explain.metadata.v1':
    'IMDSv1: {host} へのトークンなしの単純な GET です。一覧がロール {role} を示し、次の GET でその認証情報を求めます。認証情報は EC2 サービスがスケジュールに従って取得済みで、IMDS の手元にあります (ステップ 2〜4)。v1 で IMDS が返すのは IMDSv1 のロール認証情報で、IMDSv2 のロール認証情報とは別のものです。両者は条件キー ec2:RoleDelivery で区別できます。インスタンスに URL を取得させられるコードなら誰でも同じことができてしまうため、HttpTokens=required にして v1 を無効にします。',
  'explain.metadata.noProfile':
    '{host} の IMDS は iam/security-credentials/ に 404 Not Found を返します。インスタンスプロファイルがアタッチされておらず、読むべきロールがありません。SDK の認証情報チェーンは認証情報なしで終わります。',
  'explain.metadata.hopLimit.fallback':
    'トークン応答は IP ホップ制限 1 で IMDS を出て、コンテナのブリッジで消えます。{timeoutSeconds} 秒応答がないと SDK はトークンをあきらめて IMDSv1 に切り替えます。インスタンスが許可している (HttpTokens=optional) ので、単純な GET がロール {role} に届き、IMDS は IMDSv1 のロール認証情報 (IMDSv2 で返すものとは別のもの) を返します。',
  'explain.metadata.hopLimit.required':
    'トークン応答は IP ホップ制限 1 で IMDS を出て、コンテナのブリッジで消えます。{timeoutSeconds} 秒後に SDK は IMDSv1 に切り替えますが、インスタンスはトークンを必須にしている (HttpTokens=required) ので 401 Unauthorized です。認証情報は得られません。ホップ制限を 2 に上げるか、ホストネットワークを使います。',
  'explain.metadata.cli':
    '認証情報が設定されていないので、CLI の認証情報プロバイダーチェーンは最後の IMDS までたどり、ほかの SDK と同じくインスタンスロール {role} の認証情報を見つけます。そのうえで次を実行します: {command}',
  'explain.metadata.cliNoCredentials':
    '認証情報は設定されておらず、インスタンスプロファイルもアタッチされていません。IMDS は 404 を返すので、CLI は署名に使うものがなく、STS を呼ぶ前に「Unable to locate credentials. You can configure credentials by running "aws configure".」で止まります。',
  'explain.metadata.cliValidation':
    'CLI はまず認証情報を探しますが見つかりません (IMDS は 404)。続いて STS を呼ぶ前にパラメータを検査します。RoleSessionName は 2〜64 文字でなければならず、「{sessionName}」は {length} 文字です。パラメータの検査で先に失敗するので、何も送信されません。',
  'explain.assumeRole.ec2':
    'インスタンスが求めたときではなく自身のスケジュールで、EC2 サービスがインスタンスプロファイルのロール {roleArn} について STS の AssumeRole を呼びます。いま IMDS にある認証情報は {fetchedAt} に取得されたものです。リクエストに含まれるのは RoleArn と RoleSessionName (インスタンス ID の {sessionName}) だけで、DurationSeconds はありません。認証情報の有効期間は約 {lifetimeHours} 時間で、EC2 は約 {replacedEveryMinutes} 分ごとに新しい認証情報を取得します。リクエストは EC2 サービス自身のキーで SigV4 署名されています (AWS はこのキーを公開していないので、{accessKeyId} はその代役です)。',
  'explain.assumeRole.instance':
    'CLI は IMDS から見つけたインスタンスロールの認証情報で署名し、{roleArn} について STS の AssumeRole を呼びます。STS から見た呼び出し元は EC2 サービスではなく、ロールセッション {callerArn} (EC2 サービスが開いた、インスタンス名のセッション) です。botocore が署名するのは content-type、host、x-amz-date、x-amz-security-token で、Content-Length は署名の後に付け加えます。',
  'explain.assumeRole.crossAccount':
    'パートナーのアプリは IAM ユーザーの長期キーで {roleArn} への AssumeRole に署名します。呼び出し元は {callerArn} です。ロールの所有者から渡された外部 ID {externalId} を送ります。',
  'explain.assumeRole.webIdentity':
    'Pod の SDK は投影されたサービスアカウントトークンを読み、{roleArn} について AssumeRoleWithWebIdentity を呼びます。この呼び出しには署名がありません。OIDC トークン (発行者 {provider}、サブジェクト {subject}) が証明になります。STS の応答には SubjectFromWebIdentityToken、Audience、そして Provider として OIDC プロバイダーの ARN {providerArn} が含まれます。',
  'explain.trust.allow':
    'STS が読むのはロールの信頼ポリシーで、アクセス許可ポリシーではありません。{statement} が {principal} に {action} を許可し、一致する Deny はありません。許可されます。',
  'explain.trust.explicitDeny':
    '{statement} は {principal} と {action} に一致する Deny です。明示的な Deny はどの Allow よりも優先されます。拒否されます。',
  'explain.trust.implicitDeny':
    '信頼ポリシーのどのステートメントも {principal} に {action} を許可していないので、暗黙的に拒否されます。',
  'explain.trust.asideDeny':
    '{roleArn} の信頼ポリシーが信頼しているのは EC2 サービス (ec2.amazonaws.com) で、ロール自身のセッションではありません。ここでの呼び出し元はロール自身のセッション {principal} で、2022 年以降ロールは自分自身を暗黙には信頼しないため、拒否されます。講演の結論は変わりません。インスタンスは EC2 サービスと IMDS を通じてロールを得ており、インスタンス自身が持っているのはロールセッションです。ロールセッションが AssumeRole できるのは、それを信頼するロールだけです (ロールの連鎖。セッションは最長 1 時間)。',
  'explain.stsResponse.ok':
    'STS は一時的な認証情報を返します。アクセスキー {accessKeyId}、シークレットキー、セッショントークンで、{expiration} まで有効です。セッションは {assumedRoleArn} です。',
  'explain.stsResponse.denied':
    'STS は {code} を返します:「{message}」。ロールが存在してもしなくても同じ応答です。',
  'explain.credentialDocument.ok':
    'IMDS は EC2 サービスが {lastUpdated} (LastUpdated) に取得した {delivery} のロール認証情報を返します。Code は Success、アクセスキーは {accessKeyId}、有効期限は {expiration} です。このリクエストのために STS が呼ばれることはありません。EC2 は約 1 時間ごとに新しい認証情報を取得するので、期限の 5 分以上前には新しい認証情報があります。SDK はこれをキャッシュし、Expiration の 15 分前に更新を始めます (10 分前には必ず更新します)。',
  'explain.credentialDocument.unauthorized':
    'IMDS は Code が AssumeRoleUnauthorizedAccess のドキュメントを返します。EC2 はロール {role} を引き受けられません。直す場所はロールの信頼ポリシーで、ec2.amazonaws.com に sts:AssumeRole を許可します。',
  'explain.metadata.ecs':
    'SDK は AWS_CONTAINER_CREDENTIALS_RELATIVE_URI が設定されていることを見つけ、コンテナプロバイダーが {host} の ECS エージェントに {path} を問い合わせます。Accept: application/json を付け、トークンは付けません。このエンドポイントはそのタスクのコンテナにだけ応答します。',
  'explain.metadata.eks':
    'SDK は AWS_CONTAINER_CREDENTIALS_FULL_URI ({host} のエージェント) と AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE ({tokenFile}) を見つけます。そのファイルから Pod の投影サービスアカウントトークンを読み、Authorization ヘッダーとして送ります。',
  'explain.metadata.imdsDisabled':
    '{variable}=true のため、SDK は何も送らずにインスタンスメタデータサービスを飛ばします。チェーンのほかのプロバイダーにも認証情報がないので、CLI は Unable to locate credentials で止まります。インスタンスにロールはあります。SDK が探さないよう設定されているのです。',
  'explain.metadata.v1Disabled':
    'トークンの応答はホップ制限 1 で IMDS を出て、コンテナのブリッジで失われます。{timeoutSeconds} 秒後、SDK はトークンなしで続けようとしますが、ec2_metadata_v1_disabled が IMDSv1 を禁じているため、botocore は “Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled” を送出します。コンテナから使うにはホップ制限を 2 にします。',
  'explain.assumeRole.ecs':
    'ECS はタスクの起動時に、{principal} としてタスクロール {roleArn} の STS AssumeRole を呼び出しました。セッション名はタスクの ID {sessionName} です。認証情報はエージェントが保持して更新し、エンドポイントは ECS が取得済みのものを返します。AWS 内部での署名は公開されていないため、{accessKeyId} はそのキーの代わりです。',
  'explain.assumeRole.eks':
    'エージェントは Pod のトークンを付けて EKS Auth API の AssumeRoleForPodIdentity を呼び出し、ノードロールの認証情報で署名します。EKS Auth はトークンと Pod Identity の関連付けを確認し、{principal} として {roleArn} を引き受け、セッションにクラスター、名前空間、サービスアカウントのタグを付けます (セッション {sessionName}。{accessKeyId} はサービスのキーの代わりです)。',
  'explain.assumeRole.lambda':
    '関数の実行前に、Lambda サービスは {principal} として実行ロール {roleArn} の STS AssumeRole を呼び出します。セッション名は関数名 {sessionName} です。AWS 内部での署名は公開されていないため、{accessKeyId} はそのキーの代わりです。',
  'explain.assumeRole.laptop':
    'AWS_PROFILE={profile} が、role_arn と source_profile {source} を持つプロファイルを指定します。CLI は ~/.aws/credentials から {source} の長期キー {accessKeyId} を取り出し、それで {roleArn} の AssumeRole に署名します。呼び出し元は {callerArn} です。セッション名は botocore が付けます。',
  'explain.credentialDocument.ecs':
    'ECS エージェントは JSON で応答します: RoleArn、アクセスキー {accessKeyId}、シークレット、トークン、有効期限 {expiration}。SDK はこれをキャッシュし、期限が切れる前に再び問い合わせます。',
  'explain.credentialDocument.eks':
    'エージェントは JSON で応答します: アクセスキー {accessKeyId}、シークレット、トークン、AccountId、有効期限 {expiration}。SDK はこれをキャッシュし、期限が切れる前に再び問い合わせます。',
  'explain.credentialDocument.lambda':
    'Lambda はセッションを関数の環境変数に設定します: AWS_ACCESS_KEY_ID ({accessKeyId})、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN。SDK の最初のプロバイダーである環境変数が答えます。認証情報は {expiration} まで有効で、1 回の呼び出しには十分です。',
  'explain.apiCall':
    '認証情報の行き先: SDK は {service} ({host}) への各リクエストに {accessKeyId} で SigV4 署名し、セッショントークンを X-Amz-Security-Token で送ります。署名ラボで開くと同じ署名を再計算できます。',

  'node.instance': 'EC2 インスタンス (SDK / CLI)',
  'node.instance.iamUser': 'パートナーのアプリ (IAM ユーザー)',
  'node.instance.pod': 'EKS の Pod (SDK)',
  'node.instance.task': 'ECS タスク (SDK)',
  'node.instance.lambda': 'Lambda 関数 (SDK)',
  'node.instance.laptop': 'ノート PC (AWS CLI)',
  'node.imds.ecs': 'ECS 認証情報エンドポイント',
  'node.imds.eks': 'Pod Identity エージェント',
  'node.ec2.ecs': 'Amazon ECS',
  'node.ec2.eks': 'EKS Auth API',
  'node.ec2.lambda': 'AWS Lambda サービス',
  'node.imds': 'インスタンスメタデータサービス',
  'node.ec2': 'EC2 サービス',
  'node.sts': 'AWS STS',
  'node.iam': 'IAM ロール',
  'node.api': 'AWS API',
  'verdict.ok': '呼び出し元はロールの認証情報 ({accessKeyId}、{expiration} まで) を持ち、それで API 呼び出しに署名します。',
  'verdict.assumed': '信頼ポリシーが呼び出し元を信頼するようになったので、STS は認証情報 ({accessKeyId}) を発行しました。',
  'verdict.trustDenied': '{roleName} の信頼ポリシーはこの呼び出し元による引き受けを認めていません。認証情報はありません。',
  'verdict.asideDenied':
    'AccessDenied: {roleArn} が信頼しているのは EC2 サービスで、自分のロールセッションではありません。インスタンスが持っているのはロールセッションです。',
  'verdict.noProfile': 'インスタンスプロファイルがなければ、ロールの認証情報もありません。',
  'verdict.hopLimit': 'IMDSv2 のトークンはコンテナに届かず、IMDSv1 は無効です。{timeoutSeconds} 秒後、認証情報なしで終わります。',
  'verdict.noCredentials': 'Unable to locate credentials: CLI は STS を呼びませんでした。',
  'verdict.validation': 'Parameter validation failed: ロールセッション名は 2〜64 文字でなければなりません。',
  'verdict.v1Disabled': 'トークンはコンテナに届かず、SDK は IMDSv1 を使えないため、{timeoutSeconds} 秒後に認証情報なしで終わります。',
  'explain.assumeRole.crossAccountNoExternalId':
    'パートナーのアプリは IAM ユーザーの長期キーで {roleArn} への AssumeRole に署名します。呼び出し元は {callerArn} です。ExternalId は送らないので、リクエストコンテキストに sts:ExternalId キーはありません。',
  'explain.assumeRole.cliValidation':
    'CLI はまずインスタンスロールの認証情報を見つけ (クライアントを作るときに解決します)、STS を呼ぶ前にパラメータを検査します。RoleSessionName は 2〜64 文字でなければならず、「{sessionName}」は {length} 文字です。STS には何も送信されません。',
  'explain.trust.allowDelegated':
    '信頼ポリシーの {statement} は、{principal} をそのアカウント {account} として許可しています。アカウントを指定した信頼ポリシーは判断をそのアカウントに委ねるため、呼び出し元自身のアイデンティティベースのポリシーも {roleArn} に対する {action} を許可している必要があります。ポリシー {identityPolicy} が許可しています ({identityStatement})。両方の評価が許可するので、許可されます。',
  'explain.trust.conditionDeny':
    '{statement} は {principal} と {action} に一致しますが、条件を満たしません。{conditionKey} に対する {conditionOperator} は {conditionValues} を求めていますが、リクエストが送ったのは {conditionSent} です。拒否の理由はプリンシパルではなく条件です。',
  'explain.trust.conditionMissing':
    '{statement} は {principal} と {action} に一致しますが、条件を満たしません。{conditionKey} に対する {conditionOperator} は {conditionValues} を求めていますが、リクエストには {conditionKey} がありません。拒否の理由はプリンシパルではなく条件です。',
  'explain.trust.identityDeny':
    '信頼ポリシーの {statement} は、{principal} をそのアカウント {account} として許可しており、判断をそのアカウントに委ねています。呼び出し元自身のアイデンティティベースのポリシーも {roleArn} に対する {action} を許可している必要がありますが、ポリシー {identityPolicy} は許可していません。そのため STS は「… because no identity-based policy allows the {action} action」として拒否します。',
  'explain.stsResponse.ec2':
    'STS は EC2 サービスに一時的な認証情報を返します。アクセスキー {accessKeyId}、シークレットキー、セッショントークンで、{lastUpdated} に発行され {expiration} まで、約 {lifetimeHours} 時間有効です (観測による値で、文書化はされていません。DurationSeconds を指定しない AssumeRole なら通常は 1 時間です)。セッションは {assumedRoleArn} です。EC2 はこれをインスタンスの IMDS に渡し、IMDS は新しい認証情報に置き換わるまでこれを返します。',
  'explain.stsResponse.chained':
    'STS は連鎖したセッション {assumedRoleArn} の一時的な認証情報を返します。アクセスキー {accessKeyId}、シークレットキー、セッショントークンで、{expiration} まで有効です。ロールセッションの認証情報で引き受けるのはロールの連鎖で、セッションは最長 1 時間です。',
  'verdict.identityDenied': 'AccessDenied: {roleName} の信頼ポリシーは呼び出し元のアカウントに判断を委ねていますが、{caller} のどのアイデンティティベースのポリシーもこのロールへの sts:AssumeRole を許可していません。',
  'verdict.apiRefused': 'エンドポイントが署名付きの呼び出しを拒否しました: {code}。',
  'verdict.apiDenied': 'ロールの認証情報は有効ですが、アクセス許可ポリシーが {resource} に対する {action} を許可していません: 403 AccessDenied。',
  'edge.verify': '署名を検証',
  'edge.authorize': 'アクセス許可ポリシー？',
  'flow.trust.title': 'ロールの信頼ポリシー (AssumeRolePolicyDocument)',
  'flow.trust.help': '編集するとフローがそのポリシーで再実行されます。ec2.amazonaws.com を消すとステップ 3 が失敗します。',
  'flow.trust.allow': '許可',
  'flow.trust.deny': '拒否',
  'flow.trust.verdict.explicit-allow': 'ステートメント {statement} によって許可されます。',
  'flow.trust.verdict.explicit-deny': 'ステートメント {statement} によって拒否されます。明示的な Deny が優先されます。',
  'flow.trust.verdict.implicit-deny': '拒否: {principal} に {action} を許すステートメントがありません。',
  'flow.trust.question': '{principal} に {action} を許しているか？',
  'flow.credentials.title': '一時的な認証情報',
  'flow.credentials.pending': 'フローがそこまで進むと表示されます。',
  'flow.credentials.none': 'このシナリオは認証情報を得ずに終わります。',
  'flow.refresh.title': '更新のタイムライン',
  'flow.refresh.note': 'SDK は期限が切れる前に更新します。IMDS は期限の少なくとも 5 分前に新しい認証情報を用意します。',
  'flow.useInLab': 'この認証情報を署名ラボで使う',
  'flow.useInLab.none': 'このシナリオには、ラボに渡せる署名済みの呼び出しがありません。',
  'flow.refresh.before': "期限の {minutes} 分前",
  'refresh.issued': '認証情報の発行',
  'refresh.sdk-advisory-refresh': 'SDK が更新を始める',
  'refresh.sdk-mandatory-refresh': 'SDK が更新しなければならない',
  'refresh.imds-rotation': 'この時点までに IMDS は新しい認証情報を返す',
  'refresh.expiration': '認証情報の失効',
  'explain.endpointVerify.ok':
    'S3 がリクエストを受け取ります。{accessKeyId} は一時的なキーです。X-Amz-Security-Token がそのセッション {sessionArn} を示し、S3 はそこからシークレットを見つけます。届いたままのリクエストから署名を計算し直すと、同じ {signature} になります。X-Amz-Date {amzDate} は S3 の時計から 15 分以内で、セッションも有効期限 ({expiration}) 前です。',
  'explain.endpointVerify.fail':
    'S3 はリクエストを受け取り、ポリシーを見る前に拒否します: {code}「{message}」',
  'explain.authorize.allow':
    '次に IAM が判定します。使うのはロールのアクセス許可ポリシーで、信頼ポリシーではありません。{sessionArn} は {resource} に対して {action} を実行できるか？ {statement} が許可し、一致する Deny はないので、S3 は一覧 (ListBucketResult) を返します。',
  'explain.authorize.implicitDeny':
    '{roleName} のアクセス許可ポリシーには {resource} に対する {action} を許可するステートメントがないため、暗黙的に拒否されます。S3 は 403 AccessDenied を返します。署名は正しく、足りないのは権限です。',
  'explain.authorize.explicitDeny':
    '{roleName} のアクセス許可ポリシーの {statement} は、{resource} に対する {action} に一致する Deny です。明示的な Deny はどの Allow よりも優先され、S3 は 403 AccessDenied を返します。',
  'policy.version': '"2012-10-17" (または旧形式の "2008-10-17")',
  'policy.statement-element': '"Statement" 要素',
  'policy.statements': '1 つ以上のステートメント',
  'policy.string': '文字列',
  'policy.object': 'オブジェクト',
  'policy.json-object': 'JSON オブジェクト',
  'policy.no-resource': 'Resource のない信頼ポリシー (リソースはロール自身です)',
  'policy.no-principal': 'Principal のないアクセス許可ポリシー (アタッチされたロールに適用されます)',
  'policy.one-of': '{names} のいずれか',
  'policy.single-element': '1 つだけの "{name}" 要素',
  'policy.effect': '"Allow" または "Deny"',
  'policy.effect-element': '"Effect" 要素',
  'policy.either': '{a} と {b} のどちらか一方 (両方は指定できません)',
  'policy.element-either': '"{a}" 要素または "{b}" 要素',
  'policy.action': '"sts:AssumeRole" や "s3:List*" のようなアクション',
  'policy.resource': '"*" または "arn:aws:s3:::amzn-s3-demo-bucket" のような ARN',
  'policy.principal': '"*" または {"Service": "ec2.amazonaws.com"} のようなオブジェクト',
  'policy.principal-types': '{names} のうち 1 つ以上',
  'policy.aws-principal': 'アカウント ID または "arn:aws:iam::111122223333:root" のような ARN',
  'policy.service-principal': '"ec2.amazonaws.com" のようなサービスプリンシパル',
  'policy.non-empty-string': '空でない文字列',
  'policy.values-of': '1 つ以上の値: {item}',
  'policy.condition': '条件演算子のオブジェクト',
  'policy.operator': '文字列の条件演算子 (StringEquals、StringLike と、それぞれの Not 形・IfExists 形。前に ForAnyValue: または ForAllValues: を付けることもできます)',
  'policy.condition-keys': '条件キーと値のオブジェクト',
  'policy.value': '1 つ以上の値',
  'policy.condition-value': '文字列、数値、またはブール値',
  'flow.permission.title': 'ロールのアクセス許可ポリシー ({role})',
  'flow.permission.help': 'ロールに何ができるかは、信頼ポリシーではなくアクセス許可ポリシーで決まります。編集すると、ステップ {step} と API の応答が変わります。最初のステートメントを削除するか Deny を追加すると、S3 は 403 AccessDenied を返します。',
  'flow.permission.question': '{resource} に対する {action} を許可しているか？',
  'flow.permission.verdict.explicit-allow': 'ステートメント {statement} が許可: S3 は一覧を返します。',
  'flow.permission.verdict.explicit-deny': 'ステートメント {statement} が拒否: 明示的な Deny が優先されます。S3 は 403 AccessDenied を返します。',
  'flow.permission.verdict.implicit-deny': '拒否: {action} を許可するステートメントがありません。S3 は 403 AccessDenied を返します。',

  'scenario.imdsv2.summary': 'インスタンスプロファイルを持つ EC2 インスタンスが、IMDSv2 のセッションを通じてロールの一時的な認証情報を受け取ります。',
  'scenario.imdsv1.summary': '同じ流れを IMDSv1 で。トークンなしの単純な GET です。インスタンスが許可している場合 (HttpTokens=optional) にだけ使えます。',
  'scenario.untrusted-role.summary': 'ロールの信頼ポリシーが別のサービスを指定しているため、STS は EC2 を拒否し、IMDS は認証情報の代わりにエラードキュメントを返します。',
  'scenario.no-instance-profile.summary': 'インスタンスにロールがアタッチされていません。IMDS は 404 を返し、取得できるものはありません。',
  'scenario.container-hop-limit.summary': 'IMDSv2 のトークン応答が越えられるネットワークホップは 1 つです。ブリッジネットワーク上のコンテナは 2 ホップ先なので、トークンが届きません。',
  'scenario.assume-role-from-instance.summary': '講演の余談: インスタンスから自分のロールに AssumeRole すると失敗します。CLI は IMDS からロールの認証情報を見つけてロールセッションとして呼びますが、EC2 サービスを信頼するロールはそのセッションを信頼していません。',
  'scenario.cross-account.summary': 'アカウント 111122223333 の IAM ユーザーが、アカウント 123456789012 のロールを引き受けます。信頼ポリシーは相手のアカウントを指定し、外部 ID を要求します。',
  'scenario.web-identity.summary': 'Pod がサービスアカウントの OIDC トークンを AssumeRoleWithWebIdentity に提示します。信頼ポリシーはトークンの aud と sub を確認します。',
  'scenario.ecs-task-role.summary': 'ECS タスクのコンテナが、ECS エージェントのエンドポイント 169.254.170.2 (パスは AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) にタスクロールの認証情報を問い合わせます。ロールは ECS が ecs-tasks.amazonaws.com として引き受けています。',
  'scenario.eks-pod-identity.summary': 'Pod が投影トークンを付けてノードの EKS Pod Identity エージェント (169.254.170.23) に問い合わせます。エージェントは EKS Auth の AssumeRoleForPodIdentity を呼び出し、EKS Auth が pods.eks.amazonaws.com としてロールを引き受けます。',
  'scenario.lambda-execution-role.summary': 'Lambda サービスが関数の実行ロールを引き受け、キーとトークンを関数の環境変数に設定します。SDK は最初のプロバイダーで認証情報を見つけます。',
  'scenario.laptop-profile.summary': '開発者のノート PC で、AWS_PROFILE が ~/.aws/config の role_arn と source_profile を持つプロファイルを指定します。CLI はソースプロファイルの長期キーで AssumeRole に署名します。',
  'scenario.imds-disabled.summary': 'インスタンスにはロールがありますが、SDK は認証情報を得られません。AWS_EC2_METADATA_DISABLED=true で IMDS を使わないか、トークンが届かないときに ec2_metadata_v1_disabled が IMDSv1 へのフォールバックを禁じます。',

  'flow.node.active': '処理中',
  'flow.node.done': '完了',
  'flow.node.failed': '失敗',
  'flow.node.idle': '待機',
  'flow.node.unused': 'このシナリオでは使わない',
  'flow.trust.error': '{line} 行 {column} 列 ({path}): {expected} が必要です。最後に有効だったポリシーがそのまま使われます。',
  'flow.refresh.note.instance': 'インスタンスプロファイルの認証情報は約 6 時間有効で、EC2 が約 1 時間ごとに置き換えるため、IMDS には期限の 5 分以上前に新しい認証情報があります。SDK は手元の認証情報を Expiration の 15 分前から更新し、10 分前には必ず更新します。',
  'flow.graph.label': "道のりのグラフ: ノードとその間の番号付きのステップ。タイムラインとメッセージ欄が同じ内容を文字で示します。",
  'flow.graph.node': '参加者',
  'flow.graph.edge.role': 'メッセージ',
  'flow.graph.edge': 'ステップ {step}「{title}」: {from} から {to} へ、{state}',
  'flow.graph.edge.future': 'まだ到達していません',
  'flow.graph.about': 'このグラフは流れを示すもので、編集はできません。ステップのボタンとタイムラインで進めます。',
  'refresh.imds-replacement': 'EC2 が新しい認証情報を取得し、IMDS はそれを返す (この認証情報も引き続き有効)',
};
