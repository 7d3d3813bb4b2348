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

  'error.expectedFound': '{expected} が必要ですが、{found} がありました',


  'secret.reveal': 'シークレットを表示',
  'secret.hide': 'シークレットを隠す',
  'copy.label': 'コピー',
  'copy.done': 'コピーしました',
  'copy.aria': '「{stage}」の値をコピー',

  'value.text': 'テキスト、{length} 文字',
  'value.keyText': 'テキスト。その UTF-8 バイト列 ({bytes} バイト) が最初の HMAC 鍵になります',
  'value.hexBytes': '{bytes} バイトの生データを 16 進数で表示',

};
