/**
 * English words for what the trust-policy editor expected where a policy went wrong: the JSON
 * reader's expectations (`json.*`) and the trust-policy rules' (`policy.*`). PolicyError carries the
 * id and the element names these quote.
 */
import type { PolicyRule } from '../../flow';
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

  'policy.version': '"2012-10-17" (or the old "2008-10-17")',
  'policy.statement-element': 'a "Statement" element',
  'policy.statements': 'at least one statement',
  'policy.string': 'a string',
  'policy.object': 'an object',
  'policy.json-object': 'a JSON object',
  'policy.no-resource': 'no Resource in a trust policy (the role is the resource)',
  'policy.no-principal': 'no Principal in a permission policy (it applies to the role it is attached to)',
  'policy.one-of': 'one of {names}',
  'policy.single-element': 'a single "{name}" element',
  'policy.effect': '"Allow" or "Deny"',
  'policy.effect-element': 'an "Effect" element',
  'policy.either': 'either {a} or {b}, not both',
  'policy.element-either': 'a "{a}" or "{b}" element',
  'policy.action': 'an action like "sts:AssumeRole" or "s3:List*"',
  'policy.resource': '"*" or an ARN like "arn:aws:s3:::amzn-s3-demo-bucket"',
  'policy.principal': '"*" or an object such as {"Service": "ec2.amazonaws.com"}',
  'policy.principal-types': 'at least one of {names}',
  'policy.aws-principal': 'an account id or an ARN like "arn:aws:iam::111122223333:root"',
  'policy.service-principal': 'a service principal like "ec2.amazonaws.com"',
  'policy.non-empty-string': 'a non-empty string',
  'policy.values-of': 'at least one value: {item}',
  'policy.condition': 'an object of condition operators',
  'policy.operator': 'a string condition operator (StringEquals, StringLike, their Not and IfExists forms, optionally ForAnyValue:/ForAllValues:)',
  'policy.condition-keys': 'an object of condition keys and values',
  'policy.value': 'at least one value',
  'policy.condition-value': 'a string, number or boolean',
} as const satisfies Readonly<Record<`json.${JsonExpectation}` | `policy.${PolicyRule}`, string>>;
