/**
 * What an input should have had where it went wrong, in both languages: every expectation the core
 * and the importers can name. `Record<ImportExpectation, …>` makes a missing one a compile error.
 */
import { describeImportExpectation, type ImportExpectation } from '../../inputs';
import { MAX_JSON_DEPTH } from '../../text/json';

/**
 * English: the importers' and the core's own descriptions (one source, also used by the CLI), with
 * a few worded for a form rather than a file.
 */
const EN_OVERRIDES: Partial<Record<ImportExpectation, string>> = {
  'non-empty-string': 'a value',
  'expires-seconds': 'a whole number of seconds from 1 to 604800 (7 days)',
  timestamp: 'a UTC time like 20150830T123600Z (or 2015-08-30T12:36:00Z)',
  credentials: 'credentials with an access key ID and a secret access key',
};

/** 日本語。 */
export const expectedJa: Record<ImportExpectation, string> = {
  'method-token': 'トークン文字 (英数字と !#$%&\'*+-.^_`|~) からなるメソッド',
  'space-after-method': 'メソッドの後の空白',
  'request-target': 'リクエストターゲット: /path (origin-form) または https://host/path (absolute-form)',
  'http-version': '最後の空白の後の HTTP バージョン (HTTP/1.1 など)',
  'header-name': 'トークン文字からなるヘッダー名',
  'header-colon': 'ヘッダー名の後のコロン',
  'no-space-before-colon': 'ヘッダー名の直後のコロン (間に空白を入れない)',
  'line-feed-after-cr': '復帰 (CR) の後の改行 (LF)',
  'continuation-after-header': 'この継続行の前のヘッダー行',
  host: 'Host ヘッダー、またはホストを含む absolute-form のターゲット',
  'no-control-chars': '改行などの制御文字を含まない値 (制御文字はヘッダーを終わらせたり偽造したりします)',
  'access-key-chars': '/ や , を含まないアクセスキー ID (これらは Credential フィールドの区切りです)',
  'scope-part-chars': '/ を含まない値 (/ は認証情報スコープの区切りです)',
  'header-value-char': '表示可能な文字、空白、タブからなるヘッダー値 (NUL や ESC などの制御文字は不可)',
  'known-field': 'ベクターの context.json のフィールド (credentials, region, service, timestamp, expiration_in_seconds, normalize, sign_body, omit_session_token, double_uri_encode, payload_hash)',
  'unique-field': '各フィールドを 1 回だけ',
  'utf8-head': 'UTF-8 テキストのリクエスト行とヘッダー (本文以外はバイト列にできません)',
  json: '正しい JSON',
  'json-depth': `配列とオブジェクトの入れ子が ${MAX_JSON_DEPTH} 段までの JSON`,
  object: 'JSON オブジェクト',
  string: '文字列',
  'non-empty-string': '値',
  boolean: 'true または false',
  'expires-seconds': '1 から 604800 (7 日) までの整数の秒数',
  timestamp: '20150830T123600Z (または 2015-08-30T12:36:00Z) のような UTC 時刻',
  credentials: 'アクセスキー ID とシークレットアクセスキーを含む認証情報',
  mode: 'header または query',
  'signed-request': '署名済みリクエスト: Authorization ヘッダーまたは X-Amz-Signature クエリパラメーター',
  'authorization-header': 'AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=… の形の Authorization ヘッダー',
  'amz-date': '20150830T123600Z のような X-Amz-Date',
  'single-line': '改行を含まない値',
  'closing-quote': 'ここで開いた引用符を閉じる引用符',
  'opening-quote': '「should have been」の後に続く引用符',
  'line-continuation': '行末のバックスラッシュ (シェルは裸の改行でコマンドを終える)',
  'quoted-operator': 'この文字を囲む引用符 (シェルは演算子として読む)',
  'curl-command': 'curl で始まるコマンド',
  url: 'https://host/path?query のような URL',
  'url-scheme': 'http:// または https:// の URL',
  'url-port': 'コロンの後のポート番号',
  'one-url': 'URL は 1 つ (フラグのない値は URL として読まれる)',
  'flag-value': 'このオプションの値',
  'aws-sigv4-format': 'aws:amz:us-east-1:s3 のような --aws-sigv4 の値',
  'user-format': 'ACCESS_KEY_ID:SECRET_ACCESS_KEY の形の -u の値',
  'data-file': 'インラインのデータ (ブラウザーは @file を読めないので内容を貼り付けてください)',
  'form-data': '-F/--form 以外のデータ (multipart の境界はランダムで再現できない)',
  'one-method': 'メソッドは 1 つ (-I (HEAD) とデータを併用するには -G が必要)',
  'single-line-header': '改行を含まないヘッダー',
  echo: 'S3 のエラー XML、サービスのエラーメッセージ (テキスト・JSON・XML)、または aws --debug のログ',
  message: 'JSON エラーの message フィールド',
  'closing-tag': 'この要素の終了タグ',
  'xml-entity': '&lt; &amp; &#x26; のような XML 実体参照',
  'hex-byte': '4f のような 2 桁の 16 進数のバイト',
  'log-block': 'この行に続くログの本文',
};

/** English. */
export const expectedEn = Object.fromEntries(
  (Object.keys(expectedJa) as ImportExpectation[]).map((k) => [k, EN_OVERRIDES[k] ?? describeImportExpectation(k)]),
) as Record<ImportExpectation, string>;
