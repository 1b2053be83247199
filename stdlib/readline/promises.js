'use strict';
// node:readline/promises — an Interface whose question() returns a promise,
// and the Readline class that batches cursor commands.

const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { Readline } = require('internal/readline/promises');

const kEmptyObject = Object.freeze({ __proto__: null });

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options && options.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          reject(new AbortError(undefined, { cause: options.signal.reason }));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: options.signal.reason }));
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};
