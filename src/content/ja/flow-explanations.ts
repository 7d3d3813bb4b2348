/** 認証情報フローの日本語の文言。キーは en/flow-explanations.ts と同じ。`{name}` は各ステップの params で埋める。 */
import type { Words } from '../catalogue';
import type { flowExplanations as english } from '../en/flow-explanations';

export const flowExplanations: Words<typeof english> = {
  'scenario.imdsv2.title': 'IMDSv2 (既定)',
  'scenario.imdsv1.title': 'IMDSv1',
  'scenario.untrusted-role.title': 'EC2 を信頼していないロール',
  'scenario.no-instance-profile.title': 'インスタンスプロファイルなし',
  'scenario.container-hop-limit.title': 'ブリッジネットワーク上のコンテナ (ホップ制限 1)',
  'scenario.assume-role-from-instance.title': 'インスタンス上で aws sts assume-role',
  'scenario.cross-account.title': '別アカウントの IAM ユーザー',
  'scenario.web-identity.title': 'ウェブ ID (EKS のサービスアカウント)',

  'scenario.ecs-task-role.title': 'ECS タスクロール',
  'scenario.eks-pod-identity.title': 'EKS Pod Identity',
  'scenario.lambda-execution-role.title': 'Lambda 実行ロール',
  'scenario.laptop-profile.title': 'ノート PC: ロールを引き受けるプロファイル',
  'scenario.imds-disabled.title': 'SDK から IMDS を使わない設定',

  'step.metadata-request': 'IMDS に認証情報を求める',
  'step.assume-role': 'AssumeRole リクエスト',
  'step.trust-check': '信頼ポリシーの確認',
  'step.sts-response': 'STS の応答',
  'step.credential-document': '認証情報ドキュメント',
  'step.credential-document.lambda': '認証情報を環境変数に設定',
  'step.metadata-request.imdsDisabled': 'IMDS を使わずに認証情報を探す',
  'step.assume-role.cliValidation': '呼び出し前のパラメータ検査',
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

  'step.endpoint-verify': 'エンドポイントが検証',
  'step.authorize': 'IAM が認可',
};
