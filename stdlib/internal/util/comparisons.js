'use strict';
// Deep equality for assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual, written to Node 20's documented and observed rules:
//
// * strict mode compares primitives with Object.is, requires identical
//   prototypes and compares enumerable own symbol keys too;
// * loose mode compares primitives with == (NaN equals NaN) and ignores
//   prototypes and symbol keys;
// * both modes require the same Object.prototype.toString tag, compare
//   Dates by time, RegExps by source/flags/lastIndex, errors by name,
//   message, cause and errors, boxed primitives by value, typed arrays and
//   ArrayBuffers by content, Maps and Sets by entries regardless of order,
//   and then the enumerable own string keys of every object;
// * cycles are handled by remembering the pairs currently being compared.

const {
  constants: { ONLY_ENUMERABLE, SKIP_SYMBOLS },
  getOwnNonIndexProperties,
} = internalBinding('util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = internalBinding('types');

const kStrict = true;
const kLoose = false;

// How the entries of an object are walked after its keys were checked.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (obj) => Object.prototype.toString.call(obj);

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isURL(value) {
  const URL = globalThis.URL;
  return typeof URL === 'function' && value instanceof URL;
}

// The kind of an ArrayBuffer view, whatever its prototype or tag says.
const kViewKinds = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'DataView'];
const types = internalBinding('types');

function viewKind(view) {
  for (const kind of kViewKinds) {
    if (types[`is${kind}`](view)) return kind;
  }
  return undefined;
}

function sameViewKind(a, b) {
  return isArrayBufferView(b) && viewKind(a) === viewKind(b);
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Byte views of the same length compared in Rust (a JS loop over a 1 MiB
// Buffer takes seconds in this engine).
function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return internalBinding('buffer').compare(a, b) === 0;
}

function bytesOfView(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Loose comparison of float arrays: element-wise ===, so 0 equals -0 and
// NaN never equals NaN.
function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameArrayBuffers(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBytes(new Uint8Array(a), new Uint8Array(b));
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isSpecialObject(v) {
  return Array.isArray(v) || isArrayBufferView(v) || isSet(v) || isMap(v) ||
    isDate(v) || isRegExp(v) || isAnyArrayBuffer(v) || isBoxedPrimitive(v) ||
    isError(v);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && a !== a && b !== b; // eslint-disable-line no-self-compare
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq, no-self-compare
        return a == b || (a !== a && b !== b);
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const keysA = getOwnNonIndexProperties(a, filter);
    const keysB = getOwnNonIndexProperties(b, filter);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (isDate(a)) {
    if (!isDate(b) ||
        Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
    if ((hasOwn(a, 'cause') || hasOwn(b, 'cause')) &&
        !innerDeepEqual(a.cause, b.cause, strict, memos)) {
      return false;
    }
    if ((hasOwn(a, 'errors') || hasOwn(b, 'errors')) &&
        !innerDeepEqual(a.errors, b.errors, strict, memos)) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (!sameViewKind(a, b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!sameFloats(a, b)) return false;
    } else if (!sameBytes(bytesOfView(a), bytesOfView(b))) {
      return false;
    }
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const keysA = getOwnNonIndexProperties(a, filter);
    const keysB = getOwnNonIndexProperties(b, filter);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameArrayBuffers(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isSpecialObject(b)) {
    return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function countEnumerableSymbols(obj, symbols) {
  let count = 0;
  for (let i = 0; i < symbols.length; i++) {
    if (isEnumerable(obj, symbols[i])) count++;
  }
  return count;
}

function keyCheck(a, b, strict, memos, iterationType, keysA) {
  // Without precomputed keys, compare the enumerable own string keys.
  if (keysA === undefined) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    if (strict) {
      // And the enumerable own symbols.
      const symbolsA = Object.getOwnPropertySymbols(a);
      const symbolsB = Object.getOwnPropertySymbols(b);
      if (symbolsA.length === 0) {
        if (symbolsB.length !== 0 && countEnumerableSymbols(b, symbolsB) !== 0) return false;
      } else {
        let count = 0;
        for (let i = 0; i < symbolsA.length; i++) {
          const key = symbolsA[i];
          if (isEnumerable(a, key)) {
            if (!isEnumerable(b, key)) return false;
            keysA.push(key);
            count++;
          }
        }
        if (countEnumerableSymbols(b, symbolsB) !== count) return false;
      }
    }
  }
  for (let i = 0; i < keysA.length; i++) {
    if (!isEnumerable(b, keysA[i])) return false;
  }

  if (keysA.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  // Cycle detection: when both values are already being compared further
  // up (on their own side), the pair is taken as equal; the rest of the
  // comparison decides.
  if (memos === undefined) {
    memos = { a: new Set(), b: new Set() };
  } else if (memos.a.has(a) && memos.b.has(b)) {
    return true;
  }
  const addedA = !memos.a.has(a);
  const addedB = !memos.b.has(b);
  if (addedA) memos.a.add(a);
  if (addedB) memos.b.add(b);

  const result = objEquiv(a, b, strict, keysA, memos, iterationType);

  if (addedA) memos.a.delete(a);
  if (addedB) memos.b.delete(b);
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining keys as plain properties.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For loose comparison of primitives inside Sets and Maps: the value a
// primitive may loosely equal, `false` when it can only equal itself, or
// `undefined`/`null` for null/undefined.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Falls through.
    case 'number':
      if (prim !== prim) return false; // eslint-disable-line no-self-compare
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const itemB = b.get(alt);
  if ((itemB === undefined && !b.has(alt)) || !innerDeepEqual(item, itemB, kLoose, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, itemB, kLoose, memos);
}

function setHasEqualElement(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` that `b` does not hold as-is (objects, and loose primitives).
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      if (pending === null) pending = new Set();
      pending.add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, value)) return false;
      if (pending === null) pending = new Set();
      pending.add(value);
    }
  }
  if (pending !== null) {
    for (const value of b) {
      if (typeof value === 'object' && value !== null) {
        if (!setHasEqualElement(pending, value, strict, memos)) return false;
      } else if (!strict && !a.has(value) &&
                 !setHasEqualElement(pending, value, strict, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key, item, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) pending = new Set();
      pending.add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) ||
          !innerDeepEqual(itemA, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, itemA, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending !== null) {
    for (const [key, item] of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
      } else if (!strict &&
                 (!a.has(key) || !innerDeepEqual(a.get(key), item, kLoose, memos)) &&
                 !mapHasEqualEntry(pending, a, key, item, kLoose, memos)) {
        return false;
      }
    }
    return pending.size === 0;
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
