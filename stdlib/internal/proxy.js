'use strict';
// Proxy details for util.inspect. Boa does not expose a proxy's target and
// handler, so the bootstrap replaces the global `Proxy` with a constructor
// that records them (in a WeakMap) and otherwise behaves as the original.

const OriginalProxy = Proxy;
const details = new WeakMap();

function install() {
  function Proxy(target, handler) {
    if (new.target === undefined) {
      throw new TypeError("Constructor Proxy requires 'new'");
    }
    const proxy = new OriginalProxy(target, handler);
    details.set(proxy, [target, handler]);
    return proxy;
  }
  Object.defineProperty(Proxy, 'revocable', {
    writable: true,
    configurable: true,
    enumerable: false,
    value: function revocable(target, handler) {
      const result = OriginalProxy.revocable(target, handler);
      const entry = [target, handler];
      details.set(result.proxy, entry);
      const revoke = result.revoke;
      result.revoke = function revokeProxy() {
        entry[0] = null;
        entry[1] = null;
        revoke();
      };
      return result;
    },
  });
  Proxy.prototype = undefined;
  Object.defineProperty(globalThis, 'Proxy', {
    value: Proxy, writable: true, configurable: true, enumerable: false,
  });
}

// Node's shape: undefined for a non-proxy, [target, handler] with showProxy,
// else the target; a revoked proxy has null for both. A proxy made before the
// bootstrap has no recorded details and reads as undefined: inspect then goes
// through its traps.
function getProxyDetails(value, showProxy = true) {
  const entry = details.get(value);
  if (entry === undefined) return undefined;
  return showProxy ? entry : entry[0];
}

module.exports = { install, getProxyDetails };
