'use strict';
// node:url — the WHATWG URL API (from internal/url) and Node's legacy API:
// url.parse() into Url objects, url.format(), url.resolve() and
// url.resolveObject(), with the legacy parser's lenient quirks.

const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode,
} = require('internal/url');
// internal/errors and internal/validators load only when needed.
const { errors, validators } = require('internal/lazy');

const binding = internalBinding('url');

let lazyQs = null;
function querystring() {
  if (lazyQs === null) lazyQs = require('querystring');
  return lazyQs;
}

// Protocols that never have a host part.
const kHostless = new Set(['javascript', 'javascript:']);
// Protocols that always have '//' after them.
const kSlashed = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);
const kPortRe = /:[0-9]*$/;

let warnedInvalidPort = false;

class Url {
  constructor() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
  }
}

function emptyQuery() {
  return { __proto__: null };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') validators().validateString(url, 'url');
  // The scanning runs in Rust (internalBinding('url').legacyParse); see
  // crates/coil_bindings/src/url.rs for the rules.
  const r = binding.legacyParse(url, Boolean(slashesDenoteHost));
  const status = r[12];
  if (r[2] !== null) this.auth = decodeURIComponent(r[2]);
  if ((status & 1) !== 0 && !warnedInvalidPort) {
    warnedInvalidPort = true;
    process.emitWarning(
      `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
      'DeprecationWarning', 'DEP0170');
  }
  if ((status & 2) !== 0) throw new (errors().codes.ERR_INVALID_URL)(url);
  this.protocol = r[0];
  this.slashes = r[1];
  this.host = r[3];
  this.port = r[4];
  this.hostname = r[5];
  this.hash = r[6];
  this.search = r[7];
  this.query = r[8];
  this.pathname = r[9];
  this.path = r[10];
  if (parseQueryString) {
    this.query = this.search !== null ? querystring().parse(this.query) : emptyQuery();
  }
  this.href = r[11] !== null ? r[11] : this.format();
  return this;
};

function isIpv6Hostname(hostname) {
  return hostname.length >= 2 && hostname[0] === '[' && hostname[hostname.length - 1] === ']';
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPortRe.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Percent-encode the userinfo for format(): UTF-8, leaving A-Z a-z 0-9 and
// - _ . ! ~ * ' ( ) :. A surrogate takes the next code unit with it whatever
// it is; only one at the very end is an error (as Node's encoder behaves).
const kAuthSafe = /^[A-Za-z0-9\-_.!~*'():]*$/;
const kHex = '0123456789ABCDEF';
function pctByte(out, b) {
  out.push('%', kHex[b >> 4], kHex[b & 15]);
}
function encodeAuth(auth) {
  if (kAuthSafe.test(auth)) return auth;
  const out = [];
  for (let i = 0; i < auth.length; i++) {
    let c = auth.charCodeAt(i);
    if (c < 0x80) {
      if (kAuthSafe.test(auth[i])) out.push(auth[i]);
      else pctByte(out, c);
    } else if (c < 0x800) {
      pctByte(out, 0xC0 | (c >> 6));
      pctByte(out, 0x80 | (c & 0x3F));
    } else if (c < 0xD800 || c >= 0xE000) {
      pctByte(out, 0xE0 | (c >> 12));
      pctByte(out, 0x80 | ((c >> 6) & 0x3F));
      pctByte(out, 0x80 | (c & 0x3F));
    } else {
      if (i + 1 >= auth.length) throw new (errors().codes.ERR_INVALID_URI)();
      c = 0x10000 + (((c & 0x3FF) << 10) | (auth.charCodeAt(++i) & 0x3FF));
      pctByte(out, 0xF0 | (c >> 18));
      pctByte(out, 0x80 | ((c >> 12) & 0x3F));
      pctByte(out, 0x80 | ((c >> 6) & 0x3F));
      pctByte(out, 0x80 | (c & 0x3F));
    }
  }
  return out.join('');
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && !isIpv6Hostname(hn) ? `[${hn}]` : hn);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58 /* : */) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }

  if (this.slashes || kSlashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Copy the own enumerable properties of `from` onto `to`, except `skip`.
function copyFields(to, from, skip) {
  for (const key of Object.keys(from)) {
    if (key !== skip) to[key] = from[key];
  }
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// Split "auth@host" left in a host by the hostless-protocol path handling.
function splitAuthInHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  copyFields(result, this);
  // The hash always comes from the relative URL, even when it is empty.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (kSlashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A different scheme: anything but a slashed one is absolute.
    if (!kSlashed.has(relative.protocol)) {
      copyFields(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !kHostless.has(relative.protocol)) {
      // "http:foo/bar": the first path segment becomes the host.
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length) {
        relative.host = relPath.shift();
        if (relative.host) break;
      }
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = `${result.pathname || ''}${result.search || ''}`;
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !kSlashed.has(result.protocol);

  // Non-slashed URLs ("mailto:a@b"): the host is the first path segment, so
  // "../" may climb into it.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: drop the last source segment and append.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ("?x").
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthInHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or '') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';

  // Remove '.' segments and resolve '..' against the segment before it;
  // `up` counts '..' that climbed above the start.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }

  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    srcPath.unshift('');
  }

  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
    splitAuthInHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validators().validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
