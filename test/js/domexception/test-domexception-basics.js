'use strict';
// DOMException: name, message and legacy code; the code table; constants; prototype chain.
const assert = require('assert');

const e = new DOMException();
assert.strictEqual(e.name, 'Error');
assert.strictEqual(e.message, '');
assert.strictEqual(e.code, 0);

const abort = new DOMException('stopped', 'AbortError');
assert.strictEqual(abort.name, 'AbortError');
assert.strictEqual(abort.message, 'stopped');
assert.strictEqual(abort.code, 20);
assert.strictEqual(String(abort), 'AbortError: stopped');

// Arguments are converted to strings.
const converted = new DOMException(42, { toString() { return 'NotFoundError'; } });
assert.strictEqual(converted.message, '42');

// An options object: name and cause.
const withCause = new DOMException('late', { name: 'TimeoutError', cause: 'slow' });
assert.strictEqual(withCause.name, 'TimeoutError');
assert.strictEqual(withCause.code, 23);
assert.strictEqual(withCause.cause, 'slow');
const causeDesc = Object.getOwnPropertyDescriptor(withCause, 'cause');
assert.strictEqual(causeDesc.enumerable, false);
assert.strictEqual(causeDesc.writable, true);
assert.strictEqual(Object.hasOwn(new DOMException('x', { name: 'X' }), 'cause'), false);
assert.strictEqual(new DOMException('x', {}).name, 'undefined');

// The whole legacy table; names WebIDL dropped keep their constants but read code 0.
const table = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const disused = ['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError'];
for (const [name, constant, code] of table) {
  assert.strictEqual(new DOMException('', name).code, disused.includes(name) ? 0 : code, name);
  for (const holder of [DOMException, DOMException.prototype]) {
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(holder, constant),
                           { value: code, writable: false, enumerable: true, configurable: false });
  }
}
assert.strictEqual(new DOMException('', 'EncodingError').code, 0);

// Prototype chain and brand.
assert.ok(abort instanceof DOMException);
assert.ok(abort instanceof Error);
assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
assert.strictEqual(Object.prototype.toString.call(abort), '[object DOMException]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                       { value: 'DOMException', writable: false, enumerable: false,
                         configurable: true });
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  assert.strictEqual(typeof desc.get, 'function', key);
  assert.strictEqual(desc.set, undefined, key);
  assert.strictEqual(desc.enumerable, true, key);
  assert.strictEqual(desc.configurable, true, key);
}
assert.deepStrictEqual(Object.keys(abort), []);
assert.strictEqual(DOMException.length, 0);
assert.strictEqual(DOMException.name, 'DOMException');

// Subclasses keep their own prototype and the slot.
class MyException extends DOMException {}
const mine = new MyException('m', 'SyntaxError');
assert.ok(mine instanceof MyException);
assert.strictEqual(mine.code, 12);
