/**
 * Policy text → Policy. Refuses invalid JSON and any element IAM would refuse in a role's trust
 * policy or in its permission policy, naming the line, column and path of the first fault (IAM JSON
 * policy element reference: `Resource` is a prohibited field in a trust policy, the role itself is
 * the resource; an identity-based policy names no Principal, "Policy document should not specify a
 * principal", and needs a Resource or NotResource).
 */
import { JsonSyntaxError, parseJson, type JsonEntry, type JsonNode } from '../text/json';
import { lineColumnAt, lineStarts } from '../text/line-column';
import { PolicyError, type ConditionClause, type Policy, type PolicyExpectation, type PolicyItem, type PolicyKind, type PolicyRule, type PrincipalSpec, type PrincipalType, type SetQualifier, type Statement, type StringOperator } from './policy-types';

const VERSIONS = ['2012-10-17', '2008-10-17'];
/** The elements of a statement, by kind of policy. */
const STATEMENT_KEYS: Readonly<Record<PolicyKind, readonly string[]>> = {
  trust: ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Condition'],
  permission: ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'],
};
/** The elements a kind of policy refuses by name, and the rule that says why. */
const REFUSED: Readonly<Record<PolicyKind, { readonly keys: readonly string[]; readonly rule: PolicyRule }>> = {
  trust: { keys: ['Resource', 'NotResource'], rule: 'no-resource' },
  permission: { keys: ['Principal', 'NotPrincipal'], rule: 'no-principal' },
};
const PRINCIPAL_TYPES: readonly PrincipalType[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
const OPERATOR = /^(?:(ForAnyValue|ForAllValues):)?(StringEquals|StringNotEquals|StringEqualsIgnoreCase|StringNotEqualsIgnoreCase|StringLike|StringNotLike)(IfExists)?$/;
/** `*`, or `vendor:Action` where only the action part may hold wildcards (IAM, "Action"). */
const ACTION = /^(?:\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
/** An account id, or an IAM/STS ARN with an account (IAM, "AWS account principals" and "IAM role principals"). */
const AWS_PRINCIPAL = /^(?:\*|\d{12}|arn:aws[a-z-]*:(?:iam|sts)::\d{12}:.+)$/;
const SERVICE_PRINCIPAL = /^(?:\*|[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?)$/;
/** `*`, or an ARN of six colon-separated fields (IAM, "Resource"; any part may hold wildcards). */
const RESOURCE = /^(?:\*|arn:[^:]+:[^:]*:[^:]*:[^:]*:.+)$/;

type Fail = (offset: number, path: string, expected: PolicyExpectation, found?: string) => never;

/** A rule of the grammar, with the element names its message quotes. */
const rule = (r: PolicyRule, names?: Readonly<Record<string, string>>): PolicyExpectation => (names ? { rule: r, names } : { rule: r });

/** Parses a trust policy (or, with `kind`, a permission policy); throws PolicyError naming line, column, path and what was expected. */
export function parsePolicy(text: string, kind: PolicyKind = 'trust'): Policy {
  const starts = lineStarts(text);
  const fail: Fail = (offset, path, expected, found) => {
    const { line, column } = lineColumnAt(text, offset, starts);
    throw new PolicyError(line, column, offset, path, expected, found ?? text.slice(offset, offset + 20));
  };
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return fail(error.offset, '', { json: error.expected }, error.found);
    throw error;
  }
  const top = members(root, '', ['Version', 'Id', 'Statement'], fail);
  const version = top.get('Version');
  if (version && (version.value.kind !== 'string' || !VERSIONS.includes(version.value.value))) {
    fail(version.value.start, 'Version', rule('version'));
  }
  const id = top.get('Id');
  const statement = top.get('Statement') ?? fail(root.start, 'Statement', rule('statement-element'), '{');
  const s = statement.value;
  let statements: Statement[];
  if (s.kind === 'array') {
    if (s.items.length === 0) fail(s.start, 'Statement', rule('statements'));
    statements = s.items.map((item, i) => parseStatement(item, `Statement[${i}]`, i, kind, fail));
  } else {
    statements = [parseStatement(s, 'Statement', 0, kind, fail)];
  }
  return {
    version: version?.value.kind === 'string' ? version.value.value : undefined,
    id: id ? stringOf(id.value, 'Id', fail) : undefined,
    statements,
  };
}

/** The members of an object, refusing other kinds, unknown keys and repeated keys. */
function members(node: JsonNode, path: string, allowed: readonly string[], fail: Fail, refused?: (typeof REFUSED)[PolicyKind]): Map<string, JsonEntry> {
  if (node.kind !== 'object') return fail(node.start, path, rule(path ? 'object' : 'json-object'));
  const seen = new Map<string, JsonEntry>();
  for (const e of node.entries) {
    const at = path ? `${path}.${e.key}` : e.key;
    if (refused?.keys.includes(e.key)) fail(e.keyStart, at, rule(refused.rule), e.key);
    if (!allowed.includes(e.key)) fail(e.keyStart, at, rule('one-of', { names: allowed.join(', ') }), e.key);
    if (seen.has(e.key)) fail(e.keyStart, at, rule('single-element', { name: e.key }), e.key);
    seen.set(e.key, e);
  }
  return seen;
}

function stringOf(node: JsonNode, path: string, fail: Fail): string {
  return node.kind === 'string' ? node.value : fail(node.start, path, rule('string'));
}

/** A string or a non-empty array of strings, each checked against `valid`. */
function stringList(node: JsonNode, path: string, item: PolicyItem, valid: RegExp, fail: Fail): string[] {
  const one = (n: JsonNode, p: string): string => {
    const v = n.kind === 'string' ? n.value : fail(n.start, p, rule(item));
    return valid.test(v) ? v : fail(n.start, p, rule(item));
  };
  if (node.kind !== 'array') return [one(node, path)];
  if (node.items.length === 0) fail(node.start, path, { rule: 'values-of', item });
  return node.items.map((n, i) => one(n, `${path}[${i}]`));
}

function parseStatement(node: JsonNode, path: string, index: number, kind: PolicyKind, fail: Fail): Statement {
  const m = members(node, path, STATEMENT_KEYS[kind], fail, REFUSED[kind]);
  const effect = m.get('Effect') ?? fail(node.start, `${path}.Effect`, rule('effect-element'), '{');
  if (effect.value.kind !== 'string' || (effect.value.value !== 'Allow' && effect.value.value !== 'Deny')) {
    fail(effect.value.start, `${path}.Effect`, rule('effect'));
  }
  const exactlyOne = (a: string, b: string): 'a' | 'b' => {
    const ea = m.get(a);
    const eb = m.get(b);
    if (ea && eb) fail(eb.keyStart, `${path}.${b}`, rule('either', { a, b }), b);
    if (!ea && !eb) fail(node.start, `${path}.${a}`, rule('element-either', { a, b }), '{');
    return ea ? 'a' : 'b';
  };
  const principalKey = kind === 'trust' ? (exactlyOne('Principal', 'NotPrincipal') === 'a' ? 'Principal' : 'NotPrincipal') : undefined;
  const actionKey = exactlyOne('Action', 'NotAction') === 'a' ? 'Action' : 'NotAction';
  const principal = principalKey && parsePrincipal(m.get(principalKey)!.value, `${path}.${principalKey}`, fail);
  const actions = stringList(m.get(actionKey)!.value, `${path}.${actionKey}`, 'action', ACTION, fail);
  const resourceKey = kind === 'permission' ? (exactlyOne('Resource', 'NotResource') === 'a' ? 'Resource' : 'NotResource') : undefined;
  const resources = resourceKey && stringList(m.get(resourceKey)!.value, `${path}.${resourceKey}`, 'resource', RESOURCE, fail);
  const sid = m.get('Sid');
  const condition = m.get('Condition');
  return {
    index,
    sid: sid ? stringOf(sid.value, `${path}.Sid`, fail) : undefined,
    effect: (effect.value as { value: 'Allow' | 'Deny' }).value,
    ...(principal === undefined ? {} : principalKey === 'Principal' ? { principal } : { notPrincipal: principal }),
    ...(actionKey === 'Action' ? { action: actions } : { notAction: actions }),
    ...(resources === undefined ? {} : resourceKey === 'Resource' ? { resource: resources } : { notResource: resources }),
    conditions: condition ? parseCondition(condition.value, `${path}.Condition`, fail) : [],
  };
}

function parsePrincipal(node: JsonNode, path: string, fail: Fail): PrincipalSpec {
  if (node.kind === 'string') return node.value === '*' ? '*' : fail(node.start, path, rule('principal'));
  const m = members(node, path, PRINCIPAL_TYPES, fail);
  if (m.size === 0) fail(node.start, path, rule('principal-types', { names: PRINCIPAL_TYPES.join(', ') }), '{}');
  const spec: Partial<Record<PrincipalType, string[]>> = {};
  for (const [type, e] of m) {
    const p = `${path}.${type}`;
    if (type === 'AWS') spec.AWS = stringList(e.value, p, 'aws-principal', AWS_PRINCIPAL, fail);
    else if (type === 'Service') spec.Service = stringList(e.value, p, 'service-principal', SERVICE_PRINCIPAL, fail);
    else spec[type as PrincipalType] = stringList(e.value, p, 'non-empty-string', /./, fail);
  }
  return spec;
}

function parseCondition(node: JsonNode, path: string, fail: Fail): ConditionClause[] {
  if (node.kind !== 'object') return fail(node.start, path, rule('condition'));
  const clauses: ConditionClause[] = [];
  for (const op of node.entries) {
    const opPath = `${path}.${op.key}`;
    const match = OPERATOR.exec(op.key) ?? fail(op.keyStart, opPath, rule('operator'), op.key);
    if (op.value.kind !== 'object' || op.value.entries.length === 0) fail(op.value.start, opPath, rule('condition-keys'));
    for (const k of (op.value as { entries: JsonEntry[] }).entries) {
      const kPath = `${opPath}.${k.key}`;
      const items = k.value.kind === 'array' ? k.value.items : [k.value];
      if (items.length === 0) fail(k.value.start, kPath, rule('value'));
      const values = items.map((v) =>
        v.kind === 'string' ? v.value : v.kind === 'number' || v.kind === 'boolean' ? String(v.value) : fail(v.start, kPath, rule('condition-value')),
      );
      clauses.push({
        operator: op.key,
        base: match[2] as StringOperator,
        qualifier: (match[1] as SetQualifier | undefined) ?? null,
        ifExists: match[3] !== undefined,
        key: k.key,
        values,
      });
    }
  }
  return clauses;
}
