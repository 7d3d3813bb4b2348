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
};
