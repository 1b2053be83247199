'use strict';
// The atob and btoa globals (forgiving base64 over Latin-1 strings), with
// Node's DOMException errors.

// internal/errors loads only to throw.
function missingArgs(name) {
  return new (require('internal/errors').codes.ERR_MISSING_ARGS)(name);
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const lookup = new Map([...alphabet].map((c, i) => [c, i]));

function invalidCharacter(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`;
  const out = [];
  for (let i = 0; i < input.length; i += 3) {
    const codes = [];
    for (let j = i; j < i + 3 && j < input.length; j++) {
      const code = input.charCodeAt(j);
      if (code > 0xff) throw invalidCharacter('Invalid character');
      codes.push(code);
    }
    const [a, b = 0, c = 0] = codes;
    const n = (a << 16) | (b << 8) | c;
    out.push(alphabet[(n >> 18) & 63], alphabet[(n >> 12) & 63],
      codes.length > 1 ? alphabet[(n >> 6) & 63] : '=',
      codes.length > 2 ? alphabet[n & 63] : '=');
  }
  return out.join('');
}

function atob(input) {
  if (arguments.length === 0) throw missingArgs('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const out = [];
  let buffer = 0;
  let bits = 0;
  for (const c of input) {
    buffer = (buffer << 6) | lookup.get(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push(String.fromCharCode((buffer >> bits) & 0xff));
    }
  }
  return out.join('');
}

module.exports = { atob, btoa };
