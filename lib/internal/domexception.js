'use strict';

// DOMException (WebIDL): an Error whose name, message and legacy numeric code live in an internal
// slot read through prototype getters. The object itself is made by the Error constructor, so it
// carries [[ErrorData]] (util.types.isNativeError, a stack) while its prototype chain is
// DOMException.prototype -> Error.prototype, and DOMException itself inherits from Function.prototype
// as WebIDL requires.

const {
  Error,
  ErrorPrototype,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  SafeMap,
  SafeWeakMap,
  SymbolToStringTag,
  TypeError,
} = primordials;

// The legacy code table of WebIDL: [name, constant, code].
const kLegacyCodes = [
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

// Names WebIDL dropped from its table (heycam/webidl#946): their code reads 0, though the
// constants stay.
const kDisusedNames = ['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError'];

const nameToCode = new SafeMap();
for (const [name, , code] of kLegacyCodes) nameToCode.set(name, code);
for (const name of kDisusedNames) nameToCode.delete(name);

// instance -> { name, message }
const internals = new SafeWeakMap();

// Node builds this one by hand (its message lacks the word "type"); kept word for word.
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function slotOf(self) {
  const slot = internals.get(self);
  if (slot === undefined) invalidThis();
  return slot;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    // `super()` would reach Function (DOMException does not extend Error): build the object with
    // Error so it has [[ErrorData]], then give it our prototype. V8 writes the stack's first line
    // lazily, from `name` and `message` as they read then, i.e. from our getters.
    const self = new Error();
    ObjectSetPrototypeOf(self, new.target.prototype);
    let name;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        ObjectDefineProperty(self, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false,
          configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    internals.set(self, { name, message: `${message}` });
    return self;
  }

  get name() {
    return slotOf(this).name;
  }

  get message() {
    return slotOf(this).message;
  }

  get code() {
    return nameToCode.get(slotOf(this).name) ?? 0;
  }
}

const DOMExceptionPrototype = DOMException.prototype;
ObjectSetPrototypeOf(DOMExceptionPrototype, ErrorPrototype);
ObjectDefineProperties(DOMExceptionPrototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'DOMException', configurable: true },
  name: { __proto__: null, enumerable: true },
  message: { __proto__: null, enumerable: true },
  code: { __proto__: null, enumerable: true },
});

for (const [, constant, code] of kLegacyCodes) {
  const desc = { __proto__: null, value: code, enumerable: true, writable: false,
    configurable: false };
  ObjectDefineProperty(DOMException, constant, desc);
  ObjectDefineProperty(DOMExceptionPrototype, constant, desc);
}

function isDOMException(value) {
  return internals.has(value);
}

module.exports = { DOMException, isDOMException };
