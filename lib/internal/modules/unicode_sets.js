'use strict';
// translateUnicodeSets(pattern): the body of a regular expression written for the `v` flag
// (unicodeSets, ES2024), rewritten for the `u` flag, which V8 10.2 has. Returns null when the
// pattern uses something with no `u` equivalent here (`\q{…}` string literals in classes, or a
// property of strings inside a negated class or a set operation).
//
// Outside character classes the two modes read a pattern alike. Inside them the `v` mode adds:
//   - nested classes:       [a-z[0-9]]        → a union
//   - set operations:       [\p{L}--[a-z]]    → subtraction,  [\p{L}&&\p{ASCII}] → intersection
//   - escapes of the reserved punctuators (\& \! \# \% \, \: \; \< \= \> \@ \` \~), invalid in `u`;
//   - properties of strings (\p{RGI_Emoji} and the other emoji sequence sets): their members come
//     from ICU (internalBinding('modules').unicodeSetOf) and become an alternation, longest first.
// A class that is a plain union of characters, ranges and escapes stays a `u` class; anything else
// becomes a group that matches one code point through lookaheads:
//   A--B → (?:(?!B)A)      A&&B → (?:(?=B)A)      [^X] with X not plain → (?:(?!X)[\s\S])
// which is what those operations mean on single code points. (One known difference: under the
// `i` flag, `v` closes a negated class over case before complementing; the translation does not.)

const kReservedPunctuators = '&-!#%,:;<=>@`~';
const kPropertiesOfStrings = new Set(['Basic_Emoji', 'Emoji_Keycap_Sequence',
  'RGI_Emoji_Modifier_Sequence', 'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Tag_Sequence',
  'RGI_Emoji_ZWJ_Sequence', 'RGI_Emoji']);

class Unsupported extends Error {}

function hex(codePoint) {
  return `\\u{${codePoint.toString(16)}}`;
}

// { strings: '<alternation of the multi-code-point members>', atoms: '<u-mode class text>' }
const stringSets = new Map();
function propertyOfStrings(name) {
  let set = stringSets.get(name);
  if (set === undefined) {
    const data = internalBinding('modules').unicodeSetOf(name);
    if (data === undefined) throw new Unsupported();
    const [strings, ranges] = data;
    const sorted = strings.map((text) => [...text]).sort((a, b) => b.length - a.length);
    let atoms = '';
    for (let r = 0; r < ranges.length; r += 2) {
      atoms += ranges[r] === ranges[r + 1] ? hex(ranges[r]) : `${hex(ranges[r])}-${hex(ranges[r + 1])}`;
    }
    set = { strings: sorted.map((cps) => cps.map((c) => hex(c.codePointAt(0))).join('')).join('|'),
            atoms };
    stringSets.set(name, set);
  }
  return set;
}

// If pattern[j] starts \p{<property of strings>}, its name; else null.
function stringPropertyAt(pattern, j) {
  if (pattern[j] !== '\\' || pattern[j + 1] !== 'p' || pattern[j + 2] !== '{') return null;
  const close = pattern.indexOf('}', j + 3);
  if (close === -1) return null;
  const name = pattern.slice(j + 3, close);
  return kPropertiesOfStrings.has(name) ? name : null;
}

// Parses one class starting at pattern[i] === '['. Returns { node, end } with end after its ']'.
// node: { negated, op: 'union' | 'subtraction' | 'intersection', operands: [...] }, an operand
// being { atom: '<u-mode class text>' } or { node }.
function parseClass(pattern, i) {
  let j = i + 1;
  const negated = pattern[j] === '^';
  if (negated) j++;
  const operands = [];
  let op = 'union';
  let atoms = '';
  const flushAtoms = () => {
    if (atoms !== '') operands.push({ atom: atoms });
    atoms = '';
  };
  while (j < pattern.length) {
    const c = pattern[j];
    if (c === ']') {
      flushAtoms();
      return { node: { negated, op, operands }, end: j + 1 };
    }
    if ((c === '-' && pattern[j + 1] === '-') || (c === '&' && pattern[j + 1] === '&')) {
      flushAtoms();
      const next = c === '-' ? 'subtraction' : 'intersection';
      if (op !== 'union' && op !== next) throw new Unsupported();
      if (op === 'union' && operands.length !== 1) throw new Unsupported();
      op = next;
      j += 2;
      continue;
    }
    if (c === '[') {
      flushAtoms();
      const inner = parseClass(pattern, j);
      operands.push({ node: inner.node });
      j = inner.end;
      continue;
    }
    if (c === '\\') {
      const d = pattern[j + 1];
      if (d === 'q') throw new Unsupported();
      const property = stringPropertyAt(pattern, j);
      if (property !== null) {
        flushAtoms();
        operands.push({ strings: property });
        j = pattern.indexOf('}', j) + 1;
        continue;
      }
      if (d !== undefined && kReservedPunctuators.includes(d)) {
        atoms += d === '-' ? '\\-' : d;
        j += 2;
        continue;
      }
      // \p{…} / \P{…} / \u{…}: copy through the closing brace.
      if ((d === 'p' || d === 'P' || d === 'u') && pattern[j + 2] === '{') {
        const close = pattern.indexOf('}', j + 3);
        if (close === -1) throw new Unsupported();
        atoms += pattern.slice(j, close + 1);
        j = close + 1;
        continue;
      }
      atoms += pattern.slice(j, j + 2);
      j += 2;
      continue;
    }
    // A range a-b (single '-' between two characters) or a character: both copy as they are.
    atoms += c;
    j++;
  }
  throw new Unsupported();  // unterminated class: let V8 report it
}

// A plain class: a union of atoms and nested non-negated plain unions.
function flattenUnion(node) {
  if (node.op !== 'union') return null;
  let text = '';
  for (const operand of node.operands) {
    if (operand.strings !== undefined) return null;
    if (operand.atom !== undefined) {
      text += operand.atom;
    } else {
      if (operand.node.negated) return null;
      const inner = flattenUnion(operand.node);
      if (inner === null) return null;
      text += inner;
    }
  }
  return text;
}

// Text matching exactly one code point of the set `node` describes.
function emit(node) {
  const plain = flattenUnion(node);
  if (plain !== null) return `[${node.negated ? '^' : ''}${plain}]`;
  if (containsStrings(node)) {
    // Strings can only be members of a plain (non-negated) union: try the longest first.
    if (node.negated || node.op !== 'union') throw new Unsupported();
    const strings = [];
    let atoms = '';
    for (const operand of node.operands) {
      if (operand.strings !== undefined) {
        const set = propertyOfStrings(operand.strings);
        strings.push(set.strings);
        atoms += set.atoms;
      } else if (operand.atom !== undefined) {
        atoms += operand.atom;
      } else {
        const inner = flattenUnion(operand.node);
        if (inner === null || operand.node.negated) throw new Unsupported();
        atoms += inner;
      }
    }
    return `(?:${strings.join('|')}${atoms === '' ? '' : `|[${atoms}]`})`;
  }
  const positive = emitPositive(node);
  return node.negated ? `(?:(?!${positive})[\\s\\S])` : positive;
}

function containsStrings(node) {
  return node.operands.some((operand) => operand.strings !== undefined ||
    (operand.node !== undefined && containsStrings(operand.node)));
}

function emitOperand(operand) {
  return operand.atom !== undefined ? `[${operand.atom}]` : emit(operand.node);
}

function emitPositive(node) {
  const parts = node.operands.map(emitOperand);
  if (node.op === 'union') return `(?:${parts.join('|')})`;
  const look = node.op === 'subtraction' ? '?!' : '?=';
  return `(?:${parts.slice(1).map((p) => `(${look}${p})`).join('')}${parts[0]})`;
}

function translateUnicodeSets(pattern) {
  let out = '';
  let i = 0;
  try {
    while (i < pattern.length) {
      const c = pattern[i];
      if (c === '\\') {
        const property = stringPropertyAt(pattern, i);
        if (property !== null) {
          const set = propertyOfStrings(property);
          out += `(?:${set.strings}|[${set.atoms}])`;
          i = pattern.indexOf('}', i) + 1;
          continue;
        }
        out += pattern.slice(i, i + 2);
        i += 2;
      } else if (c === '[') {
        const { node, end } = parseClass(pattern, i);
        out += emit(node);
        i = end;
      } else {
        out += c;
        i++;
      }
    }
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
  return out;
}

module.exports = { translateUnicodeSets };
