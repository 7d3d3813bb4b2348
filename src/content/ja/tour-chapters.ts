/** ガイドツアー各章の日本語。初回表示のあとに読み込むセクション。キーは en/tour-chapters.ts と同じ。 */
import type { Words } from '../catalogue';
import type { chapters as english } from '../en/tour-chapters';

export const chapters: Words<typeof english> = {
  'tour.role.title': 'IAM ロールは何のためにあるのか',
  'tour.role.text': 'ロールは、誰のものでもない権限のセットです。パスワードも長期のキーもありません。ロールが信頼する相手が AWS STS に一時的な認証情報を求め、それを使い、やがて期限が切れます。EC2 インスタンスも Lambda 関数も、別アカウントのユーザーも、この仕組みで権限を得ます。',
  'tour.question.title': 'インスタンスはどうやって権限を得るのか',
  'tour.question.text': 'EC2 インスタンス上のソフトウェアは、インスタンスに付けたロールとして AWS API を呼びます。でも、インスタンスに誰もキーを置いていません。認証情報はどこから来るのでしょう。グラフのステップを追ってみましょう。',
  'tour.metadata.title': 'ステップ 1: インスタンスメタデータサービス',
  'tour.metadata.text': 'SDK はインスタンスからしか届かないアドレス 169.254.169.254 に問い合わせます。IMDSv2 では、まず PUT でセッショントークンを受け取り、そのトークンを付けて GET でロール名とロールの認証情報を取り出します。',
  'tour.assume-role.title': 'ステップ 2 と 3: AssumeRole と信頼ポリシー',
  'tour.assume-role.text': 'STS の AssumeRole を呼ぶのはインスタンスではなく EC2 サービスです。インスタンスプロファイルのロールについて、インスタンス ID をセッション名にし、DurationSeconds は付けずに、自身のスケジュールで (約 1 時間ごと、インスタンスが求める前に) 呼びます。認証情報は約 6 時間有効で、IMDS は EC2 が取得済みのものを返します。STS はロールの信頼ポリシーを確かめます。サービス ec2.amazonaws.com に sts:AssumeRole を許しているか？ グラフの横でポリシーを編集すると、ステップ 3 が失敗するのが見えます。',
  'tour.aside.title': '余談: インスタンス上の aws sts assume-role は失敗する',
  'tour.aside.text': '何も設定していないインスタンス上で、そのインスタンス自身のロールに aws sts assume-role を実行すると、CLI は IMDS からインスタンスロールの認証情報を見つけ、ロールセッション (assumed-role/…/i-…) として AssumeRole を呼びます。STS は拒否します。信頼ポリシーが信頼しているのは ec2.amazonaws.com で、ロール自身のセッションではないからです (2022 年以降、ロールは自分自身を暗黙には信頼しません)。インスタンスが持っているのはロールセッションで、引き受けられるのはそれを信頼するロールだけです (ロールの連鎖、最長 1 時間)。',
  'tour.what-next.title': 'この認証情報で何をするのか',
  'tour.what-next.text': 'STS は一時的な認証情報 (ASIA…、シークレットキー、セッショントークン、有効期限) を返し、IMDS がそれを JSON ドキュメントとしてインスタンスに渡します。SDK はそれで API 呼び出しのたびに署名し、セッショントークンを X-Amz-Security-Token として送ります。',
  'tour.authorization.title': 'Authorization ヘッダーを部分ごとに',
  'tour.authorization.text': '4 つの部分からなります。AWS4-HMAC-SHA256 はアルゴリズム、Credential= はアクセスキー ID とスコープ (日付/リージョン/サービス/aws4_request)、SignedHeaders= は署名したヘッダーの一覧、Signature= はシークレットキーを持つ者にしか計算できない 64 桁の 16 進数です。講演で分解したリクエストがこれです。',
  'tour.ingredients.title': '署名の材料',
  'tour.ingredients.text': '署名は、署名文字列 (アルゴリズム、時刻、スコープ、正規リクエストのハッシュ) を kSigning で HMAC したものです。kSigning は、シークレットキーから日付、リージョン、サービス、aws4_request を順に HMAC して作ります。シークレットそのものは決して送られません。',
  'tour.answer.title': '答え',
  'tour.answer.text': 'ロールの認証情報は AssumeRole から来ます。インスタンスのために EC2 サービスが呼び、メタデータサービスが受け渡します。そして署名付きリクエストの Authorization ヘッダーとして API エンドポイントへ行きます。',
  'tour.permissions.title': '権限はポリシーで決まる',
  'tour.permissions.text': '呼び出し先の S3 は、セッションのシークレットで署名を計算し直し、時刻を確かめます (ステップ 7)。次に IAM が、信頼ポリシーではなくロールのアクセス許可ポリシーに問い合わせます。このセッションはバケットに対して s3:ListBucket を呼び出せるか (ステップ 8)? グラフの横のポリシーを編集して、ステートメントを削除するか Deny を追加すると、S3 の応答は 403 AccessDenied に変わります。',
};
