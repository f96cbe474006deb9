'use strict';
// node:readline/promises: the Interface whose question() returns a promise, and Readline.

const {
  AbortError,
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const EventEmitter = require('events');
const { Readline } = require('internal/readline/promises');
const {
  Interface: BaseInterface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');

const kEmptyObject = Object.freeze({ __proto__: null });
const kDisposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

class Interface extends BaseInterface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  // Resolves with the answer; rejects with an AbortError when options.signal aborts (the
  // question is withdrawn) or when ctrl-c / ctrl-d close the interface meanwhile.
  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const disposable = EventEmitter.addAbortListener(signal, () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        cb = (answer) => {
          disposable[kDisposeSymbol]();
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
