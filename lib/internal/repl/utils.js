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

const kStatementStart = /^\s*(?:if|for|while|do|switch|try|return|throw|break|continue|function|class|var|let|const|import|export|\{)\b/;

// Turns code using `await` at the top level into a script whose value is a promise of the
// result: `(async () => { ...; return (last expression) })()`. Top-level declarations
// (`const|let|var name =`) become assignments to names declared outside the function, so they
// outlive the line as in Node (`const` becomes `let`, as Node's rewrite does). `compiles(text)`
// says whether a candidate is valid; null means no candidate is.
function processTopLevelAwait(src, compiles) {
  let code = src.replace(/\s+$/, '');
  const hoisted = [];
  const declared = new Set();
  let lastWasDeclaration = false;
  code = code.replace(/(^|;)(\s*)(const|let|var)\s+([A-Za-z_$][\w$]*)(\s*=)/g,
                      (match, pre, ws, kind, name, eq) => {
                        if (!declared.has(name)) {
                          declared.add(name);
                          hoisted.push(`${kind === 'var' ? 'var' : 'let'} ${name};`);
                        }
                        return `${pre}${ws}${name}${eq}`;
                      });
  if (hoisted.length > 0) {
    const lastStatement = code.slice(code.replace(/;\s*$/, '').lastIndexOf(';') + 1);
    lastWasDeclaration = /^\s*[A-Za-z_$][\w$]*\s*=/.test(lastStatement) &&
      declared.has(lastStatement.trim().split(/\s*=/)[0]);
  }
  const head = hoisted.join(' ');
  const body = code.replace(/;$/, '');
  const candidates = [];
  if (!lastWasDeclaration) {
    const cut = body.lastIndexOf(';');
    const before = body.slice(0, cut + 1);
    const last = body.slice(cut + 1);
    if (last.trim() !== '' && !kStatementStart.test(last)) {
      candidates.push(`${head}(async () => { ${before} return (${last}\n) })()`);
    }
  }
  candidates.push(`${head}(async () => { ${body}\n })()`);
  for (const candidate of candidates) {
    if (compiles(candidate)) return candidate;
  }
  return null;
}

module.exports = { Recoverable, isRecoverableError, processTopLevelAwait, kStandaloneREPL };
