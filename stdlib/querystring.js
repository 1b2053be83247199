'use strict';
// node:querystring — parse and stringify URL query strings the way Node's
// legacy module does (not the WHATWG application/x-www-form-urlencoded rules
// URLSearchParams follows).

// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');

const kHex = '0123456789ABCDEF';
// '%XX' for every byte value.
const kHexTable = new Array(256);
for (let i = 0; i < 256; i++) kHexTable[i] = `%${kHex[i >> 4]}${kHex[i & 15]}`;

// ASCII characters qs.escape leaves alone: A-Z a-z 0-9 - . _ ~ ! * ' ( )
const kNoEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'()") {
  kNoEscape[ch.charCodeAt(0)] = 1;
}

// Percent-encode `str` as UTF-8, leaving the ASCII characters marked in
// `noEscape`; a lone surrogate is an ERR_INVALID_URI.
function encodeStr(str, noEscape, hexTable) {
  const len = str.length;
  if (len === 0) return '';
  const out = [];
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      if (lastPos < i) out.push(str.slice(lastPos, i));
      lastPos = i + 1;
      out.push(hexTable[c]);
      continue;
    }
    if (lastPos < i) out.push(str.slice(lastPos, i));
    if (c < 0x800) {
      lastPos = i + 1;
      out.push(hexTable[0xC0 | (c >> 6)], hexTable[0x80 | (c & 0x3F)]);
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out.push(hexTable[0xE0 | (c >> 12)], hexTable[0x80 | ((c >> 6) & 0x3F)],
               hexTable[0x80 | (c & 0x3F)]);
      continue;
    }
    // A surrogate: it takes the next code unit with it, whatever that is (as
    // Node does); only a surrogate at the very end is an error.
    if (i + 1 >= len) throw new (errors().codes.ERR_INVALID_URI)();
    const c2 = str.charCodeAt(i + 1) & 0x3FF;
    i++;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out.push(hexTable[0xF0 | (c >> 18)], hexTable[0x80 | ((c >> 12) & 0x3F)],
             hexTable[0x80 | ((c >> 6) & 0x3F)], hexTable[0x80 | (c & 0x3F)]);
  }
  if (lastPos === 0) return str;
  if (lastPos < len) out.push(str.slice(lastPos));
  return out.join('');
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// The bytes of `s` with %XX sequences decoded (and '+' as a space when
// `decodeSpaces`); characters above 0xFF keep only their low byte, as
// Node's ASCII/latin-1 conversion does.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 /* % */ && i + 2 < s.length) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi === -1 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (hi !== -1 && lo !== -1) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xFF;
  }
  return out.subarray(0, n);
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  // Until node:buffer exists the bytes come back as a plain Uint8Array.
  if (typeof Buffer !== 'function') return bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

let utf8Decoder = null;
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    if (utf8Decoder === null) utf8Decoder = new TextDecoder('utf-8');
    return utf8Decoder.decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, kNoEscape, kHexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Values written in exponent notation contain '+', which needs escaping.
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = `${convert(k, encode)}${eq}`;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) fields.push(`${ks}${convert(v[j], encode)}`);
    } else {
      fields.push(`${ks}${convert(v, encode)}`);
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, decode, custom) {
  if (key.length > 0 && (custom || key.includes('%'))) key = decodeStr(key, decode);
  if (value.length > 0 && (custom || value.includes('%'))) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (typeof cur === 'string') obj[key] = [cur, value];
  else cur.push(value);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') {
    maxKeys = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;

  let start = 0;
  let pieces = 0;
  while (start <= qs.length) {
    if (maxKeys !== 0 && pieces >= maxKeys) break;
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    pieces++;
    if (end > start) {
      const piece = qs.slice(start, end);
      const at = piece.indexOf(eq);
      let key = at === -1 ? piece : piece.slice(0, at);
      let value = at === -1 ? '' : piece.slice(at + eq.length);
      // '+' means a space: hand decoders '%20' in its place.
      if (key.includes('+')) key = key.replaceAll('+', '%20');
      if (value.includes('+')) value = value.replaceAll('+', '%20');
      addKeyVal(obj, key, value, decode, custom);
    }
    if (end === qs.length) break;
    start = end + sep.length;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

