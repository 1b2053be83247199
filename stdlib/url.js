'use strict';
// node:url — for the Foundation, the file: URL conversions the module loader
// needs. The WHATWG URL class and the legacy API belong to the Core library
// issue; until then they throw ERR_NOT_IMPLEMENTED.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_FILE_URL_HOST, ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');

// Characters pathToFileURL percent-encodes (beyond what URL parsing would).
function encodePathChars(file) {
  const out = [];
  const bytes = new TextEncoder().encode(file);
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (b < 0x80 && /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/.test(c)) out.push(c);
    else out.push(`%${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return out.join('');
}

class FileURL {
  constructor(pathname) {
    this.href = `file://${pathname}`;
    this.protocol = 'file:';
    this.host = '';
    this.hostname = '';
    this.pathname = pathname;
    this.search = '';
    this.hash = '';
  }

  toString() { return this.href; }
  toJSON() { return this.href; }
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new FileURL(encodePathChars(resolved));
}

function fileURLToPath(url) {
  let href;
  if (typeof url === 'string') href = url;
  else if (url !== null && typeof url === 'object' && typeof url.href === 'string') href = url.href;
  else throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(href);
  if (!match || match[1].toLowerCase() !== 'file') throw new ERR_INVALID_URL_SCHEME('file');
  let rest = match[2].replace(/[?#].*$/, '');
  let host = '';
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    host = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (host !== '' && host !== 'localhost') throw new ERR_INVALID_FILE_URL_HOST('linux');
  if (/%2f/i.test(rest)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(rest);
}

function notImplemented(name) {
  return function urlNotImplemented() {
    throw new ERR_NOT_IMPLEMENTED(`url.${name}`);
  };
}

module.exports = {
  fileURLToPath,
  pathToFileURL,
  parse: notImplemented('parse'),
  format: notImplemented('format'),
  resolve: notImplemented('resolve'),
  resolveObject: notImplemented('resolveObject'),
  domainToASCII: notImplemented('domainToASCII'),
  domainToUnicode: notImplemented('domainToUnicode'),
  urlToHttpOptions: notImplemented('urlToHttpOptions'),
};
Object.defineProperty(module.exports, 'URL', { enumerable: true, get: notImplemented('URL') });
Object.defineProperty(module.exports, 'URLSearchParams', { enumerable: true, get: notImplemented('URLSearchParams') });
