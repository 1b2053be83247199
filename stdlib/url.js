'use strict';
// node:url — the WHATWG URL API (from internal/url) and Node's legacy API:
// url.parse() into Url objects, url.format(), url.resolve() and
// url.resolveObject(), with the legacy parser's lenient quirks.

const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions,
  domainToASCII, domainToUnicode,
} = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URI },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

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
// Protocols whose rest is not auto-escaped.
const kUnsafe = new Set(['javascript', 'javascript:']);

const kProtocolRe = /^[a-z0-9.+-]+:/i;
const kPortRe = /:[0-9]*$/;
const kSimplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kAuthHostRe = /^\/\/[^@/]+@[^@/]+/;
const kForbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenHostIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const kHostnameMaxLen = 255;

// Characters the legacy parser escapes in everything after the host.
const kAutoEscape = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'],
  ["'", '%27'], ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'],
  ['`', '%60'], ['{', '%7B'], ['|', '%7C'], ['}', '%7D'],
]);
const kAutoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that may not appear in a host at all (RFC 2396), and those that
// end it.
const kNonHostChars = new Set([' ', '"', '%', "'", ';', '<', '>', '\\',
  '^', '`', '{', '|', '}']);
const kHostEndChars = new Set(['#', '/', '?']);

function isWhitespace(code) {
  return code <= 32 || code === 0xA0 || code === 0xFEFF;
}

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

// Trim surrounding whitespace and turn backslashes before the query or hash
// into slashes; notes whether an '@' or '#' appeared.
function preprocess(url) {
  let first = 0;
  while (first < url.length && isWhitespace(url.charCodeAt(first))) first++;
  let last = url.length;
  while (last > first && isWhitespace(url.charCodeAt(last - 1))) last--;
  const s = url.slice(first, last);
  let hasAt = false;
  let hasHash = false;
  let split = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (split === -1) {
      if (ch === '@') hasAt = true;
      else if (ch === '#') { hasHash = true; split = i; } else if (ch === '?') split = i;
    } else if (ch === '#') {
      hasHash = true;
      break;
    }
  }
  const head = split === -1 ? s : s.slice(0, split);
  const rest = head.includes('\\') ? head.replaceAll('\\', '/') + (split === -1 ? '' : s.slice(split)) : s;
  return { rest, hasAt, hasHash };
}

function emptyQuery() {
  return { __proto__: null };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasAt, hasHash } = preprocess(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // A plain path, the common case for http request URLs.
    const simple = kSimplePathRe.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring().parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = emptyQuery();
      }
      return this;
    }
  }

  let lowerProto = '';
  const proto = kProtocolRe.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || kAuthHostRe.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && kHostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!kHostless.has(lowerProto) &&
      (slashes || (proto && !kSlashed.has(proto[0])))) {
    rest = this.parseAuthAndHost(rest, url);
  }

  if (!kUnsafe.has(lowerProto)) {
    rest = rest.replace(kAutoEscapeRe, (ch) => kAutoEscape.get(ch));
  }

  let questionIdx = -1;
  let hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  questionIdx = rest.indexOf('?');
  if (hashIdx !== -1 && questionIdx > hashIdx) questionIdx = -1;
  if (questionIdx !== -1) {
    const end = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, end);
    this.query = rest.slice(questionIdx + 1, end);
    if (parseQueryString) this.query = querystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = emptyQuery();
  }

  const firstIdx = questionIdx !== -1 ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (kSlashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;

  this.href = this.format();
  return this;
};

// Split "auth@host:port" off the front of `rest`; returns what follows.
Url.prototype.parseAuthAndHost = function parseAuthAndHost(rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (kNonHostChars.has(ch)) {
      if (nonHost === -1) nonHost = i;
    } else if (kHostEndChars.has(ch)) {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = isIpv6Hostname(hostname);

  if (!ipv6) {
    // A host part with a character a hostname cannot have ends the host
    // there; the rest joins the path.
    for (let i = 0; i < hostname.length; i++) {
      const ch = hostname[i];
      if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
        if (ch === ':' && !warnedInvalidPort) {
          warnedInvalidPort = true;
          process.emitWarning(
            `The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        this.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  if (this.hostname.length > kHostnameMaxLen) this.hostname = '';
  else this.hostname = this.hostname.toLowerCase();

  if (this.hostname !== '') {
    if (ipv6) {
      if (kForbiddenHostIpv6.test(this.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      this.hostname = legacyToASCII(this.hostname);
      if (kForbiddenHost.test(this.hostname)) throw new ERR_INVALID_URL(url);
    }
  }

  const port = this.port ? `:${this.port}` : '';
  hostname = this.hostname || '';
  this.host = hostname + port;

  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

// IDNA for the legacy parser: non-ASCII labels become punycode; a host the
// WHATWG host parser rejects comes back as it was.
function legacyToASCII(hostname) {
  if (/[\t\n\r]/.test(hostname)) hostname = hostname.replace(/[\t\n\r]/g, '');
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(hostname)) return hostname;
  const ascii = binding.domainToASCII(hostname);
  return ascii === '' ? hostname : ascii;
}

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

function encodeAuth(auth) {
  try {
    return encodeURIComponent(auth).replaceAll('%3A', ':');
  } catch {
    throw new ERR_INVALID_URI();
  }
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
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
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
