'use strict';
// The WHATWG URL and URLSearchParams classes (the globals and node:url's
// exports), plus the file: URL helpers other modules share. Parsing and the
// setters run in Rust (internalBinding('url'), on the `url` crate); a URL
// keeps the component array the binding returns.

const binding = internalBinding('url');
// internal/errors loads when an error is built.
const { errors } = require('internal/lazy');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let lazyInspectFn = null;
function lazyInspect() {
  if (lazyInspectFn === null) lazyInspectFn = require('internal/util/inspect').inspect;
  return lazyInspectFn;
}

// Indexes into the component array the binding returns.
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

// WebIDL USVString conversion: ToString, then lone surrogates to U+FFFD.
function toUSVString(value) {
  const str = `${value}`;
  return str.isWellFormed() ? str : str.toWellFormed();
}

// Hooks between the two classes, filled in by their static blocks.
let paramsFromURL;     // (url) => URLSearchParams linked to url
let paramsReset;       // (params, query string) => void
let urlSetSearchFromParams;  // (url, serialized) => void
let isURLSearchParams;
let paramsList;        // (params) => flat [name, value, ...] list

// ---------------------------------------------------------------------------
// URLSearchParams

function serializeParams(list) {
  if (list.length === 0) return '';
  return binding.serializeParams(list);
}

class URLSearchParams {
  // Flat list: [name0, value0, name1, value1, ...].
  #list = [];
  // The URL this object is the searchParams of, or null.
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
        return;
      }
      if (method != null) {
        if (typeof method !== 'function') throw new (errors().codes.ERR_ARG_NOT_ITERABLE)('Query pairs');
        const list = [];
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new (errors().codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new (errors().codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
        this.#list = list;
        return;
      }
      // A record: own enumerable string keys.
      const list = [];
      const seen = new Map();
      for (const key of Reflect.ownKeys(init)) {
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable) continue;
        const name = toUSVString(key);
        const value = toUSVString(init[key]);
        const at = seen.get(name);
        if (at !== undefined) {
          list[at + 1] = value;
        } else {
          seen.set(name, list.length);
          list.push(name, value);
        }
      }
      this.#list = list;
      return;
    }
    let str = toUSVString(init);
    if (str.charCodeAt(0) === 63 /* ? */) str = str.slice(1);
    this.#list = str === '' ? [] : binding.parseParams(str);
  }

  static {
    isURLSearchParams = (value) => value !== null && typeof value === 'object' && #list in value;
    paramsFromURL = (url, query) => {
      const params = new URLSearchParams();
      params.#url = url;
      params.#list = query === '' ? [] : binding.parseParams(query);
      return params;
    };
    paramsReset = (params, query) => {
      params.#list = query === '' ? [] : binding.parseParams(query);
    };
    paramsList = (params) => params.#list;
  }

  #update() {
    if (this.#url !== null) urlSetSearchFromParams(this.#url, serializeParams(this.#list));
  }

  get size() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this.#list;
    const out = [];
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) out.push(list[i], list[i + 1]);
      }
    } else {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) out.push(list[i], list[i + 1]);
      }
    }
    this.#list = out;
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const list = this.#list;
    const out = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    const out = [];
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] !== name) {
        out.push(list[i], list[i + 1]);
      } else if (!found) {
        found = true;
        out.push(name, value);
      }
    }
    if (!found) out.push(name, value);
    this.#list = out;
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out = [];
    for (const [k, v] of pairs) out.push(k, v);
    this.#list = out;
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    return createParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (typeof callback !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
    }
    // The list may change while iterating; re-read it each step.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    return createParamsIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    return createParamsIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    return serializeParams(this.#list);
  }

  [kInspect](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const inspect = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const entry = `${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`;
      output.push(entry);
      length += stripColors(entry).length + 2;
    }
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(', ')} }`;
    return `${name} {}`;
  }
}

// eslint-disable-next-line no-control-regex
const kColorRegExp = /\u001b\[\d\d?m/g;
function stripColors(str) {
  return str.replace(kColorRegExp, '');
}

// The %URLSearchParamsIteratorPrototype%.
const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

function isParamsIterator(value) {
  return value !== null && typeof value === 'object' && kIterTarget in value &&
    Object.getPrototypeOf(value) === URLSearchParamsIteratorPrototype;
}

function iteratorItem(list, index, kind) {
  if (kind === 'key') return list[index];
  if (kind === 'value') return list[index + 1];
  return [list[index], list[index + 1]];
}

Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      if (!isParamsIterator(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParamsIterator');
      const list = paramsList(this[kIterTarget]);
      const index = this[kIterIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = index + 2;
      return { value: iteratorItem(list, index, this[kIterKind]), done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [kInspect]: {
    value: function inspectIterator(recurseTimes, ctx) {
      if (!isParamsIterator(this)) throw new (errors().codes.ERR_INVALID_THIS)('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) {
        return ctx.stylize('[Object]', 'special');
      }
      const inspect = lazyInspect();
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = paramsList(this[kIterTarget]);
      const kind = this[kIterKind];
      const items = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) items.push(iteratorItem(list, i, kind));
      const breakLines = inspect(items, innerOpts).includes('\n');
      const parts = items.map((item) => inspect(item, innerOpts));
      const body = breakLines ? `\n  ${parts.join(',\n  ')}` : ` ${parts.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
    writable: true,
    enumerable: false,
    configurable: true,
  },
  [Symbol.toStringTag]: {
    value: 'URLSearchParams Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  },
});

function createParamsIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIterTarget, { value: target });
  Object.defineProperty(it, kIterKind, { value: kind });
  Object.defineProperty(it, kIterIndex, { value: 0, writable: true });
  return it;
}

// ---------------------------------------------------------------------------
// Blob URLs: URL.createObjectURL registers a Blob under `blob:nodedata:<id>`.

const blobRegistry = new Map();

// A version 4 UUID (the id only has to be unique within this process).
function randomUUID() {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0F) | 0x40;
  bytes[8] = (bytes[8] & 0x3F) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The registry id in a `blob:nodedata:<id>` URL, or null.
function blobIdFromURL(url) {
  const c = binding.parse(toUSVString(url), undefined);
  if (c === undefined || c[PROTOCOL] !== 'blob:') return null;
  const path = c[PATHNAME];
  const colon = path.indexOf(':');
  if (colon === -1 || path.slice(0, colon) !== 'nodedata') return null;
  return path.slice(colon + 1);
}

// The Blob registered for a blob: URL (buffer.resolveObjectURL), or undefined.
function resolveObjectURL(url) {
  const id = blobIdFromURL(url);
  return id === null ? undefined : blobRegistry.get(id);
}

// ---------------------------------------------------------------------------
// URL

let isURLInstance;

class URL {
  // The component array (see the indexes above).
  #c;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = binding.parse(input, base);
    if (c === undefined) throw new (errors().codes.ERR_INVALID_URL)(input, base);
    this.#c = c;
  }

  static {
    isURLInstance = (value) => value !== null && typeof value === 'object' && #c in value;
    urlSetSearchFromParams = (url, serialized) => {
      const c = binding.update(url.#c[HREF], 'search', serialized);
      if (c !== false) url.#c = c;
    };
  }

  // Apply a setter; keep searchParams in step with a changed query.
  #set(setter, value) {
    const c = binding.update(this.#c[HREF], setter, toUSVString(value));
    if (c === false) return false;
    const oldSearch = this.#c[SEARCH];
    this.#c = c;
    if (this.#searchParams !== null && (setter === 'search' || setter === 'href' ||
        oldSearch !== c[SEARCH])) {
      const search = c[SEARCH];
      paramsReset(this.#searchParams, search === '' ? '' : search.slice(1));
    }
    return true;
  }

  toString() {
    return this.#c[HREF];
  }

  get href() {
    return this.#c[HREF];
  }

  set href(value) {
    value = toUSVString(value);
    const c = binding.parse(value, undefined);
    if (c === undefined) throw new (errors().codes.ERR_INVALID_URL)(value);
    this.#c = c;
    if (this.#searchParams !== null) {
      paramsReset(this.#searchParams, c[SEARCH] === '' ? '' : c[SEARCH].slice(1));
    }
  }

  get origin() {
    return this.#c[ORIGIN];
  }

  get protocol() {
    return this.#c[PROTOCOL];
  }

  set protocol(value) {
    this.#set('protocol', value);
  }

  get username() {
    return this.#c[USERNAME];
  }

  set username(value) {
    this.#set('username', value);
  }

  get password() {
    return this.#c[PASSWORD];
  }

  set password(value) {
    this.#set('password', value);
  }

  get host() {
    return this.#c[HOST];
  }

  set host(value) {
    this.#set('host', value);
  }

  get hostname() {
    return this.#c[HOSTNAME];
  }

  set hostname(value) {
    this.#set('hostname', value);
  }

  get port() {
    return this.#c[PORT];
  }

  set port(value) {
    this.#set('port', value);
  }

  get pathname() {
    return this.#c[PATHNAME];
  }

  set pathname(value) {
    this.#set('pathname', value);
  }

  get search() {
    return this.#c[SEARCH];
  }

  set search(value) {
    this.#set('search', value);
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const search = this.#c[SEARCH];
      this.#searchParams = paramsFromURL(this, search === '' ? '' : search.slice(1));
    }
    return this.#searchParams;
  }

  get hash() {
    return this.#c[HASH];
  }

  set hash(value) {
    this.#set('hash', value);
  }

  toJSON() {
    return this.#c[HREF];
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    try {
      return base === undefined ? new URL(input) : new URL(input, base);
    } catch (err) {
      if (err && err.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return binding.canParse(url, base);
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
    }
    const id = randomUUID();
    blobRegistry.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    const id = blobIdFromURL(url);
    if (id !== null) blobRegistry.delete(id);
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${lazyInspect()(obj, opts)}`;
  }
}

// WebIDL: attributes and operations are enumerable.
for (const C of [URL, URLSearchParams]) {
  const proto = C.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  for (const key of Object.getOwnPropertyNames(C)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    const desc = Object.getOwnPropertyDescriptor(C, key);
    desc.enumerable = true;
    Object.defineProperty(C, key, desc);
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});

// Node's duck-typed check (a WHATWG URL, not a legacy Url object).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// ---------------------------------------------------------------------------
// file: URLs

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new (errors().codes.ERR_INVALID_FILE_URL_HOST)(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new (errors().codes.ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new (errors().codes.ERR_INVALID_URL_SCHEME)('file');
  return getPathFromURLPosix(path);
}

// Bytes pathToFileURL leaves as they are; everything else is percent-encoded.
const kPathSafe = /^[A-Za-z0-9!$&'()*+,\-.\/:;=@_]*$/;
const kHex = '0123456789ABCDEF';

function encodePathChars(filepath) {
  if (kPathSafe.test(filepath)) return filepath;
  const bytes = new TextEncoder().encode(filepath);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const ch = String.fromCharCode(b);
    if (b < 0x80 && kPathSafe.test(ch)) out.push(ch);
    else out.push('%', kHex[b >> 4], kHex[b & 15]);
  }
  return out.join('');
}

let lazyPath = null;
// `options` (Node's `windows` flag) is accepted; paths are POSIX here.
// eslint-disable-next-line no-unused-vars
function pathToFileURL(filepath, options) {
  if (lazyPath === null) lazyPath = require('path');
  if (typeof filepath !== 'string') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  let resolved = lazyPath.posix.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 /* / */ &&
      resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return new URL(`file://${encodePathChars(resolved)}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The options object http.request() takes, from a WHATWG URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('domain');
  return binding.domainToUnicode(`${domain}`);
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance: (value) => isURLInstance(value),
  isURLSearchParams: (value) => isURLSearchParams(value),
  toUSVString,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  encodePathChars,
  resolveObjectURL,
};
