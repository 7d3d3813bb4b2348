/** Entry point of `npm run sigv4`; see sigv4-cli.ts for the contract. */
import { runCli } from './sigv4-cli';

const result = runCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
