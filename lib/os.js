'use strict';
// node:os — the machine and the user, as libuv reports them (internalBinding('os')). Everything
// that can differ between runs is read when called: this module may be loaded into the startup
// snapshot.

const binding = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// A binding call that failed has filled `ctx` with errno, code, message and syscall, which
// ERR_SYSTEM_ERROR turns into Node's SystemError.

function osInformation() {
  const ctx = {};
  const info = binding.getOSInformation(ctx);
  if (info === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return info;  // [sysname, version, release, machine]
}

function type() { return osInformation()[0]; }
function version() { return osInformation()[1]; }
function release() { return osInformation()[2]; }
function machine() { return osInformation()[3]; }

function hostname() {
  const ctx = {};
  const name = binding.getHostname(ctx);
  if (name === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return name;
}

function homedir() {
  const ctx = {};
  const dir = binding.getHomeDirectory(ctx);
  if (dir === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return dir;
}

function uptime() {
  const ctx = {};
  const seconds = binding.getUptime(ctx);
  if (seconds === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return seconds;
}

function freemem() { return binding.getFreeMem(); }
function totalmem() { return binding.getTotalMem(); }
function availableParallelism() { return binding.getAvailableParallelism(); }

function loadavg() {
  const avg = new Float64Array(3);
  binding.getLoadAvg(avg);
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  const flat = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    result.push({
      model: flat[i],
      speed: flat[i + 1],
      times: {
        user: flat[i + 2],
        nice: flat[i + 3],
        sys: flat[i + 4],
        idle: flat[i + 5],
        irq: flat[i + 6],
      },
    });
  }
  return result;
}

function arch() { return process.arch; }
function platform() { return process.platform; }

const kEndianness = binding.isBigEndian ? 'BE' : 'LE';
function endianness() { return kEndianness; }

// Node's rule on POSIX: the first non-empty of TMPDIR, TMP, TEMP (else /tmp), with one trailing
// slash removed unless the path is just "/".
function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// The prefix length of a netmask ("255.255.255.0" → 24, "ffff:ffff::" → 32), or null when the
// mask's one bits are not contiguous.
function prefixLength(netmask, family) {
  const ipv6 = family === 'IPv6';
  let groups;
  if (ipv6) {
    const halves = netmask.split('::');
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
    const zeros = halves.length > 1 ? Math.max(0, 8 - head.length - tail.length) : 0;
    groups = [...head, ...new Array(zeros).fill('0'), ...tail];
  } else {
    groups = netmask.split('.');
  }
  const width = ipv6 ? 16 : 8;
  let ones = 0;
  let sawZero = false;
  for (const group of groups) {
    if (group === '') continue;
    const value = Number.parseInt(group, ipv6 ? 16 : 10);
    for (let bit = width - 1; bit >= 0; bit--) {
      if ((value >>> bit) & 1) {
        if (sawZero) return null;
        ones++;
      } else {
        sawZero = true;
      }
    }
  }
  return ones;
}

function networkInterfaces() {
  const ctx = {};
  const flat = binding.getInterfaceAddresses(ctx);
  if (flat === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  const result = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const name = flat[i];
    const address = flat[i + 1];
    const netmask = flat[i + 2];
    const family = flat[i + 3];
    const ones = prefixLength(netmask, family);
    const entry = {
      address,
      netmask,
      family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: ones === null ? null : `${address}/${ones}`,
    };
    if (flat[i + 6] !== -1) entry.scopeid = flat[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) throw new ERR_SYSTEM_ERROR(ctx);
}

// The encodings Node's userInfo accepts (anything else means utf8), lower-cased.
const kEncodings = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'], ['ascii', 'ascii'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex'], ['buffer', 'buffer'],
]);

function lazyBuffer() {
  if (!require.BuiltinModule?.exists('buffer')) return undefined;
  return require('buffer').Buffer;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  let encoding = 'utf8';
  if (options !== null) {
    const requested = options.encoding;
    if (typeof requested === 'string') encoding = kEncodings.get(requested.toLowerCase()) ?? 'utf8';
  }
  const raw = encoding !== 'utf8';
  const ctx = {};
  const user = binding.getUserInfo(raw, ctx);
  if (user === undefined) throw new ERR_SYSTEM_ERROR(ctx);
  if (raw) {
    const Buffer = lazyBuffer();
    if (Buffer === undefined) {
      throw new ERR_NOT_IMPLEMENTED(`os.userInfo() with encoding '${encoding}' (needs Buffer)`);
    }
    for (const key of ['username', 'homedir', 'shell']) {
      const bytes = user[key];
      if (bytes === null) continue;
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      user[key] = encoding === 'buffer' ? buf : buf.toString(encoding);
    }
  }
  return user;
}

// Node lets these be used as strings: `${os.hostname}`.
for (const fn of [availableParallelism, freemem, hostname, version, type, release, machine,
  homedir, totalmem, uptime, arch, platform, tmpdir, endianness]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: binding.constants,
  },
  EOL: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n',
  },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null',
  },
});
