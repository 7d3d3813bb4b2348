/**
 * The export's only door. Pure: no React, DOM or store; the core is reached through '../sigv4'.
 * A trace → a curl command, and shell commands that recompute each stage; its panel's words are in
 * content/<lang>/export.ts.
 */
export { curlCommand } from './curl';
export { reproduceCommands, SECRET_ENV, TOKEN_ENV } from './reproduce';
export { shellConcat, shellQuote, shellWord } from './shell-quote';
export type { ShellPart } from './shell-quote';
