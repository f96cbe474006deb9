'use strict';
// fetch() (WHATWG Fetch Standard, as Node's undici-based fetch behaves) for http: and data: URLs,
// over node:http. Request bodies are streamed (Content-Length when the size is known, chunked
// otherwise); responses stream into a byte ReadableStream with backpressure (the socket pauses)
// and gzip/deflate/br content codings decoded; redirects are followed (up to 20), refused or
// handed back as the redirect mode says; an AbortSignal cancels the request and errors the body.
// Failures reject with TypeError('fetch failed') whose `cause` is the underlying error, as Node's.
// https: goes over node:https (the default agent, so the system's trust store and
// NODE_TLS_REJECT_UNAUTHORIZED apply, as to Node's fetch).

const { Request, requestInternals } = require('internal/fetch/request');
const { makeNetworkResponse } = require('internal/fetch/response');
const { Headers, getHeader, headerListEntries } = require('internal/fetch/headers');
const { ReadableStream } = require('internal/webstreams/readablestream');
const { Buffer } = require('buffer');

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const kMaxRedirects = 20;
// The Fetch Standard's "bad ports": fetch() refuses them, as Node's does.
const badPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

let http;
let https;
let zlib;
let DOMExceptionClass;

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  DOMExceptionClass ??= require('internal/domexception').DOMException;
  return new DOMExceptionClass('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (error) {
    return Promise.reject(error);
  }
  const { state, headers, signal } = requestInternals(request);
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const fetchState = {
      method: state.method,
      headers,
      body: state.body,
      urlList: state.urlList.slice(),
      redirect: state.redirect,
      signal,
      resolve,
      reject,
      settled: false,
      onAbort: null,
      current: null,
    };
    fetchState.onAbort = () => {
      const reason = abortReason(signal);
      if (fetchState.current !== null) fetchState.current.destroy(reason);
      if (state.body !== null && !state.body.stream.locked) {
        state.body.stream.cancel(reason).then(undefined, () => {});
      }
      settle(fetchState, reason);
    };
    signal.addEventListener('abort', fetchState.onAbort, { once: true });
    mainFetch(fetchState);
  });
}

function settle(fetchState, error, response) {
  if (fetchState.settled) return;
  fetchState.settled = true;
  if (error !== undefined) {
    fetchState.signal.removeEventListener('abort', fetchState.onAbort);
    fetchState.reject(error);
  } else {
    fetchState.resolve(response);
  }
}

function mainFetch(fetchState) {
  const url = new URL(fetchState.urlList[fetchState.urlList.length - 1]);
  switch (url.protocol) {
    case 'data:':
      dataFetch(fetchState, url);
      return;
    case 'http:':
    case 'https:':
      httpFetch(fetchState, url);
      return;
    default:
      settle(fetchState, fetchFailed(new TypeError(`unknown scheme: ${url.protocol}`)));
  }
}

// data: URLs (the Fetch Standard's data: URL processor).
function dataFetch(fetchState, url) {
  const href = url.href.slice(5);
  const comma = href.indexOf(',');
  if (comma === -1) {
    settle(fetchState, fetchFailed(new TypeError('invalid data: URL')));
    return;
  }
  let mimeType = href.slice(0, comma).trim();
  let data = decodeURIComponentBytes(href.slice(comma + 1));
  if (/;\s*base64\s*$/i.test(mimeType)) {
    mimeType = mimeType.replace(/;\s*base64\s*$/i, '');
    const text = data.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(text) || /=[^=]/.test(text)) {
      settle(fetchState, fetchFailed(new TypeError('invalid data: URL')));
      return;
    }
    data = Buffer.from(text, 'base64');
  }
  if (mimeType.startsWith(';')) mimeType = `text/plain${mimeType}`;
  if (mimeType === '') mimeType = 'text/plain;charset=US-ASCII';
  const headers = new Headers([['content-type', mimeType]]);
  const body = new Uint8Array(data);
  const stream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (body.byteLength > 0) controller.enqueue(body);
      controller.close();
    },
  });
  settle(fetchState, undefined, makeNetworkResponse({
    status: 200,
    statusText: 'OK',
    headers,
    body: { stream, source: null, length: body.byteLength },
    urlList: fetchState.urlList,
  }));
}

function decodeURIComponentBytes(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function httpFetch(fetchState, url) {
  if (url.port !== '' && badPorts.has(Number(url.port))) {
    settle(fetchState, fetchFailed(new Error('bad port')));
    return;
  }
  const client = url.protocol === 'https:' ? (https ??= require('https')) :
    (http ??= require('http'));
  const outgoing = {};
  for (const [name, value] of headerListEntries(fetchState.headers)) {
    if (outgoing[name] === undefined) outgoing[name] = value;
    else if (Array.isArray(outgoing[name])) outgoing[name].push(value);
    else outgoing[name] = [outgoing[name], value];
  }
  // The headers Node's fetch adds when the caller has not.
  const defaults = {
    'accept': '*/*',
    'accept-language': '*',
    'sec-fetch-mode': 'cors',
    'user-agent': 'node',
    // (br responses are decoded too, but Node does not ask for them.)
    'accept-encoding': 'gzip, deflate',
  };
  for (const name of Object.keys(defaults)) {
    if (outgoing[name] === undefined) outgoing[name] = defaults[name];
  }
  const body = fetchState.body;
  if (body !== null && body.length !== null) {
    outgoing['content-length'] = `${body.length}`;
  } else if (body === null && (fetchState.method === 'POST' || fetchState.method === 'PUT')) {
    outgoing['content-length'] = '0';
  }

  let request;
  try {
    request = client.request(url, {
      method: fetchState.method,
      headers: outgoing,
      setHost: true,
    });
  } catch (error) {
    settle(fetchState, fetchFailed(error));
    return;
  }
  fetchState.current = request;
  request.on('error', (error) => {
    if (fetchState.signal.aborted) return;
    settle(fetchState, fetchFailed(error));
  });
  request.on('response', (response) => onResponse(fetchState, url, request, response));

  if (body === null) {
    request.end();
    return;
  }
  // Stream the body with backpressure.
  const reader = body.stream.getReader();
  const pump = () => {
    reader.read().then(({ value, done }) => {
      if (done) {
        request.end();
        return;
      }
      if (!(value instanceof Uint8Array)) {
        const error = new TypeError('Received non-Uint8Array chunk');
        request.destroy(error);
        settle(fetchState, fetchFailed(error));
        return;
      }
      if (request.write(value)) pump();
      else request.once('drain', pump);
    }, (error) => {
      request.destroy(error);
      settle(fetchState, fetchFailed(error));
    });
  };
  pump();
}

function onResponse(fetchState, url, request, response) {
  const status = response.statusCode;
  const location = response.headers.location;
  if (redirectStatuses.has(status) && location !== undefined &&
      fetchState.redirect !== 'manual') {
    response.resume();
    if (fetchState.redirect === 'error') {
      settle(fetchState, fetchFailed(new Error('unexpected redirect')));
      return;
    }
    let next;
    try {
      next = new URL(location, url);
    } catch (error) {
      settle(fetchState, fetchFailed(error));
      return;
    }
    if (fetchState.urlList.length > kMaxRedirects) {
      settle(fetchState, fetchFailed(new Error('redirect count exceeded')));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      settle(fetchState, fetchFailed(new TypeError('URL scheme must be a HTTP(S) scheme')));
      return;
    }
    const body = fetchState.body;
    if (status === 303 && fetchState.method !== 'GET' && fetchState.method !== 'HEAD' ||
        (status === 301 || status === 302) && fetchState.method === 'POST') {
      fetchState.method = 'GET';
      fetchState.body = null;
      const headers = new Headers(fetchState.headers);
      for (const name of ['content-encoding', 'content-language', 'content-location',
                          'content-type', 'content-length']) {
        headers.delete(name);
      }
      fetchState.headers = headers;
    } else if (body !== null) {
      // A body can be sent again only when its bytes are at hand.
      if (body.source === null) {
        settle(fetchState, fetchFailed(new TypeError(
          'Cannot follow redirect with a body that is a stream')));
        return;
      }
      const { extractBody } = require('internal/fetch/body');
      fetchState.body = extractBody(body.source).body;
    }
    if (next.origin !== url.origin) {
      const headers = new Headers(fetchState.headers);
      headers.delete('authorization');
      headers.delete('cookie');
      headers.delete('proxy-authorization');
      fetchState.headers = headers;
    }
    fetchState.urlList.push(next.href);
    mainFetch(fetchState);
    return;
  }

  const headers = new Headers();
  const raw = response.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    try {
      headers.append(raw[i], raw[i + 1]);
    } catch {
      // A header undici would also refuse: left out.
    }
  }
  const hasBody = fetchState.method !== 'HEAD' && !nullBodyStatuses.has(status);
  let source = response;
  const encoding = getHeader(headers, 'content-encoding');
  if (hasBody && encoding !== null && !redirectStatuses.has(status)) {
    const codings = encoding.toLowerCase().split(',').map((c) => c.trim()).filter(Boolean)
      .reverse();
    zlib ??= require('zlib');
    const decoders = [];
    for (const coding of codings) {
      if (coding === 'gzip' || coding === 'x-gzip') {
        decoders.push(zlib.createGunzip({
          flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH,
        }));
      } else if (coding === 'deflate') {
        decoders.push(zlib.createInflate({
          flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH,
        }));
      } else if (coding === 'br') {
        decoders.push(zlib.createBrotliDecompress({
          flush: zlib.constants.BROTLI_OPERATION_FLUSH,
          finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
        }));
      } else {
        decoders.length = 0;
        break;
      }
    }
    for (const decoder of decoders) {
      const from = source;
      from.on('error', (error) => decoder.destroy(error));
      source = from.pipe(decoder);
    }
  }

  let streamController;
  let streamDone = false;
  const stream = new ReadableStream({
    type: 'bytes',
    start(controller) {
      streamController = controller;
    },
    pull() {
      source.resume();
    },
    cancel(reason) {
      streamDone = true;
      request.destroy();
      source.destroy?.();
      void reason;
    },
  }, { highWaterMark: 65536 });
  const fail = (error) => {
    if (streamDone) return;
    streamDone = true;
    try {
      streamController.error(error);
    } catch {
      // Already closed.
    }
  };
  if (hasBody) {
    source.on('data', (chunk) => {
      if (streamDone || chunk.length === 0) return;
      streamController.enqueue(new Uint8Array(chunk));
      if (streamController.desiredSize <= 0) source.pause();
    });
    source.on('end', () => {
      if (streamDone) return;
      streamDone = true;
      streamController.close();
      fetchState.signal.removeEventListener('abort', fetchState.onAbort);
      fetchState.signal.removeEventListener('abort', fetchState.onAbortBody);
    });
    source.on('error', (error) => fail(fetchFailedBody(error)));
    response.on('aborted', () => fail(fetchFailedBody(new Error('aborted'))));
  } else {
    response.resume();
    streamDone = true;
    streamController.close();
    fetchState.signal.removeEventListener('abort', fetchState.onAbort);
  }
  // After the response is handed out, an abort errors its body.
  if (!streamDone) {
    fetchState.onAbortBody = () => fail(abortReason(fetchState.signal));
    fetchState.signal.addEventListener('abort', fetchState.onAbortBody, { once: true });
  }

  settle(fetchState, undefined, makeNetworkResponse({
    status,
    statusText: response.statusMessage ?? '',
    headers,
    body: hasBody ? { stream, source: null, length: null } : null,
    urlList: fetchState.urlList,
  }));
}

function fetchFailedBody(error) {
  return error instanceof TypeError ? error : new TypeError('terminated', { cause: error });
}

module.exports = { fetch };
