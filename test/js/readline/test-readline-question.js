'use strict';
// rl.question(query[, options], cb) over PassThrough streams: the query is the prompt while the
// question waits, the next line is the answer (not a 'line' event), the old prompt comes back,
// an AbortSignal withdraws the question, util.promisify gives a promise form, and asking after
// close throws ERR_USE_AFTER_CLOSE.
const assert = require('assert');
const readline = require('readline');
const util = require('util');
const { PassThrough } = require('stream');

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: 'P> ', ...options });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  const written = () => (output.read() ?? '').toString();
  return { input, output, rl, lines, written };
}

(async () => {
  {
    const { input, rl, lines, written } = setup();
    const answer = await new Promise((resolve) => {
      rl.question('Name? ', resolve);
      assert.strictEqual(written(), 'Name? ');
      assert.strictEqual(rl.getPrompt(), 'Name? ');
      input.write('Ada\nnext\n');
    });
    assert.strictEqual(answer, 'Ada');
    await new Promise(setImmediate);
    assert.deepStrictEqual(lines, ['next']);
    assert.strictEqual(rl.getPrompt(), 'P> ');

    // A second question while one waits only shows the prompt again; the first callback wins.
    const got = [];
    rl.question('first? ', (a) => got.push(['first', a]));
    rl.question('second? ', (a) => got.push(['second', a]));
    assert.strictEqual(written(), 'first? first? ');
    input.write('x\n');
    await new Promise(setImmediate);
    assert.deepStrictEqual(got, [['first', 'x']]);

    // Without a callback nothing is asked.
    rl.question('nothing? ');
    assert.strictEqual(written(), '');
    rl.close();
    assert.throws(() => rl.question('late? ', () => {}), {
      code: 'ERR_USE_AFTER_CLOSE',
      name: 'Error',
      message: 'readline was closed',
    });
  }

  {
    // options.signal: aborting withdraws the question and restores the prompt.
    const { input, rl, lines } = setup();
    const ac = new AbortController();
    let answered = false;
    rl.question('Q? ', { signal: ac.signal }, () => { answered = true; });
    assert.strictEqual(rl.getPrompt(), 'Q? ');
    ac.abort();
    assert.strictEqual(rl.getPrompt(), 'P> ');
    input.write('after\n');
    await new Promise(setImmediate);
    assert.strictEqual(answered, false);
    assert.deepStrictEqual(lines, ['after']);

    // An already aborted signal: nothing is asked.
    rl.question('never? ', { signal: AbortSignal.abort() }, () => { answered = true; });
    assert.strictEqual(rl.getPrompt(), 'P> ');

    assert.throws(() => rl.question('Q? ', { signal: {} }, () => {}), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. ' +
        'Received an instance of Object',
    });
    rl.close();
  }

  {
    // util.promisify(rl.question) uses the custom promise form.
    const { input, rl } = setup();
    const question = util.promisify(rl.question).bind(rl);
    const p = question('Age? ');
    input.write('42\n');
    assert.strictEqual(await p, '42');

    const ac = new AbortController();
    const pending = question('Age? ', { signal: ac.signal });
    ac.abort('stop');
    await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR', cause: 'stop' });
    await assert.rejects(question('x', { signal: AbortSignal.abort('early') }),
                         { name: 'AbortError', cause: 'early' });
    rl.close();
  }

  {
    // Input ends while a question waits: the unterminated rest is emitted as 'line', not given
    // to the question.
    const { input, rl, lines } = setup();
    let answer;
    rl.question('Last? ', (a) => { answer = a; });
    input.end('tail');
    await new Promise((resolve) => rl.on('close', resolve));
    assert.strictEqual(answer, undefined);
    assert.deepStrictEqual(lines, ['tail']);
  }
})().then(() => console.log('ok'));
