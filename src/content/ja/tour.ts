/** ガイドツアーとプレゼンターモードの日本語。講演の話を章ごとに。キーは en/tour.ts と同じ。 */
import type { Words } from '../catalogue';
import type { tour as english } from '../en/tour';

export const tour: Words<typeof english> = {
  'tour.title': 'ガイドツアー',
  'tour.intro': '10 の短い章で話全体をたどります。章に合わせてグラフとラボが動きます。',
  'tour.start': 'ツアーを始める',
  'tour.next': '次の章',
  'tour.prev': '前の章',
  'tour.chapter': '第 {n} 章 / 全 {total} 章',
  'tour.role.title': 'IAM ロールは何のためにあるのか',
  'tour.role.text': 'ロールは、誰のものでもない権限のセットです。パスワードも長期のキーもありません。ロールが信頼する相手が AWS STS に一時的な認証情報を求め、それを使い、やがて期限が切れます。EC2 インスタンスも Lambda 関数も、別アカウントのユーザーも、この仕組みで権限を得ます。',
  'tour.question.title': 'インスタンスはどうやって権限を得るのか',
  'tour.question.text': 'EC2 インスタンス上のソフトウェアは、インスタンスに付けたロールとして AWS API を呼びます。でも、インスタンスに誰もキーを置いていません。認証情報はどこから来るのでしょう。グラフのステップを追ってみましょう。',
  'tour.metadata.title': 'ステップ 1: インスタンスメタデータサービス',
  'tour.metadata.text': 'SDK はインスタンスからしか届かないアドレス 169.254.169.254 に問い合わせます。IMDSv2 では、まず PUT でセッショントークンを受け取り、そのトークンを付けて GET でロール名とロールの認証情報を取り出します。',
  'tour.assume-role.title': 'ステップ 2 と 3: AssumeRole と信頼ポリシー',
  'tour.assume-role.text': 'STS の AssumeRole を呼ぶのはインスタンスではなく EC2 サービスです。インスタンスプロファイルのロールについて、インスタンス ID をセッション名にして呼びます。STS はロールの信頼ポリシーを確かめます。サービス ec2.amazonaws.com に sts:AssumeRole を許しているか。グラフの横でポリシーを編集すると、ステップ 3 が失敗するのが見えます。',
  'tour.aside.title': '余談: インスタンス上の aws sts assume-role は失敗する',
  'tour.aside.text': 'インスタンス上で、そのインスタンス自身のロールに aws sts assume-role を実行すると失敗します。信頼ポリシーが信頼しているのは EC2 サービスで、インスタンスではないからです。ロールを付けると、インスタンスはメタデータサービスから認証情報を読めるようになりますが、AssumeRole を呼べるようになるわけではありません。',
  'tour.what-next.title': 'この認証情報で何をするのか',
  'tour.what-next.text': 'STS は一時的な認証情報 (ASIA…、シークレットキー、セッショントークン、有効期限) を返し、IMDS がそれを JSON ドキュメントとしてインスタンスに渡します。SDK はそれで API 呼び出しのたびに署名し、セッショントークンを X-Amz-Security-Token として送ります。',
  'tour.permissions.title': '権限はポリシーで決まる',
  'tour.permissions.text': '呼び出し先の S3 は、セッションのシークレットで署名を計算し直し、時刻を確かめます (ステップ 7)。次に IAM が、信頼ポリシーではなくロールのアクセス許可ポリシーに問い合わせます。このセッションはバケットに対して s3:ListBucket を呼び出せるか (ステップ 8)? グラフの横のポリシーを編集して、ステートメントを削除するか Deny を追加すると、S3 の応答は 403 AccessDenied に変わります。',
  'tour.authorization.title': 'Authorization ヘッダーを部分ごとに',
  'tour.authorization.text': '4 つの部分からなります。AWS4-HMAC-SHA256 はアルゴリズム、Credential= はアクセスキー ID とスコープ (日付/リージョン/サービス/aws4_request)、SignedHeaders= は署名したヘッダーの一覧、Signature= はシークレットキーを持つ者にしか計算できない 64 桁の 16 進数です。講演で分解したリクエストがこれです。',
  'tour.ingredients.title': '署名の材料',
  'tour.ingredients.text': '署名は、署名文字列 (アルゴリズム、時刻、スコープ、正規リクエストのハッシュ) を kSigning で HMAC したものです。kSigning は、シークレットキーから日付、リージョン、サービス、aws4_request を順に HMAC して作ります。シークレットそのものは決して送られません。',
  'tour.answer.title': '答え',
  'tour.answer.text': 'ロールの認証情報は AssumeRole から来ます。インスタンスのために EC2 サービスが呼び、メタデータサービスが受け渡します。そして署名付きリクエストの Authorization ヘッダーとして API エンドポイントへ行きます。',
};
