'use strict';
// readline.emitKeypressEvents(stream[, interface]): `keypress` events on a
// readable stream, from its `data`, once someone listens for them.

const { charLengthAt, CSI, emitKeys } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/symbols');

const { kEscape } = CSI;
const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');

// How long to wait for the rest of an escape sequence.
const ESCAPE_CODE_TIMEOUT = 500;

function newDecoder() {
  try {
    const { StringDecoder } = require('string_decoder');
    return new StringDecoder('utf8');
  } catch {
    const decoder = new (require('internal/encoding').TextDecoder)('utf-8');
    return {
      write(chunk) {
        return typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      },
    };
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;

  stream[KEYPRESS_DECODER] = newDecoder();
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();

  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) {
        clearTimeout(timeoutId);
        // A whole character (possibly a surrogate pair) typed at once.
        iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
        iface.isCompletionEnabled = false;

        let length = 0;
        for (const character of string) {
          length += character.length;
          if (length === string.length) iface.isCompletionEnabled = true;
          try {
            stream[ESCAPE_DECODER].next(character);
            // An escape at the end may start a sequence still to come.
            if (length === string.length && character === kEscape) {
              timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
            }
          } catch (err) {
            // A throwing `keypress` listener ends the generator: restart it.
            stream[ESCAPE_DECODER] = emitKeys(stream);
            stream[ESCAPE_DECODER].next();
            throw err;
          }
        }
      }
    } else {
      // Nobody is listening any more.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;
