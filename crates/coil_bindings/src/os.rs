//! `internalBinding('os')`: the native half of `node:os` — host name, load,
//! uptime, memory, CPUs, network interfaces, the user database, `uname`,
//! scheduling priority and available parallelism, read from the system as
//! libuv does on Linux.
//!
//! Calls that can fail return a negative errno (Node's uv error numbers are
//! `-errno` on Linux) and leave building the `SystemError` to JS.

use std::ffi::CStr;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use coil_engine::util::{arg, jstr, object_with_functions, set};

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(object_with_functions(
        ctx,
        &[
            ("getHostname", get_hostname, 0),
            ("getLoadAvg", get_load_avg, 0),
            ("getUptime", get_uptime, 0),
            ("getFreeMem", get_free_mem, 0),
            ("getTotalMem", get_total_mem, 0),
            ("getCPUs", get_cpus, 0),
            ("getInterfaceAddresses", get_interface_addresses, 0),
            ("getHomeDirectory", get_home_directory, 0),
            ("getUserInfo", get_user_info, 0),
            ("getOSInformation", get_os_information, 0),
            ("getPriority", get_priority, 1),
            ("setPriority", set_priority, 2),
            ("getAvailableParallelism", get_available_parallelism, 0),
        ],
    ))
}

/// The calling thread's `errno`, negated (a uv error number).
fn last_uv_error() -> i32 {
    -std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL)
}

/// An array of JS values.
fn array(values: Vec<JsValue>, ctx: &mut Context) -> JsValue {
    JsArray::from_iter(values, ctx).into()
}

fn get_hostname(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut buf = [0u8; 256];
    // SAFETY: `buf` is writable for `buf.len()` bytes; gethostname writes at
    // most that many and we terminate the buffer ourselves below.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1) };
    if rc != 0 {
        return Ok(JsValue::from(last_uv_error()));
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let name = String::from_utf8_lossy(&buf[..end]).into_owned();
    Ok(jstr(&name))
}

/// `sysinfo(2)`, or `None` when it fails.
fn sysinfo() -> Option<libc::sysinfo> {
    // SAFETY: an all-zero sysinfo is a valid value of this plain C struct.
    let mut info: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: `info` is a valid, writable sysinfo struct.
    let rc = unsafe { libc::sysinfo(&mut info) };
    (rc == 0).then_some(info)
}

fn get_load_avg(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut loads = [0f64; 3];
    if let Ok(text) = std::fs::read_to_string("/proc/loadavg") {
        for (slot, field) in loads.iter_mut().zip(text.split_whitespace()) {
            *slot = field.parse().unwrap_or(0.0);
        }
    } else if let Some(info) = sysinfo() {
        for (slot, load) in loads.iter_mut().zip(info.loads) {
            *slot = load as f64 / 65536.0;
        }
    }
    Ok(array(
        loads.iter().map(|&l| JsValue::from(l)).collect(),
        ctx,
    ))
}

fn get_uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    if let Ok(text) = std::fs::read_to_string("/proc/uptime") {
        if let Some(up) = text
            .split_whitespace()
            .next()
            .and_then(|s| s.parse::<f64>().ok())
        {
            return Ok(JsValue::from(up));
        }
    }
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut ts) };
    if rc != 0 {
        return Ok(JsValue::from(last_uv_error()));
    }
    Ok(JsValue::from(ts.tv_sec as f64))
}

/// A `/proc/meminfo` field in bytes.
fn meminfo(field: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    text.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        let kib: f64 = rest.trim().trim_end_matches("kB").trim().parse().ok()?;
        Some(kib * 1024.0)
    })
}

fn get_free_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let free = meminfo("MemAvailable")
        .or_else(|| sysinfo().map(|i| i.freeram as f64 * i.mem_unit as f64))
        .unwrap_or(0.0);
    Ok(JsValue::from(free))
}

fn get_total_mem(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let total = meminfo("MemTotal")
        .or_else(|| sysinfo().map(|i| i.totalram as f64 * i.mem_unit as f64))
        .unwrap_or(0.0);
    Ok(JsValue::from(total))
}

/// `getCPUs()`: a flat array, seven entries per CPU: model, speed (MHz),
/// and the user, nice, sys, idle and irq times in milliseconds.
fn get_cpus(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<&str> = cpuinfo
        .lines()
        .filter_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == "model name").then(|| value.trim())
        })
        .collect();
    // SAFETY: sysconf has no preconditions.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let multiplier = if ticks > 0 {
        1000.0 / ticks as f64
    } else {
        10.0
    };
    let mut out = Vec::new();
    for line in stat.lines() {
        // Per-CPU lines only: "cpu0 ...", not the "cpu  ..." total.
        let Some(rest) = line
            .strip_prefix("cpu")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        else {
            continue;
        };
        let mut fields = rest.split_whitespace();
        let Some(Ok(n)) = fields.next().map(str::parse::<usize>) else {
            continue;
        };
        let nums: Vec<f64> = fields.map(|f| f.parse().unwrap_or(0.0)).collect();
        let field = |i: usize| nums.get(i).copied().unwrap_or(0.0) * multiplier;
        let model = models.get(n).copied().unwrap_or("unknown");
        let speed = std::fs::read_to_string(format!(
            "/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq"
        ))
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .map(|khz| (khz / 1000.0).floor())
        .unwrap_or(0.0);
        out.push(jstr(model));
        out.push(JsValue::from(speed));
        // /proc/stat: user nice system idle iowait irq ...
        for v in [field(0), field(1), field(2), field(3), field(5)] {
            out.push(JsValue::from(v));
        }
    }
    Ok(array(out, ctx))
}

/// Format a MAC address.
fn format_mac(bytes: &[u8]) -> String {
    let parts: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    parts.join(":")
}

/// The IP address in a socket address, with the IPv6 scope id.
///
/// # Safety
/// `sa` must be null or point to a valid socket address of its family.
unsafe fn sockaddr_ip(sa: *const libc::sockaddr) -> Option<(std::net::IpAddr, u32)> {
    if sa.is_null() {
        return None;
    }
    // SAFETY: the caller guarantees `sa` is a valid socket address.
    let family = i32::from(unsafe { (*sa).sa_family });
    match family {
        libc::AF_INET => {
            // SAFETY: the family says this is a sockaddr_in.
            let sin = unsafe { &*(sa as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            Some((ip.into(), 0))
        }
        libc::AF_INET6 => {
            // SAFETY: the family says this is a sockaddr_in6.
            let sin6 = unsafe { &*(sa as *const libc::sockaddr_in6) };
            let ip = std::net::Ipv6Addr::from(sin6.sin6_addr.s6_addr);
            Some((ip.into(), sin6.sin6_scope_id))
        }
        _ => None,
    }
}

/// `getInterfaceAddresses()`: a flat array, seven entries per address:
/// interface name, address, netmask, family, MAC, internal, scope id
/// (-1 for IPv4).
fn get_interface_addresses(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: `head` is a valid out-pointer; the list is freed below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Ok(JsValue::from(last_uv_error()));
    }
    struct Entry {
        name: String,
        ip: std::net::IpAddr,
        mask: std::net::IpAddr,
        scope: u32,
        internal: bool,
    }
    let mut entries = Vec::new();
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut cur = head;
    while !cur.is_null() {
        // SAFETY: `cur` is a node of the list getifaddrs returned, not yet freed.
        let ifa = unsafe { &*cur };
        cur = ifa.ifa_next;
        let flags = ifa.ifa_flags;
        let up = flags & libc::IFF_UP as u32 != 0 && flags & libc::IFF_RUNNING as u32 != 0;
        if !up || ifa.ifa_addr.is_null() || ifa.ifa_name.is_null() {
            continue;
        }
        // SAFETY: ifa_name is a NUL-terminated string owned by the list.
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }
            .to_string_lossy()
            .into_owned();
        // SAFETY: ifa_addr is non-null and points to a socket address.
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        if family == libc::AF_PACKET {
            // SAFETY: the family says this is a sockaddr_ll.
            let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
            let len = usize::from(ll.sll_halen).min(ll.sll_addr.len());
            macs.push((name, format_mac(&ll.sll_addr[..len])));
            continue;
        }
        // SAFETY: ifa_addr / ifa_netmask are null or valid socket addresses.
        let Some((ip, scope)) = (unsafe { sockaddr_ip(ifa.ifa_addr) }) else {
            continue;
        };
        // SAFETY: as above.
        let mask = unsafe { sockaddr_ip(ifa.ifa_netmask) }
            .map(|(m, _)| m)
            .unwrap_or(match ip {
                std::net::IpAddr::V4(_) => std::net::Ipv4Addr::UNSPECIFIED.into(),
                std::net::IpAddr::V6(_) => std::net::Ipv6Addr::UNSPECIFIED.into(),
            });
        entries.push(Entry {
            name,
            ip,
            mask,
            scope,
            internal: flags & libc::IFF_LOOPBACK as u32 != 0,
        });
    }
    // SAFETY: `head` came from a successful getifaddrs and is freed once.
    unsafe { libc::freeifaddrs(head) };
    let mut out = Vec::with_capacity(entries.len() * 7);
    for e in entries {
        let mac = macs
            .iter()
            .find(|(n, _)| *n == e.name)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| "00:00:00:00:00:00".to_string());
        let (family, scope) = match e.ip {
            std::net::IpAddr::V4(_) => ("IPv4", -1.0),
            std::net::IpAddr::V6(_) => ("IPv6", f64::from(e.scope)),
        };
        out.push(jstr(&e.name));
        out.push(jstr(&e.ip.to_string()));
        out.push(jstr(&e.mask.to_string()));
        out.push(jstr(family));
        out.push(jstr(&mac));
        out.push(JsValue::from(e.internal));
        out.push(JsValue::from(scope));
    }
    Ok(array(out, ctx))
}

/// A passwd entry: uid, gid, name, home directory, shell.
struct Passwd {
    uid: u32,
    gid: u32,
    name: String,
    dir: String,
    shell: Option<String>,
}

/// `getpwuid_r` for `uid`, or a negative errno.
fn passwd(uid: libc::uid_t) -> Result<Passwd, i32> {
    let mut size = 4096usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: an all-zero passwd is a valid value of this plain C struct.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        // SAFETY: every pointer refers to a live, writable local of the right
        // type; `buf` is `size` bytes long.
        let rc =
            unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr().cast(), size, &mut result) };
        if rc == libc::ERANGE && size < (1 << 20) {
            size *= 2;
            continue;
        }
        if rc != 0 {
            return Err(-rc);
        }
        if result.is_null() {
            return Err(-libc::ENOENT);
        }
        let text = |p: *const libc::c_char| -> Option<String> {
            if p.is_null() {
                return None;
            }
            // SAFETY: non-null fields of a filled passwd are NUL-terminated
            // strings inside `buf`, which is still alive.
            Some(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
        };
        return Ok(Passwd {
            uid: pw.pw_uid,
            gid: pw.pw_gid,
            name: text(pw.pw_name).unwrap_or_default(),
            dir: text(pw.pw_dir).unwrap_or_default(),
            shell: text(pw.pw_shell),
        });
    }
}

/// The effective user id.
fn euid() -> libc::uid_t {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// `getHomeDirectory()`: `$HOME` when set and non-empty, else the passwd
/// entry's home (or a negative errno).
fn get_home_directory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    if let Some(home) = std::env::var_os("HOME") {
        if !home.is_empty() {
            return Ok(jstr(&home.to_string_lossy()));
        }
    }
    Ok(match passwd(euid()) {
        Ok(pw) => jstr(&pw.dir),
        Err(errno) => JsValue::from(errno),
    })
}

/// `getUserInfo()`: `{ uid, gid, username, homedir, shell }` for the
/// effective user, or a negative errno.
fn get_user_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pw = match passwd(euid()) {
        Ok(pw) => pw,
        Err(errno) => return Ok(JsValue::from(errno)),
    };
    let obj = JsObject::with_null_proto();
    set(&obj, "uid", pw.uid, ctx);
    set(&obj, "gid", pw.gid, ctx);
    set(&obj, "username", jstr(&pw.name), ctx);
    set(&obj, "homedir", jstr(&pw.dir), ctx);
    let shell = pw.shell.map(|s| jstr(&s)).unwrap_or(JsValue::null());
    set(&obj, "shell", shell, ctx);
    Ok(obj.into())
}

/// `getOSInformation()`: `[sysname, version, release, machine]` from uname.
fn get_os_information(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: an all-zero utsname is a valid value of this plain C struct.
    let mut uts: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `uts` is a valid, writable utsname.
    if unsafe { libc::uname(&mut uts) } != 0 {
        return Ok(JsValue::from(last_uv_error()));
    }
    let field = |f: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let parts = [
        field(&uts.sysname),
        field(&uts.version),
        field(&uts.release),
        field(&uts.machine),
    ];
    Ok(array(parts.iter().map(|p| jstr(p)).collect(), ctx))
}

/// The process a priority call addresses. Pid 0 means the calling process;
/// on Linux that would be the calling *thread*, and JS does not run on the
/// main thread here, so 0 is mapped to the process id (the main thread), as
/// Node (whose JS runs on the main thread) observes it.
fn priority_target(pid: i32) -> libc::id_t {
    if pid == 0 {
        std::process::id() as libc::id_t
    } else {
        pid as libc::id_t
    }
}

/// `getPriority(pid)`: `[0, priority]` or `[errno]`.
fn get_priority(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg(args, 0).to_i32(ctx)?;
    // getpriority may legitimately return -1; errno tells failures apart.
    // SAFETY: __errno_location returns this thread's errno slot.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: getpriority has no memory-safety preconditions.
    let prio = unsafe { libc::getpriority(libc::PRIO_PROCESS, priority_target(pid)) };
    if prio == -1 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if errno != 0 {
            return Ok(array(vec![JsValue::from(-errno)], ctx));
        }
    }
    Ok(array(vec![JsValue::from(0), JsValue::from(prio)], ctx))
}

/// `setPriority(pid, priority)`: 0 or a negative errno.
fn set_priority(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg(args, 0).to_i32(ctx)?;
    let prio = arg(args, 1).to_i32(ctx)?;
    // SAFETY: setpriority has no memory-safety preconditions.
    let rc = unsafe { libc::setpriority(libc::PRIO_PROCESS, priority_target(pid), prio) };
    Ok(JsValue::from(if rc == 0 { 0 } else { last_uv_error() }))
}

/// `getAvailableParallelism()`: the CPUs this process may run on.
fn get_available_parallelism(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: an all-zero cpu_set_t is a valid (empty) set.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid, writable cpu_set_t of the size passed.
    let rc =
        unsafe { libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) };
    let count = if rc == 0 {
        // SAFETY: `set` was filled by sched_getaffinity.
        unsafe { libc::CPU_COUNT(&set) }
    } else {
        0
    };
    let count = if count > 0 {
        count as u32
    } else {
        std::thread::available_parallelism()
            .map(|n| n.get() as u32)
            .unwrap_or(1)
    };
    Ok(JsValue::from(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_format() {
        assert_eq!(format_mac(&[2, 0xfc, 0, 0, 0, 1]), "02:fc:00:00:00:01");
    }

    #[test]
    fn meminfo_has_total() {
        assert!(meminfo("MemTotal").unwrap_or(0.0) > 0.0);
    }

    #[test]
    fn passwd_for_self() {
        assert!(passwd(euid()).is_ok());
    }
}
