'use strict';
// Request (WHATWG Fetch Standard): method, url, headers, body and the request options fetch()
// uses (redirect, signal) or keeps for the caller (mode, credentials, cache, referrer, …).
// Messages follow undici (Node's fetch).

const {
  Headers, fillHeaders, setGuard, getGuard, getHeader, tokenRegExp,
} = require('internal/fetch/headers');
const { extractBody, bodyUnusable, cloneBody, installBodyMixin } = require('internal/fetch/body');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kRequest = Symbol('kRequest');
const kHeaders = Symbol('kHeaders');
const kSignal = Symbol('kSignal');

// The methods the Fetch Standard upper-cases (PATCH is not one: 'patch' is sent as written).
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
let patchWarned = false;
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const enums = {
  mode: ['navigate', 'same-origin', 'no-cors', 'cors'],
  credentials: ['omit', 'same-origin', 'include'],
  cache: ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'],
  redirect: ['follow', 'error', 'manual'],
  referrerPolicy: ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin',
                   'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin',
                   'unsafe-url'],
  duplex: ['half'],
};

let AbortControllerClass;

function checkRequest(self) {
  if (self == null || typeof self !== 'object' || !(kRequest in self)) {
    throw new TypeError('Illegal invocation');
  }
}

function readEnum(init, key) {
  const value = init[key];
  if (value === undefined) return undefined;
  const string = `${value}`;
  if (!enums[key].includes(string)) {
    throw new TypeError(`Request constructor: ${string} is not an accepted type. Expected one ` +
                        `of ${enums[key].join(', ')}.`);
  }
  return string;
}

function isRequest(value) {
  return value != null && typeof value === 'object' && kRequest in value;
}

class Request {
  constructor(input, init = undefined) {
    if (arguments.length < 1) {
      throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    }
    if (init === null || init === undefined) init = {};
    else if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError('Request constructor: Expected init to be an object.');
    }
    let state;
    let inputBody = null;
    let signal = null;
    if (isRequest(input)) {
      const source = input[kRequest];
      state = { ...source, urlList: source.urlList.slice() };
      inputBody = source.body;
      signal = input[kSignal];
    } else {
      let url;
      try {
        url = new URL(`${input}`);
      } catch (error) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: error });
      }
      if (url.username !== '' || url.password !== '') {
        throw new TypeError('Request cannot be constructed from a URL that includes ' +
                            `credentials: ${input}`);
      }
      state = {
        method: 'GET',
        urlList: [url.href],
        mode: 'cors',
        credentials: 'same-origin',
        cache: 'default',
        redirect: 'follow',
        referrer: 'about:client',
        referrerPolicy: '',
        integrity: '',
        keepalive: false,
        duplex: 'half',
        body: null,
      };
    }
    if (init.referrer !== undefined) {
      const referrer = `${init.referrer}`;
      if (referrer === '') {
        state.referrer = 'no-referrer';
      } else {
        try {
          state.referrer = new URL(referrer).href;
        } catch (error) {
          throw new TypeError(`Referrer "${referrer}" is not a valid URL.`, { cause: error });
        }
      }
    }
    for (const key of ['mode', 'credentials', 'cache', 'redirect', 'referrerPolicy', 'duplex']) {
      const value = readEnum(init, key);
      if (value !== undefined) state[key] = value;
    }
    if (state.mode === 'navigate') {
      throw new TypeError("Request constructor: invalid request mode navigate.");
    }
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!tokenRegExp.test(method)) {
        throw new TypeError(`'${method}' is not a valid HTTP method.`);
      }
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) {
        throw new TypeError(`'${method}' HTTP method is unsupported.`);
      }
      if (normalizedMethods.has(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        // Node's fetch says so once per process, with this code.
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not ' +
                            'Allowed`. `PATCH` is much more likely to succeed.', {
          code: 'UNDICI-FETCH-patch',
        });
      }
      state.method = method;
    }
    if (init.signal !== undefined && init.signal !== null) {
      const { isAbortSignal } = lazyAbortSignal();
      if (!isAbortSignal(init.signal)) {
        throw new TypeError('Request constructor: Expected signal ("[object Object]") to be an ' +
                            'instance of AbortSignal.');
      }
      signal = init.signal;
    }
    AbortControllerClass ??= require('internal/abort_controller').AbortController;
    const controller = new AbortControllerClass();
    this[kSignal] = controller.signal;
    if (signal !== null) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }

    this[kRequest] = state;
    const headers = new Headers();
    this[kHeaders] = headers;
    if (init.headers !== undefined) {
      fillHeaders(headers, init.headers);
    } else if (isRequest(input)) {
      fillHeaders(headers, input[kHeaders]);
    }
    setGuard(headers, 'request');

    const initBody = init.body;
    if ((initBody != null || inputBody !== null) &&
        (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (initBody != null) {
      const extracted = extractBody(initBody);
      body = extracted.body;
      if (extracted.type !== null && getHeader(headers, 'content-type') === null) {
        headers.append('content-type', extracted.type);
      }
      if (body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError('Cannot construct a Request with a Request object that has already ' +
                            'been used.');
      }
      // The new request takes over the input's body (the input becomes used).
      const { TransformStream } = require('internal/webstreams/transformstream');
      const identity = new TransformStream();
      inputBody.stream.pipeThrough(identity);
      body = { stream: identity.readable, source: inputBody.source, length: inputBody.length };
    }
    state.body = body;
  }

  get method() { checkRequest(this); return this[kRequest].method; }
  get url() { checkRequest(this); return this[kRequest].urlList[0]; }
  get headers() { checkRequest(this); return this[kHeaders]; }
  get destination() { checkRequest(this); return ''; }
  get referrer() {
    checkRequest(this);
    const referrer = this[kRequest].referrer;
    if (referrer === 'no-referrer') return '';
    return referrer;
  }

  get referrerPolicy() { checkRequest(this); return this[kRequest].referrerPolicy; }
  get mode() { checkRequest(this); return this[kRequest].mode; }
  get credentials() { checkRequest(this); return this[kRequest].credentials; }
  get cache() { checkRequest(this); return this[kRequest].cache; }
  get redirect() { checkRequest(this); return this[kRequest].redirect; }
  get integrity() { checkRequest(this); return this[kRequest].integrity; }
  get keepalive() { checkRequest(this); return this[kRequest].keepalive; }
  get isReloadNavigation() { checkRequest(this); return false; }
  get isHistoryNavigation() { checkRequest(this); return false; }
  get signal() { checkRequest(this); return this[kSignal]; }
  get duplex() { checkRequest(this); return 'half'; }

  clone() {
    checkRequest(this);
    if (bodyUnusable(this[kRequest].body)) {
      throw new TypeError('Request.clone: Body has already been consumed.');
    }
    const clone = Object.create(Request.prototype);
    const state = this[kRequest];
    clone[kRequest] = {
      ...state,
      urlList: state.urlList.slice(),
      body: state.body === null ? null : cloneBody(state.body),
    };
    clone[kHeaders] = new Headers(this[kHeaders]);
    setGuard(clone[kHeaders], getGuard(this[kHeaders]));
    AbortControllerClass ??= require('internal/abort_controller').AbortController;
    const controller = new AbortControllerClass();
    const signal = this[kSignal];
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    clone[kSignal] = controller.signal;
    return clone;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    const fields = {
      method: this.method,
      url: this.url,
      headers: this.headers,
      destination: this.destination,
      referrer: this.referrer,
      referrerPolicy: this.referrerPolicy,
      mode: this.mode,
      credentials: this.credentials,
      cache: this.cache,
      redirect: this.redirect,
      integrity: this.integrity,
      keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation,
      signal: this.signal,
    };
    return `Request ${inspect(fields, { ...options, depth: options.depth == null ? null :
      options.depth - 1 })}`;
  }
}

let abortSignalModule;
function lazyAbortSignal() {
  if (abortSignalModule === undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    abortSignalModule = { isAbortSignal: (value) => value instanceof AbortSignal };
  }
  return abortSignalModule;
}

installBodyMixin(Request, {
  check: checkRequest,
  getBody: (self) => self[kRequest].body,
  getContentType: (self) => getHeader(self[kHeaders], 'content-type'),
});
for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
                    'credentials', 'cache', 'redirect', 'integrity', 'keepalive',
                    'isReloadNavigation', 'isHistoryNavigation', 'signal', 'duplex', 'clone']) {
  const desc = Object.getOwnPropertyDescriptor(Request.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Request.prototype, name, desc);
}
Object.defineProperty(Request.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Request', configurable: true,
});

// What fetch() needs of a Request.
function requestInternals(request) {
  return { state: request[kRequest], headers: request[kHeaders], signal: request[kSignal] };
}

module.exports = { Request, isRequest, requestInternals };
