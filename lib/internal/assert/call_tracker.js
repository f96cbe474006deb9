'use strict';

// assert.CallTracker (deprecated since Node 20, DEP0173): wraps functions to count their
// calls, and verify() fails when a wrapped function ran another number of times than expected.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

// What a tracked function records: its calls, and where calls() was asked for it.
class TrackedCalls {
  #name;
  #expected;
  #stack;
  #calls = [];

  constructor(name, expected, stack) {
    this.#name = name;
    this.#expected = expected;
    this.#stack = stack;
  }

  record(thisArg, args) {
    const call = { thisArg, arguments: Object.freeze(Array.prototype.slice.call(args)) };
    this.#calls.push(Object.freeze(call));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  // The report entry, or undefined when the count is right.
  report() {
    const actual = this.#calls.length;
    if (actual === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} ` +
               `time(s) but was executed ${actual} time(s).`,
      actual,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stack,
    };
  }
}

// Untracked calls() wrap this: it has no name, so reports say "calls".
const noop = Function.prototype;

class CallTracker {
  // In creation order, for report().
  #all = new Set();
  // tracked function -> its TrackedCalls
  #byFunction = new WeakMap();

  #lookup(tracked) {
    const calls = this.#byFunction.get(tracked);
    if (calls === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return calls;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const calls of this.#all) calls.reset();
      return;
    }
    this.#lookup(tracked).reset();
  }

  getCalls(tracked) {
    return this.#lookup(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);

    // The Error only carries the stack of this call, for the report.
    const stack = new Error();
    const calls = new TrackedCalls(fn.name || 'calls', expected, stack);
    // A Proxy keeps fn's name, length, properties and `new` behaviour; only calls count.
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        calls.record(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(calls);
    this.#byFunction.set(tracked, calls);
    return tracked;
  }

  report() {
    const errors = [];
    for (const calls of this.#all) {
      const entry = calls.report();
      if (entry !== undefined) errors.push(entry);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const { AssertionError } = require('assert');
    throw new AssertionError({
      message: errors.length === 1 ?
        errors[0].message :
        'Functions were not called the expected number of times',
      details: errors,
    });
  }
}

module.exports = CallTracker;
