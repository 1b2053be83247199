'use strict';
// util.parseEnv: the dotenv format, as Node 20 reads .env files (loaded on
// first use of util.parseEnv).

const { validateString } = require('internal/validators');

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str.charCodeAt(start) === 32) start++;
  while (end > start && str.charCodeAt(end - 1) === 32) end--;
  return str.slice(start, end);
}

function isAllSpaces(str) {
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) !== 32) return false;
  }
  return true;
}

function parseEnv(content) {
  validateString(content, 'content');
  const store = new Map();
  const buf = trimSpaces(content.replaceAll('\r', ''));
  let pos = 0;
  const len = buf.length;
  while (pos < len) {
    // Empty lines and comments.
    if (buf[pos] === '\n' || buf[pos] === '#') {
      const newline = buf.indexOf('\n', pos);
      if (newline !== -1) {
        pos = newline + 1;
        continue;
      }
    }
    const equal = buf.indexOf('=', pos);
    if (equal === -1) break;
    const rawKey = buf.slice(pos, equal);
    let key;
    if (rawKey.length > 0 && isAllSpaces(rawKey)) {
      // Node 20 keeps the character before such a key (a quirk of how it
      // trims it): in practice the newline that ended the previous line.
      key = pos > 0 ? buf[pos - 1] : '';
    } else {
      key = trimSpaces(rawKey);
    }
    pos = equal + 1;
    while (pos < len && buf.charCodeAt(pos) === 32) pos++;
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = key.slice(7);

    if (pos >= len) {
      store.set(key, '');
      break;
    }

    const quote = buf[pos];
    if (quote === '"') {
      const closing = buf.indexOf('"', pos + 1);
      if (closing !== -1) {
        // Double quotes expand `\n`.
        store.set(key, buf.slice(pos + 1, closing).replaceAll('\\n', '\n'));
        const newline = buf.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline + 1 : len;
        continue;
      }
    }
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = buf.indexOf(quote, pos + 1);
      if (closing === -1) {
        // Unterminated: the rest of the line, quote included. Without a
        // newline nothing is stored and parsing goes on from the quote.
        const newline = buf.indexOf('\n', pos);
        if (newline !== -1) {
          store.set(key, buf.slice(pos, newline));
          pos = newline;
        }
      } else {
        store.set(key, buf.slice(pos + 1, closing));
        const newline = buf.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline : len;
      }
      continue;
    }

    // Unquoted: up to the end of the line or a `#`.
    const newline = buf.indexOf('\n', pos);
    let value;
    if (newline !== -1) {
      value = buf.slice(pos, newline);
      pos = newline;
    } else {
      value = buf.slice(pos);
      pos = len;
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
  }
  // Keys come out sorted, as Node keeps them in an ordered map.
  const result = {};
  for (const key of [...store.keys()].sort()) result[key] = store.get(key);
  return result;
}

module.exports = { parseEnv };
