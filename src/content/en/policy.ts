/**
 * English words for what the policy editors expected where a policy went wrong: the JSON reader's
 * expectations (`json.*`). The policy rules' (`policy.*`) load with the editors (views.ts).
 * PolicyError carries the id and the element names these quote.
 */
import type { JsonExpectation } from '../../text/json';

export const policy = {
  'json.string': 'a string',
  'json.closing-quote': 'a closing quote',
  'json.no-control-character': 'no control character inside a string',
  'json.escape': 'an escape like \\n, \\" or \\u0041',
  'json.colon': 'a colon after the key',
  'json.comma-or-brace': 'a comma or a closing brace',
  'json.comma-or-bracket': 'a comma or a closing bracket',
  'json.value': 'a value (object, array, string, number, true, false or null)',
  'json.end': 'the end of the document',
  'json.depth': 'arrays and objects nested at most {depth} levels deep',

} as const satisfies Readonly<Record<`json.${JsonExpectation}`, string>>;
