'use strict';
// Response (WHATWG Fetch Standard): status/statusText/headers/body, the Body mixin, clone(),
// Response.error(), Response.redirect(), Response.json(). Messages follow undici (Node's fetch).

const {
  Headers, fillHeaders, setGuard, getGuard, getHeader, setHeader,
} = require('internal/fetch/headers');
const { extractBody, bodyUnusable, cloneBody, installBodyMixin } = require('internal/fetch/body');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kResponse = Symbol('kResponse');
const kHeaders = Symbol('kHeaders');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
// reason-phrase = *( HTAB / SP / VCHAR / obs-text )
const reasonPhraseRegExp = /^[\t\x20-\x7E\x80-\xFF]*$/;

function checkResponse(self) {
  if (self == null || typeof self !== 'object' || !(kResponse in self)) {
    throw new TypeError('Illegal invocation');
  }
}

function makeResponse(fields) {
  const response = Object.create(Response.prototype);
  response[kResponse] = {
    type: 'default',
    status: 200,
    statusText: '',
    urlList: [],
    body: null,
    ...fields,
  };
  response[kHeaders] = fields.headers ?? new Headers();
  delete response[kResponse].headers;
  return response;
}

function initializeResponse(response, init, bodyWithType) {
  if (init.status !== undefined) {
    const status = Number(init.status);
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    response[kResponse].status = status;
  }
  if (init.statusText !== undefined) {
    const statusText = `${init.statusText}`;
    if (!reasonPhraseRegExp.test(statusText)) throw new TypeError('Invalid statusText');
    response[kResponse].statusText = statusText;
  }
  if (init.headers !== undefined) fillHeaders(response[kHeaders], init.headers);
  if (bodyWithType !== null) {
    if (nullBodyStatus.has(response[kResponse].status)) {
      throw new TypeError('Response constructor: Invalid response status code ' +
                          `${response[kResponse].status}`);
    }
    response[kResponse].body = bodyWithType.body;
    if (bodyWithType.type !== null && getHeader(response[kHeaders], 'content-type') === null) {
      response[kHeaders].append('content-type', bodyWithType.type);
    }
  }
}

function readInit(init, context) {
  if (init === undefined || init === null) return {};
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${context}: Expected init to be an object.`);
  }
  return { status: init.status, statusText: init.statusText, headers: init.headers };
}

class Response {
  constructor(body = null, init = undefined) {
    init = readInit(init, 'Response constructor');
    this[kResponse] = {
      type: 'default', status: 200, statusText: '', urlList: [], body: null,
    };
    this[kHeaders] = new Headers();
    setGuard(this[kHeaders], 'response');
    const bodyWithType = body === null || body === undefined ? null : extractBody(body);
    initializeResponse(this, init, bodyWithType);
  }

  static error() {
    const response = makeResponse({ type: 'error', status: 0 });
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    init = readInit(init, 'Response.json');
    const response = makeResponse({});
    setGuard(response[kHeaders], 'response');
    const { body } = extractBody(text);
    initializeResponse(response, init, { body, type: 'application/json' });
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (error) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: error });
    }
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = makeResponse({ status });
    setHeader(response[kHeaders], 'location', parsed.href);
    setGuard(response[kHeaders], 'immutable');
    return response;
  }

  get type() {
    checkResponse(this);
    return this[kResponse].type;
  }

  get url() {
    checkResponse(this);
    const list = this[kResponse].urlList;
    if (list.length === 0) return '';
    const url = new URL(list[list.length - 1]);
    url.hash = '';
    return url.href;
  }

  get redirected() {
    checkResponse(this);
    return this[kResponse].urlList.length > 1;
  }

  get status() {
    checkResponse(this);
    return this[kResponse].status;
  }

  get ok() {
    checkResponse(this);
    return this[kResponse].status >= 200 && this[kResponse].status <= 299;
  }

  get statusText() {
    checkResponse(this);
    return this[kResponse].statusText;
  }

  get headers() {
    checkResponse(this);
    return this[kHeaders];
  }

  clone() {
    checkResponse(this);
    if (bodyUnusable(this[kResponse].body)) {
      throw new TypeError('Response.clone: Body has already been consumed.');
    }
    const state = this[kResponse];
    const headers = new Headers(this[kHeaders]);
    const clone = makeResponse({
      type: state.type,
      status: state.status,
      statusText: state.statusText,
      urlList: state.urlList.slice(),
      body: state.body === null ? null : cloneBody(state.body),
      headers,
    });
    setGuard(headers, getGuard(this[kHeaders]));
    return clone;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    const fields = {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      body: this.body,
      bodyUsed: this.bodyUsed,
      ok: this.ok,
      redirected: this.redirected,
      type: this.type,
      url: this.url,
    };
    return `Response ${inspect(fields, { ...options, depth: options.depth == null ? null :
      options.depth - 1 })}`;
  }
}

installBodyMixin(Response, {
  check: checkResponse,
  getBody: (self) => self[kResponse].body,
  getContentType: (self) => getHeader(self[kHeaders], 'content-type'),
});
for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
                    'clone']) {
  const desc = Object.getOwnPropertyDescriptor(Response.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Response.prototype, name, desc);
}
Object.defineProperty(Response.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Response', configurable: true,
});

// For fetch(): a response from the network, its headers immutable.
function makeNetworkResponse({ status, statusText, headers, body, urlList }) {
  const response = makeResponse({ type: 'basic', status, statusText, urlList, body, headers });
  setGuard(headers, 'immutable');
  return response;
}

module.exports = { Response, makeNetworkResponse };
