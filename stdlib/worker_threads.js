'use strict';
// node:worker_threads — the main thread's view. Workers themselves are their
// own issue: creating one (and the messaging classes) throws
// ERR_NOT_IMPLEMENTED until then.

const { addNotImplemented } = require('internal/not_implemented');

const environmentData = new Map();

module.exports = addNotImplemented({
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  threadId: 0,
  workerData: null,
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
}, 'worker_threads',
['markAsUntransferable', 'isMarkedAsUntransferable', 'moveMessagePortToContext',
  'receiveMessageOnPort', 'markAsUncloneable'],
['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel']);
