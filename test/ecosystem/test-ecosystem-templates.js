'use strict';
// ajv (JSON Schema compile/validate, formats off, errors), ejs and handlebars templates (escaping,
// partials, helpers, files), dotenv (parse and config into process.env from a file).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Ajv = require('ajv');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const dotenv = require('dotenv');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-eco-tpl-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// ajv: compiles schemas to JavaScript with new Function.
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    age: { type: 'integer', minimum: 0 },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
  },
  required: ['name', 'age'],
  additionalProperties: false,
});
assert.strictEqual(validate({ name: 'a', age: 3, tags: ['x', 'y'] }), true);
assert.strictEqual(validate({ name: '', age: -1, extra: 1, tags: ['x', 'x'] }), false);
assert.deepStrictEqual(validate.errors.map((e) => e.keyword).sort(),
                       ['additionalProperties', 'minLength', 'minimum', 'uniqueItems']);
assert.match(ajv.errorsText(validate.errors), /must NOT have fewer than 1 characters/);

(async () => {
  // ejs
  const out = ejs.render('<h1><%= title %></h1><% for (const i of items) { %><li><%- i %></li><% } %>',
                         { title: '<b>&', items: ['<i>a</i>', 'b'] });
  assert.strictEqual(out, '<h1>&lt;b&gt;&amp;</h1><li><i>a</i></li><li>b</li>');
  fs.writeFileSync(path.join(dir, 'part.ejs'), 'Hi <%= who %>!');
  fs.writeFileSync(path.join(dir, 'page.ejs'), '[<%- include("part", { who }) %>]');
  const page = await ejs.renderFile(path.join(dir, 'page.ejs'), { who: 'tide' });
  assert.strictEqual(page, '[Hi tide!]');
  const asyncTpl = await ejs.render('<%= await Promise.resolve(7) %>', {}, { async: true });
  assert.strictEqual(asyncTpl, '7');
  assert.throws(() => ejs.render('<% nope( %>'), SyntaxError);

  // handlebars
  Handlebars.registerHelper('upper', (s) => s.toUpperCase());
  Handlebars.registerPartial('item', '<li>{{upper name}}</li>');
  const tpl = Handlebars.compile('{{title}}<ul>{{#each people}}{{> item}}{{/each}}</ul>{{{raw}}}{{#if none}}x{{else}}y{{/if}}');
  assert.strictEqual(tpl({ title: 'a&b', people: [{ name: 'x' }, { name: 'y' }], raw: '<br>' }),
                     'a&amp;b<ul><li>X</li><li>Y</li></ul><br>y');
  const pre = Handlebars.precompile('{{a}}');
  assert.match(pre, /"compiler"/);
  assert.throws(() => Handlebars.compile('{{#if}}')(), /Parse error|must pass/);

  // dotenv
  const envFile = path.join(dir, '.env');
  fs.writeFileSync(envFile, '# comment\nECO_A=1\nECO_B="two words"\nexport ECO_C=\'q\'\nECO_MULTI="l1\nl2"\n');
  assert.deepStrictEqual(dotenv.parse(fs.readFileSync(envFile)),
                         { ECO_A: '1', ECO_B: 'two words', ECO_C: 'q', ECO_MULTI: 'l1\nl2' });
  process.env.ECO_A = 'kept';
  const res = dotenv.config({ path: envFile, quiet: true });
  assert.strictEqual(res.error, undefined);
  assert.strictEqual(process.env.ECO_A, 'kept');
  assert.strictEqual(process.env.ECO_B, 'two words');
  dotenv.config({ path: envFile, override: true, quiet: true });
  assert.strictEqual(process.env.ECO_A, '1');
  const missing = dotenv.config({ path: path.join(dir, 'none'), quiet: true });
  assert.strictEqual(missing.error.code, 'ENOENT');
  console.log('ok');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
