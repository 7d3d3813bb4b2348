/** エクスポート欄の日本語の文言。キーと `{name}` の差し込み位置は en/export.ts と同じ。 */
import type { Words } from '../catalogue';
import type { exportMessages as english } from '../en/export';

export const exportMessages: Words<typeof english> = {
  'export.curl.title': 'curl コマンドとしてコピー',
  'export.curl.secretNote': 'このコマンドには署名と (あれば) セッショントークンが含まれます。署名の有効期限が切れるまでは秘密情報として扱ってください。',
  'export.reproduce.title': '自分で再現する',
  'export.reproduce.tools': 'コマンドの実行には printf、sha256sum、od、awk、openssl が必要です。',
  'export.reproduce.masked': 'シークレットアクセスキーは ${secretEnv} から、セッショントークンは ${tokenEnv} から読み込みます。1 つのシェルで順番に実行してください。各キーはシェル変数に保存され、次の段階で使われます。',
  'export.reproduce.revealed': 'これらのコマンドには、シークレットアクセスキーとそこから導いたキーが含まれます。共有しないでください。',
  'export.reproduce.reveal': 'コマンドにシークレットを表示する',
  'export.reproduce.none': 'この段階はただのテキストなので、計算するものはありません。',
};
