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
  'scenario.assume-role-from-instance.summary': '講演の余談: インスタンスから自分のロールに AssumeRole すると失敗します。CLI は IMDS からロールの認証情報を見つけてロールセッションとして呼びますが、EC2 サービスを信頼するロールはそのセッションを信頼していません。',
  'scenario.cross-account.title': '別アカウントの IAM ユーザー',
  'scenario.cross-account.summary': 'アカウント 111122223333 の IAM ユーザーが、アカウント 123456789012 のロールを引き受けます。信頼ポリシーは相手のアカウントを指定し、外部 ID を要求します。',
  'scenario.web-identity.title': 'ウェブ ID (EKS のサービスアカウント)',
  'scenario.web-identity.summary': 'Pod がサービスアカウントの OIDC トークンを AssumeRoleWithWebIdentity に提示します。信頼ポリシーはトークンの aud と sub を確認します。',

  'scenario.ecs-task-role.title': 'ECS タスクロール',
  'scenario.ecs-task-role.summary': 'ECS タスクのコンテナが、ECS エージェントのエンドポイント 169.254.170.2 (パスは AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) にタスクロールの認証情報を問い合わせます。ロールは ECS が ecs-tasks.amazonaws.com として引き受けています。',
  'scenario.eks-pod-identity.title': 'EKS Pod Identity',
  'scenario.eks-pod-identity.summary': 'Pod が投影トークンを付けてノードの EKS Pod Identity エージェント (169.254.170.23) に問い合わせます。エージェントは EKS Auth の AssumeRoleForPodIdentity を呼び出し、EKS Auth が pods.eks.amazonaws.com としてロールを引き受けます。',
  'scenario.lambda-execution-role.title': 'Lambda 実行ロール',
  'scenario.lambda-execution-role.summary': 'Lambda サービスが関数の実行ロールを引き受け、キーとトークンを関数の環境変数に設定します。SDK は最初のプロバイダーで認証情報を見つけます。',
  'scenario.laptop-profile.title': 'ノート PC: ロールを引き受けるプロファイル',
  'scenario.laptop-profile.summary': '開発者のノート PC で、AWS_PROFILE が ~/.aws/config の role_arn と source_profile を持つプロファイルを指定します。CLI はソースプロファイルの長期キーで AssumeRole に署名します。',
  'scenario.imds-disabled.title': 'SDK から IMDS を使わない設定',
  'scenario.imds-disabled.summary': 'インスタンスにはロールがありますが、SDK は認証情報を得られません。AWS_EC2_METADATA_DISABLED=true で IMDS を使わないか、トークンが届かないときに ec2_metadata_v1_disabled が IMDSv1 へのフォールバックを禁じます。',

  'step.metadata-request': 'IMDS に認証情報を求める',
  'step.assume-role': 'AssumeRole リクエスト',
  'step.trust-check': '信頼ポリシーの確認',
  'step.sts-response': 'STS の応答',
  'step.credential-document': '認証情報ドキュメント',
  'step.api-call': '署名付き API 呼び出し',


  'variant.httpTokens': 'インスタンスメタデータの設定 HttpTokens',
  'variant.httpTokens.optional': 'optional (IMDSv1 も可)',
  'variant.httpTokens.required': 'required (IMDSv2 のみ)',
  'variant.callerCredentials': 'CLI が見つける認証情報',
  'variant.callerCredentials.instance-role': 'インスタンスロールのもの (IMDS から)',
  'variant.callerCredentials.none': 'なし (インスタンスプロファイルなし)',
  'variant.sessionName': 'ロールセッション名',
  'variant.externalId': '送信する外部 ID',
  'variant.subject': 'トークンのサブジェクト (sub)',


  'variant.imdsOff': 'SDK が IMDS を使わない理由',
  'variant.imdsOff.env': 'AWS_EC2_METADATA_DISABLED=true',
  'variant.imdsOff.v1-disabled': 'コンテナで ec2_metadata_v1_disabled',

  'refresh.imds-replacement': 'EC2 が新しい認証情報を取得し、IMDS はそれを返す (この認証情報も引き続き有効)',
  'step.endpoint-verify': 'エンドポイントが検証',
  'step.authorize': 'IAM が認可',
};
