'use strict';
// node:os — facts about the operating system and the machine, read through
// internalBinding('os') (Linux: /proc, uname, getifaddrs, getpwuid_r).

const binding = internalBinding('os');
// internal/errors and internal/validators load only when needed.
const { errors, validators } = require('internal/lazy');

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

// A SystemError for a failed call (a negative errno from the binding).
function systemError(errno, syscall) {
  const [code, message] = errors().uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  return new (errors().codes.ERR_SYSTEM_ERROR)({ errno, code, message, syscall });
}

function checked(value, syscall) {
  if (typeof value === 'number') throw systemError(value, syscall);
  return value;
}

// Node's os functions that return a single string also convert to it, so
// `${os.hostname}` works.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const getHostname = withPrimitive(function wrappedFn() {
  return checked(binding.getHostname(), 'uv_os_gethostname');
});
const getHomeDirectory = withPrimitive(function wrappedFn() {
  return checked(binding.getHomeDirectory(), 'uv_os_homedir');
});
const getUptime = withPrimitive(function wrappedFn() {
  const up = binding.getUptime();
  if (up < 0) throw systemError(up, 'uv_uptime');
  return up;
});

function osInfo() {
  return checked(binding.getOSInformation(), 'uv_os_uname');
}

const getOSType = withPrimitive(function getOSType() { return osInfo()[0]; });
const getOSVersion = withPrimitive(function getOSVersion() { return osInfo()[1]; });
const getOSRelease = withPrimitive(function getOSRelease() { return osInfo()[2]; });
const getMachine = withPrimitive(function getMachine() { return osInfo()[3]; });
const getFreeMem = withPrimitive(function getFreeMem() { return binding.getFreeMem(); });
const getTotalMem = withPrimitive(function getTotalMem() { return binding.getTotalMem(); });
const getAvailableParallelism = withPrimitive(function getAvailableParallelism() {
  return binding.getAvailableParallelism();
});
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const endianness = withPrimitive(function endianness() { return kEndianness; });

const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
});

function loadavg() {
  return binding.getLoadAvg();
}

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    out.push({
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
  return out;
}

// The prefix length of a netmask, or null when its bits are not contiguous.
function netmaskPrefix(netmask, family) {
  let bits = 0;
  let seenZero = false;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      const n = Number(part);
      for (let b = 7; b >= 0; b--) {
        if (n & (1 << b)) {
          if (seenZero) return null;
          bits++;
        } else {
          seenZero = true;
        }
      }
    }
    return bits;
  }
  // Expand '::' so every group is present.
  let groups = netmask.split(':');
  const gap = groups.indexOf('');
  if (gap !== -1) {
    const filled = groups.filter((g) => g !== '');
    groups = [...filled.slice(0, gap), ...new Array(8 - filled.length).fill('0'),
      ...filled.slice(gap)];
  }
  for (const group of groups) {
    const n = parseInt(group || '0', 16);
    for (let b = 15; b >= 0; b--) {
      if (n & (1 << b)) {
        if (seenZero) return null;
        bits++;
      } else {
        seenZero = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  const flat = checked(binding.getInterfaceAddresses(), 'uv_interface_addresses');
  const result = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const name = flat[i];
    const family = flat[i + 3];
    const entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: null,
    };
    const prefix = netmaskPrefix(entry.netmask, family);
    entry.cidr = prefix === null ? null : `${entry.address}/${prefix}`;
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    (result[name] ||= []).push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validators().validateInt32(pid, 'pid');
  const [err, priority] = binding.getPriority(pid);
  if (err !== 0) throw systemError(err, 'uv_os_getpriority');
  return priority;
}

const kPriority = {
  __proto__: null,
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validators().validateInt32(pid, 'pid');
  validators().validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err !== 0) throw systemError(err, 'uv_os_setpriority');
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const info = checked(binding.getUserInfo(), 'uv_os_get_passwd');
  if (options && options.encoding === 'buffer' && typeof Buffer === 'function') {
    for (const key of ['username', 'homedir', 'shell']) {
      if (typeof info[key] === 'string') info[key] = Buffer.from(info[key]);
    }
  }
  return info;
}

// os.constants for Linux, as Node reports them.
const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107,
  ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const dlopen = {
  __proto__: null,
  RTLD_LAZY: 1,
  RTLD_NOW: 2,
  RTLD_GLOBAL: 256,
  RTLD_LOCAL: 0,
  RTLD_DEEPBIND: 8,
};

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen,
  errno,
  signals,
  priority: kPriority,
};

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
