'use strict';
// What tide changes in JavaScript sources before V8 10.2 compiles them, so that code written for
// Node 22's V8 loads (CommonJS files, ES modules, -e/stdin code):
// - import attributes: V8 10.2 parses only the older `assert { … }` form of `with { … }`; the `with`
//   keywords of import/export-from clauses and of import()'s options object become `assert`;
// - regular expression literals with the `v` flag (unicodeSets), which V8 10.2 rejects: their
//   pattern is translated to an equivalent `u` pattern (internal/modules/unicode_sets.js); a
//   pattern that cannot be translated is left alone, and V8 reports it.
// A small tokenizer finds them (strings, template literals, comments and regular expression literals
// are skipped, never rewritten). Sources without either construct are returned untouched after two
// regular expression tests.

const { translateUnicodeSets } = require('internal/modules/unicode_sets');

// Cheap tests first: most sources have neither `'x' with {` nor `with:`, nor a `/…/v` literal.
const kMaybeAttributes = /['"`]\s*with\s*\{|\bwith\s*:/;
const kMaybeUnicodeSets = /\/[dgimsuy]*v[dgimsuy]*(?![A-Za-z0-9_$])/;

// After these tokens a `/` starts a regular expression; after the others it divides.
const kRegexAfterKeyword = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete',
  'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

function isIdentStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
}
function isIdentPart(c) {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xA0 ||
    c === 0xFEFF || c === 0x2028 || c === 0x2029;
}

function rewriteSourceForV8(source) {
  const attributes = kMaybeAttributes.test(source);
  const unicodeSets = kMaybeUnicodeSets.test(source);
  if (!attributes && !unicodeSets) return source;
  const n = source.length;
  const edits = [];  // { start, end, text }: replacements in source order
  // Significant tokens seen last: kind ('id', 'str', 'num', 'punct', 'regex', 'tpl') and text.
  let prev = null;
  let prev2 = null;
  let prev3 = null;
  // Open brackets: { ch, importCall, importOptions, template }.
  const stack = [];
  let i = 0;

  function push(kind, text) {
    prev3 = prev2;
    prev2 = prev;
    prev = { kind, text };
  }
  function nextSignificant(from) {
    let j = from;
    while (j < n) {
      const c = source.charCodeAt(j);
      if (isSpace(c)) { j++; continue; }
      if (c === 47 && source.charCodeAt(j + 1) === 47) {
        while (j < n && source.charCodeAt(j) !== 10) j++;
        continue;
      }
      if (c === 47 && source.charCodeAt(j + 1) === 42) {
        const end = source.indexOf('*/', j + 2);
        j = end === -1 ? n : end + 2;
        continue;
      }
      return j;
    }
    return n;
  }
  function regexAllowed() {
    if (prev === null) return true;
    if (prev.kind === 'id') return kRegexAfterKeyword.has(prev.text);
    if (prev.kind === 'punct') return prev.text !== ')' && prev.text !== ']' && prev.text !== '}';
    return false;
  }
  // Scans a template literal from after its opening backtick (or a `}` closing a substitution);
  // stops after the closing backtick, or after `${` (pushing a template marker on the stack).
  function scanTemplate() {
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c === 92) { i += 2; continue; }
      if (c === 96) { i++; push('tpl', '`'); return; }
      if (c === 36 && source.charCodeAt(i + 1) === 123) {
        i += 2;
        stack.push({ ch: '{', template: true });
        prev = { kind: 'punct', text: '${' };
        return;
      }
      i++;
    }
  }

  while (i < n) {
    const c = source.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === 47) {  // '/'
      const d = source.charCodeAt(i + 1);
      if (d === 47) {
        while (i < n && source.charCodeAt(i) !== 10) i++;
        continue;
      }
      if (d === 42) {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? n : end + 2;
        continue;
      }
      if (regexAllowed()) {
        const literalStart = i;
        i++;
        let inClass = false;
        while (i < n) {
          const e = source.charCodeAt(i);
          if (e === 92) { i += 2; continue; }
          if (e === 10) break;
          if (inClass) {
            if (e === 93) inClass = false;
          } else if (e === 91) {
            inClass = true;
          } else if (e === 47) {
            break;
          }
          i++;
        }
        const bodyEnd = i;
        i++;
        const flagsStart = i;
        while (i < n && isIdentPart(source.charCodeAt(i))) i++;
        const flags = source.slice(flagsStart, i);
        if (unicodeSets && flags.includes('v')) {
          const pattern = translateUnicodeSets(source.slice(literalStart + 1, bodyEnd));
          if (pattern !== null) {
            edits.push({ start: literalStart, end: i,
                         text: `/${pattern}/${flags.replace('v', 'u')}` });
          }
        }
        push('regex', '/');
        continue;
      }
      i++;
      push('punct', '/');
      continue;
    }
    if (c === 39 || c === 34) {  // ' "
      const start = i++;
      while (i < n) {
        const e = source.charCodeAt(i);
        if (e === 92) { i += 2; continue; }
        i++;
        if (e === c || e === 10) break;
      }
      push('str', source.slice(start, i));
      continue;
    }
    if (c === 96) {  // `
      i++;
      scanTemplate();
      continue;
    }
    if (isIdentStart(c) || c === 92) {
      const start = i++;
      while (i < n && (isIdentPart(source.charCodeAt(i)) || source.charCodeAt(i) === 92)) i++;
      const word = source.slice(start, i);
      if (attributes && word === 'with' && prev !== null) {
        const after = nextSignificant(i);
        const next = source.charCodeAt(after);
        // import x from 'y' with { ... }, export ... from 'y' with { ... }, import 'y' with { ... }
        if (next === 123 && prev.kind === 'str' && prev2 !== null &&
            (prev2.text === 'from' || (prev2.text === 'import' && prev3?.text !== '.'))) {
          edits.push({ start, end: i, text: 'assert' });
        } else if (next === 58 && prev.kind === 'punct' && (prev.text === '{' || prev.text === ',')) {
          // import(specifier, { with: { ... } })
          const top = stack[stack.length - 1];
          if (top?.importOptions) edits.push({ start, end: i, text: 'assert' });
        }
      }
      push('id', word);
      continue;
    }
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n && (isIdentPart(source.charCodeAt(i)) || source.charCodeAt(i) === 46)) i++;
      push('num', '0');
      continue;
    }
    if (c === 46 && source.charCodeAt(i + 1) >= 48 && source.charCodeAt(i + 1) <= 57) {
      i++;
      while (i < n && isIdentPart(source.charCodeAt(i))) i++;
      push('num', '0');
      continue;
    }
    // Punctuators: brackets tracked, the rest one character at a time (enough for this purpose).
    i++;
    if (c === 40) {  // (
      stack.push({ ch: '(', importCall: prev?.kind === 'id' && prev.text === 'import' &&
        prev2?.text !== '.' });
    } else if (c === 123) {  // {
      const top = stack[stack.length - 1];
      stack.push({ ch: '{', importOptions: top?.importCall === true && prev?.text === ',' });
    } else if (c === 91) {  // [
      stack.push({ ch: '[' });
    } else if (c === 41 || c === 93) {  // ) ]
      stack.pop();
    } else if (c === 125) {  // }
      const top = stack.pop();
      if (top?.template) {
        scanTemplate();
        continue;
      }
    }
    push('punct', String.fromCharCode(c));
  }
  if (edits.length === 0) return source;
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += source.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + source.slice(last);
}

module.exports = { rewriteSourceForV8 };
