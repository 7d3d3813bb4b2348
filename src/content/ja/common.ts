/** ページの枠と署名の各段階の日本語。キーと `{name}` の差し込み位置は en/common.ts と同じ。 */
import type { Words } from '../catalogue';
import type { common as english } from '../en/common';

export const common: Words<typeof english> = {
  'app.error': 'このページで問題が起きました。入力は保持されています。',
  'app.error.retry': 'もう一度試す',
  'lab.loading': '署名ラボを読み込んでいます…',
  'app.title': 'IAM Role Journey',
  'app.tagline': 'IAM ロールの認証情報はどこから来て、どこへ行くのか。',
  'app.privacy': 'このページの値はすべてブラウザー内で計算しています。どこにも何も送信しません。',
  'lang.label': '言語',

  'lab.title': 'SigV4 署名ラボ',
  'lab.intro':
    'AWS 全般のリファレンスにある IAM ListUsers リクエストを、AWS 署名バージョン 4 で一段階ずつ署名します。以下の値はすべてこのページで計算したものです。',
  'lab.lineEndNote': '↵ は改行 (LF) の位置を示します。改行は値に含まれますが、この記号はコピーされません。',
  'lab.error.title': 'この例に署名できませんでした',
  'lab.error.at': '{line} 行 {column} 列',
  'error.expectedFound': '{expected} が必要ですが、{found} がありました',

  'inputs.title': '署名の入力',
  'inputs.accessKeyId': 'アクセスキー ID',
  'inputs.secretAccessKey': 'シークレットアクセスキー',
  'inputs.region': 'リージョン',
  'inputs.service': 'サービス',
  'inputs.signingTime': '署名日時',
  'inputs.mode': '署名の置き場所',
  'inputs.mode.header': 'Authorization ヘッダー',
  'inputs.mode.query': 'クエリ文字列 (署名付き URL)',
  'inputs.profile': '規則',
  'inputs.profile.generic': '汎用 (S3 以外のすべてのサービス)',
  'inputs.profile.s3': 'Amazon S3',

  'secret.reveal': 'シークレットを表示',
  'secret.hide': 'シークレットを隠す',
  'copy.label': 'コピー',
  'copy.done': 'コピーしました',
  'copy.aria': '「{stage}」の値をコピー',

  'value.text': 'テキスト、{length} 文字',
  'value.keyText': 'テキスト。その UTF-8 バイト列 ({bytes} バイト) が最初の HMAC 鍵になります',
  'value.hexBytes': '{bytes} バイトの生データを 16 進数で表示',
  'formula.sha256': 'SHA-256( {input} )',
  'formula.hmac': 'HMAC-SHA256( 鍵 = {key}, メッセージ = {message} )',

  'stage.request.title': 'リクエスト',
  'stage.request.explain':
    '署名前の HTTP リクエスト: {host} への {method}。ヘッダーは {headerCount} 個、本文は {bodyBytes} バイトです。',
  'stage.canonicalRequest.title': '正規リクエスト',
  'stage.canonicalRequest.explain':
    'リクエストを、送信側と AWS の双方が同じ結果を計算できる唯一の形に書き直したもの。6 つの部分を改行でつなぎます。',
  'part.method': 'HTTP メソッド',
  'part.method.hint': 'リクエスト行に書かれたとおり。',
  'part.canonicalUri': '正規 URI',
  'part.canonicalUri.hint': 'パスを、規則に従って正規化し URI エンコードしたもの。',
  'part.canonicalQuery': '正規クエリ文字列',
  'part.canonicalQuery.hint': 'パラメーターを URI エンコードし、名前順に並べたもの。',
  'part.canonicalHeaders': '正規ヘッダー',
  'part.canonicalHeaders.hint':
    '名前を小文字にし、値の前後の空白を取り除いて、名前順に並べたもの。各行は改行で終わります。',
  'part.signedHeaders': '署名付きヘッダー',
  'part.signedHeaders.hint': '署名の対象になるヘッダーの名前を、セミコロンでつないだもの。',
  'part.payloadHash': 'ペイロードハッシュ',
  'part.payloadHash.hint.body': '本文 ({bodyBytes} バイト) の SHA-256 を 16 進数で表したもの。',
  'part.payloadHash.hint.header': 'リクエストの x-amz-content-sha256 ヘッダーの値。',
  'part.payloadHash.hint.option': '本文のハッシュの代わりに、署名オプションで指定された値。',
  'stage.canonicalRequestHash.title': '正規リクエストのハッシュ',
  'stage.canonicalRequestHash.explain':
    '正規リクエストの UTF-8 バイト列 ({bytes} バイト) の SHA-256。署名文字列の最終行になります。',
  'stage.stringToSign.title': '署名文字列',
  'stage.stringToSign.explain':
    'アルゴリズム、署名日時 {amzDate}、認証情報スコープ {scope}、正規リクエストのハッシュの 4 行です。',
  'stage.kSecret.title': 'kSecret',
  'stage.kSecret.explain': '鍵の連鎖の出発点: AWS4 の後にシークレットアクセスキーを続けたテキスト。',
  'stage.kDate.title': 'kDate',
  'stage.kDate.explain': '日付 {date} の HMAC-SHA256。鍵は kSecret です。',
  'stage.kRegion.title': 'kRegion',
  'stage.kRegion.explain': 'リージョン {region} の HMAC-SHA256。鍵は kDate です。',
  'stage.kService.title': 'kService',
  'stage.kService.explain': 'サービス {service} の HMAC-SHA256。鍵は kRegion です。',
  'stage.kSigning.title': 'kSigning',
  'stage.kSigning.explain':
    '{terminator} の HMAC-SHA256。鍵は kService です。これが署名キーで、1 つの日付・リージョン・サービスに限って使えます。',
  'stage.signature.title': '署名',
  'stage.signature.explain': '署名文字列の HMAC-SHA256。鍵は kSigning で、{hexLength} 桁の 16 進数で表します。',
  'stage.authorization.title': 'Authorization ヘッダー',
  'stage.authorization.explain':
    'アルゴリズム、認証情報 {credential}、署名付きヘッダー、署名を 1 つにまとめたヘッダーの値。',
  'stage.presignedUrl.title': '署名付き URL',
  'stage.presignedUrl.explain': '署名パラメーターと署名をクエリ文字列に含めた URL。',
  'stage.signedRequest.title': '署名済みリクエスト',
  'stage.signedRequest.explain': '実際に送信される形のリクエスト (署名を含む)。',
};
