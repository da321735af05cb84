/**
 * Media types as RFC 9110 §8.3.1 defines them, for request `Content-Type`:
 *
 *   media-type = type "/" subtype parameters
 *   parameters = *( OWS ";" OWS [ parameter ] )
 *   parameter  = parameter-name "=" parameter-value
 *   parameter-value = ( token / quoted-string )
 *
 * Type, subtype and parameter names are case-insensitive; whitespace is allowed only around the
 * `;`; empty parameters (`application/json;`) are allowed. `charset` values are case-insensitive
 * (RFC 9110 §8.3.2). A JSON body is `application/json` or any `application/…+json` (RFC 6839 §3.1
 * structured syntax suffix); its charset, when given, must name UTF-8 (RFC 8259 §8.1: JSON text
 * exchanged between systems is UTF-8), by any label the WHATWG Encoding Standard maps to UTF-8.
 */

export interface MediaType {
  /** `type/subtype`, lower-cased. */
  essence: string;
  type: string;
  subtype: string;
  /** Parameters with lower-cased names; values unquoted (and as sent). Repeated names keep every value. */
  params: [name: string, value: string][];
}

// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE; qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*"';
const ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})`);
const PARAM = new RegExp(`^[ \\t]*;[ \\t]*(?:(${TOKEN})=(${TOKEN}|${QUOTED}))?`);

/** Parses a media type; `undefined` when the text is not one. */
export const parseMediaType = (text: string): MediaType | undefined => {
  const head = ESSENCE.exec(text);
  if (!head) return undefined;
  const params: [string, string][] = [];
  let rest = text.slice(head[0].length);
  while (rest !== '') {
    const m = PARAM.exec(rest);
    if (!m) return /^[ \t]*$/.test(rest) ? finish(head, params) : undefined; // trailing OWS only
    if (m[1] !== undefined) {
      const raw = m[2]!;
      params.push([m[1].toLowerCase(), raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw]);
    }
    rest = rest.slice(m[0].length);
  }
  return finish(head, params);
};

const finish = (head: RegExpExecArray, params: [string, string][]): MediaType => {
  const type = head[1]!.toLowerCase();
  const subtype = head[2]!.toLowerCase();
  return { essence: `${type}/${subtype}`, type, subtype, params };
};

/** Labels of UTF-8 in the WHATWG Encoding Standard (what a browser would decode as UTF-8). */
const UTF8_LABELS = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);

export type JsonMediaTypeCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'not_json'; mediaType?: string }
  | { ok: false; reason: 'charset'; mediaType: string; charset: string };

/** Whether a request Content-Type announces a JSON body this API can read (see the module comment). */
export const checkJsonMediaType = (header: string | undefined | null): JsonMediaTypeCheck => {
  if (header === undefined || header === null || header.trim() === '') return { ok: false, reason: 'missing' };
  const mt = parseMediaType(header.trim());
  if (!mt) return { ok: false, reason: 'malformed' };
  if (mt.type !== 'application' || !(mt.subtype === 'json' || (mt.subtype.endsWith('+json') && mt.subtype.length > 5))) {
    return { ok: false, reason: 'not_json', mediaType: mt.essence };
  }
  for (const [name, value] of mt.params) {
    if (name === 'charset' && !UTF8_LABELS.has(value.toLowerCase().trim())) return { ok: false, reason: 'charset', mediaType: mt.essence, charset: value };
  }
  return { ok: true };
};
