/**
 * The export's only door. Pure: no React, DOM or store; the core is reached through '../sigv4'.
 * A trace → a curl command, and shell commands that recompute each stage.
 */
export { curlCommand } from './curl';
export { reproduceCommands, SECRET_ENV, TOKEN_ENV } from './reproduce';
export { shellConcat, shellQuote, shellWord } from './shell-quote';
export type { ShellPart } from './shell-quote';
export { exportMessagesEn } from './messages.en';
export type { ExportMessageKey } from './messages.en';
export { exportMessagesJa } from './messages.ja';
