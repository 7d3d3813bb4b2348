/** 信頼ポリシーの編集欄で、誤りの箇所に必要なものの日本語 (「… が必要です」に続く名詞句)。キーは en/policy.ts と同じ。 */
import type { Words } from '../catalogue';
import type { policy as english } from '../en/policy';

export const policy: Words<typeof english> = {
  'json.string': '文字列',
  'json.closing-quote': '閉じる引用符',
  'json.no-control-character': '制御文字を含まない文字列',
  'json.escape': '\\n、\\"、\\u0041 のようなエスケープ',
  'json.colon': 'キーの後のコロン',
  'json.comma-or-brace': 'カンマまたは閉じ波かっこ }',
  'json.comma-or-bracket': 'カンマまたは閉じ角かっこ ]',
  'json.value': '値 (オブジェクト、配列、文字列、数値、true、false、null のいずれか)',
  'json.end': 'ドキュメントの終端',
  'json.depth': '入れ子が {depth} 段までの配列とオブジェクト',

};
