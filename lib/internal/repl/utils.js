'use strict';
// Helpers of node:repl: which syntax errors mean "the input goes on on the next line", and the
// rewriting of top-level `await`. Node decides both with a JavaScript parser (acorn); tide has
// none, so both work from V8's error messages and a few textual rules (docs/design-notes.md).

const kStandaloneREPL = Symbol('kStandaloneREPL');

// The error of an input that may become valid with more lines.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function isRecoverableError(e, code) {
  if (e === null || typeof e !== 'object' || e.name !== 'SyntaxError') return false;
  const message = e.message;
  // Unfinished blocks, calls, arrays, template literals, expressions.
  if (message === 'Unexpected end of input' || message === 'Unterminated template literal') {
    return true;
  }
  if (message === 'Invalid or unexpected token') {
    const text = code.replace(/\r?\n$/, '');
    // A string continued with a backslash at the end of the line.
    if (text.endsWith('\\')) return true;
    // A block comment not closed yet.
    const open = text.lastIndexOf('/*');
    if (open !== -1 && text.indexOf('*/', open + 2) === -1) return true;
  }
  return false;
}

const kStatementStart = /^\s*(?:if|for|while|do|switch|try|return|throw|break|continue|function|async\s+function|class|var|let|const|import|export|\{)\b/;

// The places where a top-level statement may start (0, after a `;` or a line break outside any
// bracket, string, template or comment) and the top-level `;` positions. A scanner, not a parser:
// regular expression literals are not recognised (a quote or bracket inside one can mislead it;
// every rewrite is compiled before use, so that only loses the rewrite).
function scanTopLevel(code) {
  const starts = [0];
  const semicolons = [];
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) {
        if (code[i] === '\\') i++;
      }
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      if (depth === 0) starts.push(i + 1);
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      // A block closed at the top level ends its statement.
      if (depth === 0 && c === '}') starts.push(i + 1);
    } else if (depth === 0 && c === ';') {
      semicolons.push(i);
      starts.push(i + 1);
    } else if (depth === 0 && c === '\n') {
      starts.push(i + 1);
    }
  }
  return { starts: [...new Set(starts)].sort((a, b) => a - b), semicolons };
}

const kDeclaration = /^(\s*)(?:(const|let|var)\s+([A-Za-z_$][\w$]*)(\s*=)|(async\s+function\*?|function\*?|class)\s+([A-Za-z_$][\w$]*))/;

// Turns code using `await` at the top level into a script whose value is a promise of the
// result: `(async () => { ...; return (last expression) })()`. Top-level declarations
// (`const|let|var name =`, functions and classes) become assignments to names declared outside
// the function, so they outlive the line as in Node (`const` becomes `let`, as Node's rewrite
// does). `compiles(text)` says whether a candidate is valid; null means no candidate is.
function processTopLevelAwait(src, compiles) {
  const code = src.replace(/\s+$/, '');
  const { starts, semicolons } = scanTopLevel(code);
  const hoisted = [];
  const declared = new Set();
  let body = '';
  let from = 0;
  let lastDeclarationAt = -1;
  for (const start of starts) {
    const m = kDeclaration.exec(code.slice(start));
    if (!m) continue;
    const name = m[3] ?? m[6];
    const kind = m[2] ?? (m[5] === 'class' ? 'let' : 'var');
    if (!declared.has(name)) {
      declared.add(name);
      hoisted.push(`${kind === 'var' ? 'var' : 'let'} ${name};`);
    }
    // `const x =` → `x =`; `function f(` → `f = function f(`, `class C` → `C = class C`.
    const replacement = m[3] !== undefined ? `${m[1]}${name}${m[4]}` : `${m[1]}${name} = ${m[5]} ${name}`;
    body += code.slice(from, start) + replacement;
    from = start + m[0].length;
    lastDeclarationAt = start;
  }
  body += code.slice(from);
  const shift = body.length - code.length;
  const head = hoisted.join(' ');
  const candidates = [];
  // The last statement is returned when it is an expression (not a declaration).
  const lastSemicolon = semicolons.length > 0 ? semicolons[semicolons.length - 1] : -1;
  const trimmed = lastSemicolon === code.length - 1 ? code.slice(0, -1) : code;
  let cut = -1;
  for (const start of starts) {
    if (start < trimmed.length && trimmed.slice(start).trim() !== '') cut = start;
  }
  if (cut !== -1 && cut > lastDeclarationAt) {
    const at = cut + (cut >= from ? shift : 0);
    const bodyTrimmed = lastSemicolon === code.length - 1 ? body.slice(0, -1) : body;
    const last = bodyTrimmed.slice(at);
    if (!kStatementStart.test(last)) {
      candidates.push(`${head}(async () => { ${bodyTrimmed.slice(0, at)} return (${last}\n) })()`);
    }
  }
  candidates.push(`${head}(async () => { ${body}\n })()`);
  for (const candidate of candidates) {
    if (compiles(candidate)) return candidate;
  }
  return null;
}

// The names a line declares at its top level (for completion of `let`/`const`/`class` names,
// which are not properties of the global object).
function declaredNames(code) {
  const names = [];
  const { starts } = scanTopLevel(code);
  for (const start of starts) {
    const m = kDeclaration.exec(code.slice(start));
    if (m) names.push(m[3] ?? m[6]);
  }
  return names;
}

module.exports = {
  Recoverable,
  declaredNames,
  isRecoverableError,
  processTopLevelAwait,
  kStandaloneREPL,
};
