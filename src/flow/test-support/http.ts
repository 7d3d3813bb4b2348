/** Splits HTTP/1.1 message text (LF line ends) into start line, headers and body, for tests. */

/** A message's parts; header names as written. */
export interface HttpParts {
  readonly startLine: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** Splits a message; throws when there is no blank line after the headers. */
export function splitHttp(text: string): HttpParts {
  const end = text.indexOf('\n\n');
  if (end === -1) throw new Error('no blank line after the headers');
  const [startLine, ...lines] = text.slice(0, end).split('\n');
  const headers = lines.map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i), l.slice(i + 1).trim()] as const;
  });
  return { startLine: startLine!, headers, body: text.slice(end + 2) };
}

/** A header's value by case-insensitive name, or undefined. */
export function header(parts: HttpParts, name: string): string | undefined {
  return parts.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}
