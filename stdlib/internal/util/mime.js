'use strict';
// util.MIMEType and util.MIMEParams: WHATWG MIME type parsing and
// serialisation (loaded on first use of either class).

// internal/errors is loaded when an error is built.
function syntaxError(production, str, at) {
  const { ERR_INVALID_MIME_SYNTAX } = require('internal/errors').codes;
  return new ERR_INVALID_MIME_SYNTAX(production, str, at);
}

const kTokenChars = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kNotTokenChar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kHttpWhitespace = /[\t\n\r ]/;

function trimTrailingHttpWhitespace(str) {
  let end = str.length;
  while (end > 0 && kHttpWhitespace.test(str[end - 1])) end--;
  return str.slice(0, end);
}

function invalidIndex(str, re) {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
}

function validateMimeToken(value, production) {
  if (value.length === 0) throw syntaxError(production, value, -1);
  const at = invalidIndex(value, kNotTokenChar);
  if (at !== -1) throw syntaxError(production, value, at);
}

function serializeParamValue(value) {
  if (value.length > 0 && kTokenChars.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Parameters after `type/subtype`, starting at `position` (a `;`).
function parseMimeParams(str, position, params) {
  const len = str.length;
  while (position < len) {
    position++; // The `;`.
    while (position < len && kHttpWhitespace.test(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position >= len) break;
    if (str[position] === ';') continue;
    position++; // The `=`.
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      // A quoted string: backslash escapes, up to the closing quote.
      const chunks = [];
      position++;
      for (;;) {
        let end = position;
        while (end < len && str[end] !== '"' && str[end] !== '\\') end++;
        chunks.push(str.slice(position, end));
        position = end;
        if (position >= len) break;
        const c = str[position];
        position++;
        if (c === '\\') {
          if (position >= len) {
            chunks.push('\\');
            break;
          }
          chunks.push(str[position]);
          position++;
        } else {
          break;
        }
      }
      value = chunks.join('');
      while (position < len && str[position] !== ';') position++;
    } else {
      let end = position;
      while (end < len && str[end] !== ';') end++;
      value = trimTrailingHttpWhitespace(str.slice(position, end));
      position = end;
      if (value.length === 0) continue;
    }
    if (name.length > 0 && kTokenChars.test(name) && !kNotQuotedStringChar.test(value) &&
        !params.has(name)) {
      params.set(name, value);
    }
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = name.length === 0 ? -1 : invalidIndex(name, kNotTokenChar);
    if (name.length === 0 || badName !== -1) {
      throw syntaxError('parameter name', name, badName);
    }
    const badValue = invalidIndex(value, kNotQuotedStringChar);
    if (badValue !== -1) {
      throw syntaxError('parameter value', value, badValue);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    const out = [];
    for (const [name, value] of this.#data) out.push(`${name}=${serializeParamValue(value)}`);
    return out.join(';');
  }

  toJSON() {
    return this.toString();
  }

  static parseInto(params, str, position) {
    parseMimeParams(str, position, params.#data);
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  value: MIMEParams.prototype.entries,
  writable: true,
  configurable: true,
});
const parseMimeParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    // Leading whitespace is skipped; trailing whitespace ends the subtype.
    let begin = 0;
    while (begin < string.length && kHttpWhitespace.test(string[begin])) begin++;
    const str = string.slice(begin);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    if (type.length === 0 || slash === -1) {
      const at = invalidIndex(type, kNotTokenChar);
      throw syntaxError('type', string, type.length === 0 ? -1 : at);
    }
    const typeInvalid = invalidIndex(type, kNotTokenChar);
    if (typeInvalid !== -1) throw syntaxError('type', string, typeInvalid);
    let semicolon = str.indexOf(';', slash + 1);
    if (semicolon === -1) semicolon = str.length;
    const subtype = trimTrailingHttpWhitespace(str.slice(slash + 1, semicolon));
    if (subtype.length === 0) throw syntaxError('subtype', string, -1);
    const subtypeInvalid = invalidIndex(subtype, kNotTokenChar);
    if (subtypeInvalid !== -1) throw syntaxError('subtype', string, subtypeInvalid);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#params = new MIMEParams();
    parseMimeParamsInto(this.#params, str, semicolon);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateMimeToken(value, 'type');
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateMimeToken(value, 'subtype');
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
