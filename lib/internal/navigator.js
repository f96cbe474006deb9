'use strict';
// globalThis.navigator: Node 22's part of the Navigator API (hardwareConcurrency, language,
// languages, platform, userAgent). Made on first access of the global, so its values are this
// run's (the bootstrap runs at build time, inside the startup snapshot).
const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

const kConstruct = Symbol('kConstruct');

function platformName() {
  const { platform, arch } = process;
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd') {
    if (arch === 'ia32') return 'FreeBSD i386';
    if (arch === 'x64') return 'FreeBSD amd64';
    return `FreeBSD ${arch}`;
  }
  if (platform === 'openbsd') {
    if (arch === 'ia32') return 'OpenBSD i386';
    if (arch === 'x64') return 'OpenBSD amd64';
    return `OpenBSD ${arch}`;
  }
  if (platform === 'sunos') return arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`;
  if (platform === 'aix') return 'AIX';
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

class Navigator {
  // Each value is worked out once, on first read.
  #hardwareConcurrency;
  #language;
  #languages;
  #platform;
  #userAgent;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#hardwareConcurrency ??= require('os').availableParallelism();
    return this.#hardwareConcurrency;
  }

  get language() {
    // The default locale ICU works out from the environment (LANG, LC_ALL).
    this.#language ??= new Intl.DateTimeFormat().resolvedOptions().locale;
    return this.#language;
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }
}

for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  Object.defineProperty(Navigator.prototype, name, { __proto__: null, enumerable: true });
}

let navigator;
function getNavigator() {
  navigator ??= new Navigator(kConstruct);
  return navigator;
}

module.exports = { Navigator, getNavigator };
