/**
 * English wording of the export panel (copy as curl, reproduce it yourself), keyed; `{name}` slots
 * are filled by the UI (architecture practice 7).
 */
export const exportMessages = {
  'export.curl.title': 'Copy as curl',
  'export.curl.secretNote': 'The command carries the signature, and the session token if there is one: treat it as a secret until the signature expires.',
  'export.reproduce.title': 'Reproduce it yourself',
  'export.reproduce.tools': 'The commands need printf, sha256sum, od, awk and openssl.',
  'export.reproduce.masked': 'The secret access key is read from ${secretEnv} and the session token from ${tokenEnv}. Run the commands in order in one shell: each key is kept in a shell variable for the next.',
  'export.reproduce.revealed': 'These commands contain your secret access key and the keys derived from it. Do not share them.',
  'export.reproduce.reveal': 'Show the secret in the commands',
  'export.reproduce.none': 'This stage is plain text: there is nothing to compute.',
} as const;
