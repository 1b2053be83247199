//! The file-system operations behind `internalBinding('fs')`, in plain Rust:
//! no JS values here, so each one can run on a pool thread (async forms) or on
//! the JS thread (`*Sync` forms). Errors carry the syscall, path and dest that
//! Node reports.

use std::ffi::{CString, OsString};
use std::fs;
use std::io;
use std::mem::ManuallyDrop;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt};
use std::os::unix::io::FromRawFd;
use std::path::{Component, Path, PathBuf};

/// A failed operation: the OS error and what Node names in its message.
#[derive(Debug)]
pub struct FsError {
    /// The OS error.
    pub err: io::Error,
    /// The syscall name as Node prints it (`open`, `scandir`, `copyfile` …).
    pub syscall: &'static str,
    /// The path, when the operation had one, as Node shows it: its bytes
    /// decoded as UTF-8 (invalid sequences become U+FFFD).
    pub path: Option<String>,
    /// The destination (rename, link, copyfile, symlink), shown as `path`.
    pub dest: Option<String>,
    /// For a file too large to read whole (more than [`IO_MAX_LENGTH`]
    /// bytes): its size. JS reports Node's `ERR_FS_FILE_TOO_LARGE` then.
    pub too_large: Option<u64>,
}

/// The most bytes `readFile` reads into one buffer (Node's `kIoMaxLength`).
pub const IO_MAX_LENGTH: u64 = (1 << 31) - 1;

/// The result of an operation.
pub type FsResult<T> = Result<T, FsError>;

/// A path as Node shows it in an error: its bytes decoded as UTF-8, invalid
/// sequences replaced by U+FFFD.
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn fail(
    err: io::Error,
    syscall: &'static str,
    path: Option<&Path>,
    dest: Option<&Path>,
) -> FsError {
    FsError {
        err,
        syscall,
        path: path.map(shown),
        dest: dest.map(shown),
        too_large: None,
    }
}

fn errno(code: i32) -> io::Error {
    io::Error::from_raw_os_error(code)
}

fn cstr(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes()).map_err(|_| errno(libc::EINVAL))
}

/// Turn a libc return value into a result (`-1` means `errno`).
fn cvt<T: PartialOrd + Default>(ret: T) -> io::Result<T> {
    if ret < T::default() {
        Err(io::Error::last_os_error())
    } else {
        Ok(ret)
    }
}

/// Retry a syscall interrupted by a signal.
fn cvt_retry<T: PartialOrd + Default>(mut f: impl FnMut() -> T) -> io::Result<T> {
    loop {
        match cvt(f()) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// A borrowed `File` over a descriptor the caller owns (never closed here).
fn borrow_fd(fd: i32) -> ManuallyDrop<fs::File> {
    // SAFETY: the File is wrapped in ManuallyDrop so it never closes `fd`;
    // an invalid descriptor only makes the syscalls fail with EBADF.
    ManuallyDrop::new(unsafe { fs::File::from_raw_fd(fd) })
}

/// `open(2)` with Node's flags (plus `O_CLOEXEC`, as libuv) and mode.
pub fn open(path: &Path, flags: i32, mode: u32) -> FsResult<i32> {
    let c = cstr(path).map_err(|e| fail(e, "open", Some(path), None))?;
    // SAFETY: `c` is a valid NUL-terminated string for the call's duration.
    cvt_retry(|| unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })
        .map_err(|e| fail(e, "open", Some(path), None))
}

/// `close(2)`.
pub fn close(fd: i32) -> FsResult<()> {
    // SAFETY: closing a descriptor number has no memory-safety impact.
    cvt(unsafe { libc::close(fd) })
        .map(|_| ())
        .map_err(|e| fail(e, "close", None, None))
}

/// Read into `buf` at `position` (`None`: the current file position).
pub fn read(fd: i32, buf: &mut [u8], position: Option<i64>) -> FsResult<usize> {
    let n = cvt_retry(|| match position {
        // SAFETY: `buf` is a live, writable slice of `buf.len()` bytes.
        Some(pos) => unsafe { libc::pread(fd, buf.as_mut_ptr().cast(), buf.len(), pos) },
        // SAFETY: as above.
        None => unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) },
    })
    .map_err(|e| fail(e, "read", None, None))?;
    Ok(n as usize)
}

/// Write `buf` at `position` (`None`: the current file position), continuing
/// after partial writes as libuv does (see [`writev_all`]).
pub fn write(fd: i32, buf: &[u8], position: Option<i64>) -> FsResult<usize> {
    let iov = [libc::iovec {
        iov_base: buf.as_ptr().cast_mut().cast(),
        iov_len: buf.len(),
    }];
    // SAFETY: the iovec describes `buf`, which outlives the call; writes
    // only read from it.
    unsafe { writev_all(fd, &iov, position) }
}

/// Write all of `buf` (looping over partial writes).
pub fn write_all(fd: i32, mut buf: &[u8], mut position: Option<i64>) -> FsResult<()> {
    while !buf.is_empty() {
        let n = write(fd, buf, position)?;
        if n == 0 {
            return Err(fail(errno(libc::EIO), "write", None, None));
        }
        buf = &buf[n..];
        position = position.map(|p| p + n as i64);
    }
    Ok(())
}

/// The most buffers one vectored call takes; more are left for a later call,
/// as libuv does (Linux's `IOV_MAX`).
pub const IOV_MAX: usize = 1024;

/// `readv(2)` (current position) or `preadv(2)` (at `position`): one call
/// over the first [`IOV_MAX`] entries of `iov`; returns the bytes read.
///
/// # Safety
///
/// Every entry of `iov` must describe memory that is valid and writable for
/// its whole length until this call returns. Entries may overlap (the
/// kernel fills them in order).
pub unsafe fn readv(fd: i32, iov: &[libc::iovec], position: Option<i64>) -> FsResult<usize> {
    if iov.is_empty() {
        return Err(fail(errno(libc::EINVAL), "read", None, None));
    }
    let count = iov.len().min(IOV_MAX) as libc::c_int;
    let n = cvt_retry(|| match position {
        // SAFETY: the caller guarantees the iovecs are valid; `count` is in bounds.
        Some(pos) => unsafe { libc::preadv(fd, iov.as_ptr(), count, pos) },
        // SAFETY: as above.
        None => unsafe { libc::readv(fd, iov.as_ptr(), count) },
    })
    .map_err(|e| fail(e, "read", None, None))?;
    Ok(n as usize)
}

/// `writev(2)` / `pwritev(2)` until every byte of `iov` is written, as libuv's
/// file writes: partial writes continue after the written bytes; an error or
/// a zero-byte write ends the loop, reporting the bytes written so far when
/// there are any and the error otherwise. `None` writes at the current
/// position.
///
/// # Safety
///
/// Every entry of `iov` must describe memory that is valid and readable for
/// its whole length until this call returns.
pub unsafe fn writev_all(fd: i32, iov: &[libc::iovec], position: Option<i64>) -> FsResult<usize> {
    let mut rest: Vec<libc::iovec> = iov.iter().filter(|v| v.iov_len > 0).copied().collect();
    let mut at = 0;
    let mut total = 0usize;
    let mut position = position;
    if rest.is_empty() {
        // A write of nothing still reaches the kernel (a bad fd is EBADF).
        let one = [libc::iovec {
            iov_base: std::ptr::null_mut(),
            iov_len: 0,
        }];
        // SAFETY: a zero-length iovec is never dereferenced.
        return unsafe { write_once(fd, &one, position) };
    }
    while at < rest.len() {
        let end = (at + IOV_MAX).min(rest.len());
        // SAFETY: the entries come from the caller's valid iovecs, advanced
        // only within their lengths.
        let n = match unsafe { write_once(fd, &rest[at..end], position) } {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if total == 0 => return Err(e),
            Err(_) => break,
        };
        total += n;
        position = position.map(|p| p + n as i64);
        // Skip the fully written entries, then trim the partly written one.
        let mut left = n;
        while at < rest.len() && left >= rest[at].iov_len {
            left -= rest[at].iov_len;
            at += 1;
        }
        if left > 0 {
            let v = &mut rest[at];
            // SAFETY: `left < v.iov_len`, so the new base stays inside the entry.
            v.iov_base = unsafe { v.iov_base.cast::<u8>().add(left) }.cast();
            v.iov_len -= left;
        }
    }
    Ok(total)
}

/// One `writev(2)`/`pwritev(2)` call over at most [`IOV_MAX`] entries.
///
/// # Safety
///
/// As [`writev_all`].
unsafe fn write_once(fd: i32, iov: &[libc::iovec], position: Option<i64>) -> FsResult<usize> {
    let count = iov.len().min(IOV_MAX) as libc::c_int;
    let n = cvt_retry(|| match position {
        // SAFETY: the caller guarantees the iovecs are valid.
        Some(pos) => unsafe { libc::pwritev(fd, iov.as_ptr(), count, pos) },
        // SAFETY: as above.
        None => unsafe { libc::writev(fd, iov.as_ptr(), count) },
    })
    .map_err(|e| fail(e, "write", None, None))?;
    Ok(n as usize)
}

/// The iovecs over consecutive pieces of `buf` with the given lengths (for
/// vectored I/O on a pool thread over bytes copied from JS buffers).
pub fn segments(buf: &mut [u8], lengths: &[usize]) -> Vec<libc::iovec> {
    let mut out = Vec::with_capacity(lengths.len());
    let mut at = 0;
    for &len in lengths {
        let len = len.min(buf.len() - at);
        out.push(libc::iovec {
            // SAFETY: `at <= buf.len()`, so the pointer stays within (or one
            // past) the slice.
            iov_base: unsafe { buf.as_mut_ptr().add(at) }.cast(),
            iov_len: len,
        });
        at += len;
    }
    out
}

/// The 18 numbers of a stat result, in Node's order: dev, mode, nlink, uid,
/// gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of
/// atime, mtime, ctime and birthtime.
pub type StatArray = [f64; 18];

fn stat_array(m: &fs::Metadata) -> StatArray {
    let (bs, bns) = match m.created() {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as f64, d.subsec_nanos() as f64),
            Err(e) => {
                let d = e.duration();
                // Before the epoch: negative seconds, positive nanoseconds.
                let mut s = -(d.as_secs() as f64);
                let mut ns = d.subsec_nanos() as f64;
                if ns > 0.0 {
                    s -= 1.0;
                    ns = 1e9 - ns;
                }
                (s, ns)
            }
        },
        Err(_) => (0.0, 0.0),
    };
    [
        m.dev() as f64,
        m.mode() as f64,
        m.nlink() as f64,
        m.uid() as f64,
        m.gid() as f64,
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        m.atime() as f64,
        m.atime_nsec() as f64,
        m.mtime() as f64,
        m.mtime_nsec() as f64,
        m.ctime() as f64,
        m.ctime_nsec() as f64,
        bs,
        bns,
    ]
}

/// `stat(2)` (following links) or `lstat(2)`.
pub fn stat(path: &Path, follow: bool) -> FsResult<StatArray> {
    let m = if follow {
        fs::metadata(path).map_err(|e| fail(e, "stat", Some(path), None))?
    } else {
        fs::symlink_metadata(path).map_err(|e| fail(e, "lstat", Some(path), None))?
    };
    Ok(stat_array(&m))
}

/// `fstat(2)`.
pub fn fstat(fd: i32) -> FsResult<StatArray> {
    let f = borrow_fd(fd);
    let m = f.metadata().map_err(|e| fail(e, "fstat", None, None))?;
    Ok(stat_array(&m))
}

/// `statfs(2)`: type, bsize, blocks, bfree, bavail, files, ffree.
pub fn statfs(path: &Path) -> FsResult<[f64; 7]> {
    let c = cstr(path).map_err(|e| fail(e, "statfs", Some(path), None))?;
    // SAFETY: statfs is plain old data; zeroed is a valid value.
    let mut s: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is NUL-terminated and `s` is a valid out-pointer.
    cvt(unsafe { libc::statfs(c.as_ptr(), &mut s) })
        .map_err(|e| fail(e, "statfs", Some(path), None))?;
    Ok([
        s.f_type as f64,
        s.f_bsize as f64,
        s.f_blocks as f64,
        s.f_bfree as f64,
        s.f_bavail as f64,
        s.f_files as f64,
        s.f_ffree as f64,
    ])
}

/// `access(2)`.
pub fn access(path: &Path, mode: i32) -> FsResult<()> {
    let c = cstr(path).map_err(|e| fail(e, "access", Some(path), None))?;
    // SAFETY: `c` is NUL-terminated.
    cvt(unsafe { libc::access(c.as_ptr(), mode) })
        .map(|_| ())
        .map_err(|e| fail(e, "access", Some(path), None))
}

/// `mkdir`; recursive returns the first directory it created.
pub fn mkdir(path: &Path, mode: u32, recursive: bool) -> FsResult<Option<String>> {
    let err = |e| fail(e, "mkdir", Some(path), None);
    if !recursive {
        return fs::DirBuilder::new()
            .mode(mode)
            .create(path)
            .map(|_| None)
            .map_err(err);
    }
    // Find the missing ancestors, then create them top-down.
    let mut missing = Vec::new();
    let mut cur = PathBuf::from(path);
    loop {
        match fs::metadata(&cur) {
            Ok(m) if m.is_dir() => break,
            Ok(_) => {
                let code = if missing.is_empty() {
                    libc::EEXIST
                } else {
                    libc::ENOTDIR
                };
                return Err(err(errno(code)));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                missing.push(cur.clone());
                match cur.parent() {
                    Some(p) if !p.as_os_str().is_empty() => cur = p.to_path_buf(),
                    _ => break,
                }
            }
            Err(e) => return Err(err(e)),
        }
    }
    let mut first: Option<&PathBuf> = None;
    for dir in missing.iter().rev() {
        match fs::DirBuilder::new().mode(mode).create(dir) {
            Ok(()) => {
                first = first.or(Some(dir));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => {}
            Err(e) => return Err(err(e)),
        }
    }
    // Node reports the path as given for the first created directory, and
    // always as a (UTF-8 decoded) string.
    Ok(first.map(|f| if f == path { shown(path) } else { shown(f) }))
}

/// `mkdtemp`: `prefix` plus six random characters; the new directory's
/// bytes.
pub fn mkdtemp(prefix: &Path) -> FsResult<Vec<u8>> {
    let mut template = prefix.as_os_str().as_bytes().to_vec();
    template.extend_from_slice(b"XXXXXX");
    let mut bytes = template.clone();
    bytes.push(0);
    // SAFETY: `bytes` is a writable NUL-terminated buffer mkdtemp fills in place.
    let ret = unsafe { libc::mkdtemp(bytes.as_mut_ptr().cast()) };
    if ret.is_null() {
        let template = PathBuf::from(OsString::from_vec(template));
        return Err(fail(
            io::Error::last_os_error(),
            "mkdtemp",
            Some(&template),
            None,
        ));
    }
    bytes.pop();
    Ok(bytes)
}

/// libuv's dirent type codes.
fn dirent_type(ft: &fs::FileType) -> u8 {
    if ft.is_file() {
        1
    } else if ft.is_dir() {
        2
    } else if ft.is_symlink() {
        3
    } else if ft.is_fifo() {
        4
    } else if ft.is_socket() {
        5
    } else if ft.is_char_device() {
        6
    } else if ft.is_block_device() {
        7
    } else {
        0
    }
}

/// A directory listing: the names' bytes (sorted bytewise, as libuv's
/// scandir) and types.
pub fn readdir(path: &Path, sorted: bool, syscall: &'static str) -> FsResult<Vec<(Vec<u8>, u8)>> {
    let err = |e| fail(e, syscall, Some(path), None);
    let mut out = Vec::new();
    for entry in fs::read_dir(path).map_err(err)? {
        let entry = entry.map_err(err)?;
        let ty = entry.file_type().map(|t| dirent_type(&t)).unwrap_or(0);
        out.push((entry.file_name().into_vec(), ty));
    }
    if sorted {
        out.sort_by(|a, b| a.0.cmp(&b.0));
    }
    Ok(out)
}

/// `rmdir(2)`.
pub fn rmdir(path: &Path) -> FsResult<()> {
    fs::remove_dir(path).map_err(|e| fail(e, "rmdir", Some(path), None))
}

/// `unlink(2)`.
pub fn unlink(path: &Path) -> FsResult<()> {
    fs::remove_file(path).map_err(|e| fail(e, "unlink", Some(path), None))
}

/// Whether `fs.rm` retries after this error (`maxRetries`), as Node.
pub fn rm_retryable(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EBUSY | libc::EMFILE | libc::ENFILE | libc::ENOTEMPTY | libc::EPERM)
    )
}

/// Remove `path` and everything under it (symlinks are removed, never
/// followed). Errors name the syscall and the entry that failed, as Node's
/// recursive removal does: `unlink`, `rmdir`, `scandir` or `lstat`.
fn remove_tree(path: &Path) -> FsResult<()> {
    let m = fs::symlink_metadata(path).map_err(|e| fail(e, "lstat", Some(path), None))?;
    if !m.is_dir() {
        return fs::remove_file(path).map_err(|e| fail(e, "unlink", Some(path), None));
    }
    let entries = fs::read_dir(path).map_err(|e| fail(e, "scandir", Some(path), None))?;
    for entry in entries {
        let entry = entry.map_err(|e| fail(e, "scandir", Some(path), None))?;
        match remove_tree(&entry.path()) {
            Err(e) if e.err.kind() == io::ErrorKind::NotFound => {}
            other => other?,
        }
    }
    fs::remove_dir(path).map_err(|e| fail(e, "rmdir", Some(path), None))
}

/// `fs.rm`/`fs.rmSync`: a directory without `recursive` is EISDIR with
/// syscall `rm` (the JS layer turns it into `ERR_FS_EISDIR`); a missing path
/// is `lstat`'s ENOENT unless `force`. An error Node retries on
/// ([`rm_retryable`]) is retried up to `retries` times after sleeping
/// `retry_delay_ms` × the attempt number: the sync form passes its
/// `maxRetries` here, the async form passes 0 and retries from JS with a
/// timer so the JS thread never sleeps.
pub fn rm(
    path: &Path,
    recursive: bool,
    force: bool,
    retries: u32,
    retry_delay_ms: u64,
) -> FsResult<()> {
    let m = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if force && e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(fail(e, "lstat", Some(path), None)),
    };
    if m.is_dir() && !recursive {
        return Err(fail(errno(libc::EISDIR), "rm", Some(path), None));
    }
    let mut tries = 0;
    loop {
        match remove_tree(Path::new(path)) {
            Ok(()) => return Ok(()),
            // Gone meanwhile (or after an earlier attempt): done.
            Err(e) if e.err.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) if rm_retryable(&e.err) && tries < retries => {
                tries += 1;
                let wait = retry_delay_ms.saturating_mul(u64::from(tries));
                std::thread::sleep(std::time::Duration::from_millis(wait));
            }
            Err(e) => return Err(e),
        }
    }
}

/// `rename(2)`.
pub fn rename(from: &Path, to: &Path) -> FsResult<()> {
    fs::rename(from, to).map_err(|e| fail(e, "rename", Some(from), Some(to)))
}

/// `copyFile`: `mode` bit 1 is COPYFILE_EXCL, bit 4 FICLONE_FORCE (unsupported).
pub fn copy_file(from: &Path, to: &Path, mode: i32) -> FsResult<()> {
    let err = |e| fail(e, "copyfile", Some(from), Some(to));
    if mode & 4 != 0 {
        return Err(err(errno(libc::ENOSYS)));
    }
    let mut src = fs::File::open(from).map_err(err)?;
    let meta = src.metadata().map_err(err)?;
    if meta.is_dir() {
        return Err(err(errno(libc::EISDIR)));
    }
    let mut opts = fs::OpenOptions::new();
    opts.write(true);
    if mode & 1 != 0 {
        opts.create_new(true);
    } else {
        opts.create(true).truncate(true);
    }
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(meta.mode() & 0o7777);
    let mut dst = opts.open(to).map_err(err)?;
    io::copy(&mut src, &mut dst).map_err(err)?;
    let _ = dst.set_permissions(meta.permissions());
    Ok(())
}

/// `link(2)`.
pub fn link(from: &Path, to: &Path) -> FsResult<()> {
    fs::hard_link(from, to).map_err(|e| fail(e, "link", Some(from), Some(to)))
}

/// `symlink(2)`.
pub fn symlink(target: &Path, path: &Path) -> FsResult<()> {
    std::os::unix::fs::symlink(target, path)
        .map_err(|e| fail(e, "symlink", Some(target), Some(path)))
}

/// `readlink(2)`: the link's target bytes.
pub fn readlink(path: &Path) -> FsResult<Vec<u8>> {
    fs::read_link(path)
        .map(|p| p.into_os_string().into_vec())
        .map_err(|e| fail(e, "readlink", Some(path), None))
}

/// The lexical absolute form of `path` (`.` and `..` resolved).
fn absolute(path: &Path) -> PathBuf {
    let base = if path.is_absolute() {
        PathBuf::from("/")
    } else {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
    };
    let mut out = base;
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// `realpath`; `native` reports errors as `realpath`, otherwise as Node's JS
/// implementation does: `lstat` of the first missing component. The
/// result is the resolved path's bytes.
pub fn realpath(path: &Path, native: bool) -> FsResult<Vec<u8>> {
    match fs::canonicalize(path) {
        Ok(p) => Ok(p.into_os_string().into_vec()),
        Err(e) if native => Err(fail(e, "realpath", Some(path), None)),
        Err(e) => {
            let abs = absolute(path);
            let mut prefix = PathBuf::from("/");
            for c in abs.components().skip(1) {
                prefix.push(c);
                if let Err(le) = fs::symlink_metadata(&prefix) {
                    return Err(fail(le, "lstat", Some(&prefix), None));
                }
            }
            Err(fail(e, "lstat", Some(path), None))
        }
    }
}

/// `chmod(2)`.
pub fn chmod(path: &Path, mode: u32) -> FsResult<()> {
    let c = cstr(path).map_err(|e| fail(e, "chmod", Some(path), None))?;
    // SAFETY: `c` is NUL-terminated.
    cvt(unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) })
        .map(|_| ())
        .map_err(|e| fail(e, "chmod", Some(path), None))
}

/// `fchmod(2)`.
pub fn fchmod(fd: i32, mode: u32) -> FsResult<()> {
    // SAFETY: plain syscall on a descriptor number.
    cvt(unsafe { libc::fchmod(fd, mode as libc::mode_t) })
        .map(|_| ())
        .map_err(|e| fail(e, "fchmod", None, None))
}

/// `chown(2)` / `lchown(2)`.
pub fn chown(path: &Path, uid: u32, gid: u32, follow: bool) -> FsResult<()> {
    let syscall = if follow { "chown" } else { "lchown" };
    let c = cstr(path).map_err(|e| fail(e, syscall, Some(path), None))?;
    // SAFETY: `c` is NUL-terminated.
    let ret = unsafe {
        if follow {
            libc::chown(c.as_ptr(), uid, gid)
        } else {
            libc::lchown(c.as_ptr(), uid, gid)
        }
    };
    cvt(ret)
        .map(|_| ())
        .map_err(|e| fail(e, syscall, Some(path), None))
}

/// `fchown(2)`.
pub fn fchown(fd: i32, uid: u32, gid: u32) -> FsResult<()> {
    // SAFETY: plain syscall on a descriptor number.
    cvt(unsafe { libc::fchown(fd, uid, gid) })
        .map(|_| ())
        .map_err(|e| fail(e, "fchown", None, None))
}

fn timespec(secs: f64) -> libc::timespec {
    let s = secs.floor();
    libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ((secs - s) * 1e9).round().min(999_999_999.0) as libc::c_long,
    }
}

/// `utimes` (follow) / `lutimes`, times in seconds.
pub fn utimes(path: &Path, atime: f64, mtime: f64, follow: bool) -> FsResult<()> {
    let syscall = if follow { "utime" } else { "lutime" };
    let c = cstr(path).map_err(|e| fail(e, syscall, Some(path), None))?;
    let times = [timespec(atime), timespec(mtime)];
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is NUL-terminated and `times` holds two timespecs.
    cvt(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), flags) })
        .map(|_| ())
        .map_err(|e| fail(e, syscall, Some(path), None))
}

/// `futimes`.
pub fn futimes(fd: i32, atime: f64, mtime: f64) -> FsResult<()> {
    let times = [timespec(atime), timespec(mtime)];
    // SAFETY: `times` holds two timespecs.
    cvt(unsafe { libc::futimens(fd, times.as_ptr()) })
        .map(|_| ())
        .map_err(|e| fail(e, "futime", None, None))
}

/// `ftruncate(2)`.
pub fn ftruncate(fd: i32, len: i64) -> FsResult<()> {
    // SAFETY: plain syscall on a descriptor number.
    cvt_retry(|| unsafe { libc::ftruncate(fd, len) })
        .map(|_| ())
        .map_err(|e| fail(e, "ftruncate", None, None))
}

/// `truncate`: open for writing, then ftruncate (as Node).
pub fn truncate(path: &Path, len: i64) -> FsResult<()> {
    let fd = open(path, libc::O_WRONLY, 0o666)?;
    let r = ftruncate(fd, len);
    let _ = close(fd);
    r
}

/// `fsync(2)` or `fdatasync(2)`.
pub fn fsync(fd: i32, data_only: bool) -> FsResult<()> {
    // SAFETY: plain syscalls on a descriptor number.
    let ret = unsafe {
        if data_only {
            libc::fdatasync(fd)
        } else {
            libc::fsync(fd)
        }
    };
    cvt(ret)
        .map(|_| ())
        .map_err(|e| fail(e, if data_only { "fdatasync" } else { "fsync" }, None, None))
}

/// A file to read or write whole: a path (opened with `flags`) or an fd.
#[derive(Clone, Debug)]
pub enum Target {
    /// Open this path.
    Path(PathBuf),
    /// Use this descriptor (not closed).
    Fd(i32),
}

/// A whole file's bytes, in the engine's ArrayBuffer storage so the JS side
/// takes them without another copy.
pub type FileBytes = boa_engine::object::builtins::AlignedVec<u8>;

/// Read a whole file.
pub fn read_file(target: &Target, flags: i32) -> FsResult<FileBytes> {
    let (fd, owned) = match target {
        Target::Path(p) => (open(p, flags, 0o666)?, true),
        Target::Fd(fd) => (*fd, false),
    };
    let result = read_all(fd, owned);
    if owned {
        let _ = close(fd);
    }
    result
}

fn read_all(fd: i32, from_start: bool) -> FsResult<FileBytes> {
    let f = borrow_fd(fd);
    let size = if from_start {
        f.metadata()
            .map(|m| if m.is_file() { m.len() as usize } else { 0 })
            .unwrap_or(0)
    } else {
        0
    };
    if size as u64 > IO_MAX_LENGTH {
        let mut e = fail(errno(libc::EFBIG), "read", None, None);
        e.too_large = Some(size as u64);
        return Err(e);
    }
    let mut out = FileBytes::with_capacity(0, size.max(1));
    if size > 0 {
        // Regular file: read exactly its size, then check for growth.
        out.resize(size, 0);
        let mut got = 0;
        while got < size {
            let n = read(fd, &mut out[got..], None)?;
            if n == 0 {
                break;
            }
            got += n;
        }
        if got < size {
            out.truncate(got);
            return Ok(out);
        }
    }
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let n = read(fd, &mut chunk, None)?;
        if n == 0 {
            break;
        }
        out.extend_from_slice(&chunk[..n]);
    }
    Ok(out)
}

/// Write a whole file (or append, by `flags`).
pub fn write_file(target: &Target, data: &[u8], flags: i32, mode: u32) -> FsResult<()> {
    let iov = [libc::iovec {
        iov_base: data.as_ptr().cast_mut().cast(),
        iov_len: data.len(),
    }];
    // SAFETY: the iovec describes `data`, which outlives the call.
    unsafe { write_file_iov(target, &iov, flags, mode) }
}

/// Write a whole file from `iov` (or append, by `flags`), at the current
/// position of a given descriptor.
///
/// # Safety
///
/// As [`writev_all`]: every entry must be readable for its length until the
/// call returns.
pub unsafe fn write_file_iov(
    target: &Target,
    iov: &[libc::iovec],
    flags: i32,
    mode: u32,
) -> FsResult<()> {
    match target {
        Target::Path(p) => {
            let fd = open(p, flags, mode)?;
            // SAFETY: forwarded from the caller.
            let r = unsafe { writev_fully(fd, iov) };
            let _ = close(fd);
            r
        }
        // SAFETY: forwarded from the caller.
        Target::Fd(fd) => unsafe { writev_fully(*fd, iov) },
    }
}

/// Write every byte of `iov` at the current position: [`writev_all`] again
/// after it stops early; a write of nothing is EIO, as [`write_all`].
///
/// # Safety
///
/// As [`writev_all`].
unsafe fn writev_fully(fd: i32, iov: &[libc::iovec]) -> FsResult<()> {
    let mut rest: Vec<libc::iovec> = iov.iter().filter(|v| v.iov_len > 0).copied().collect();
    let mut at = 0;
    while at < rest.len() {
        // SAFETY: forwarded from the caller; entries are advanced only
        // within their lengths.
        let mut left = unsafe { writev_all(fd, &rest[at..], None) }?;
        if left == 0 {
            return Err(fail(errno(libc::EIO), "write", None, None));
        }
        while at < rest.len() && left >= rest[at].iov_len {
            left -= rest[at].iov_len;
            at += 1;
        }
        if left > 0 {
            let v = &mut rest[at];
            // SAFETY: `left < v.iov_len`: the new base stays inside the entry.
            v.iov_base = unsafe { v.iov_base.cast::<u8>().add(left) }.cast();
            v.iov_len -= left;
        }
    }
    Ok(())
}
