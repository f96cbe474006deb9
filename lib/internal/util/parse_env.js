'use strict';

// util.parseEnv: the dotenv format as Node's own parser (the one behind --env-file) reads it.
// Lines are KEY=VALUE; `#` lines and lines without `=` are skipped; an `export ` prefix on the
// key is dropped; a value in '', "" or `` keeps its inner text as is, and a double-quoted one
// may span lines and turns each `\n` (backslash, n) into a newline; an unquoted value ends at
// `#` and is trimmed. A later key wins. Keys come out in code point order, as Node's
// std::map gives them.

const { validateString } = require('internal/validators');

// Node trims these three characters only (not \r, \v, \f).
function isTrimmed(char) {
  return char === ' ' || char === '\t' || char === '\n';
}

function trim(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text[start])) start++;
  while (end > start && isTrimmed(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

// The rest of `text` after the first newline at or after `from`, or '' without one.
function afterNewline(text, from) {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? '' : text.slice(newline + 1);
}

// Compares by code point, the order of the UTF-8 bytes Node sorts.
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length;) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function parseEnv(content) {
  validateString(content, 'content');
  // Node parses the UTF-8 bytes: lone surrogates have become U+FFFD by then.
  let text = content.toWellFormed().replaceAll('\r', '');
  const entries = new Map();

  text = trim(text);
  while (text.length > 0) {
    if (text[0] === '\n' || text[0] === '#') {
      text = afterNewline(text, 0);
      continue;
    }

    // A line with no `=` before its end carries nothing.
    let equals = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '=' || text[i] === '\n') {
        equals = i;
        break;
      }
    }
    if (equals === -1) break;
    if (text[equals] === '\n') {
      text = trim(text.slice(equals + 1));
      continue;
    }

    let key = trim(text.slice(0, equals));
    text = text.slice(equals + 1);
    if (text.length === 0 || text[0] === '\n') {
      // KEY= with nothing after it. (The key is kept untrimmed of `export `, as Node does.)
      entries.set(key, '');
      continue;
    }
    text = trim(text);
    if (key.length === 0) continue;
    if (key.startsWith('export ')) key = trim(key.slice(7));
    if (text.length === 0) {
      entries.set(key, '');
      break;
    }

    const quote = text[0];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const closing = text.indexOf(quote, 1);
      if (closing === -1) {
        // No closing quote: the line, opening quote included, is the value.
        const newline = text.indexOf('\n');
        if (newline === -1) {
          entries.set(key, text);
          break;
        }
        entries.set(key, text.slice(0, newline));
        text = text.slice(newline + 1);
      } else {
        let value = text.slice(1, closing);
        if (quote === '"') value = value.replaceAll('\\n', '\n');
        entries.set(key, value);
        // Whatever follows the closing quote on its line is ignored.
        text = afterNewline(text, closing + 1);
      }
    } else {
      const newline = text.indexOf('\n');
      let value = newline === -1 ? text : text.slice(0, newline);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      entries.set(key, trim(value));
      text = newline === -1 ? '' : text.slice(newline + 1);
    }
    text = trim(text);
  }

  const keys = [...entries.keys()].sort(compareCodePoints);
  const result = {};
  for (let i = 0; i < keys.length; i++) result[keys[i]] = entries.get(keys[i]);
  return result;
}

module.exports = { parseEnv };
