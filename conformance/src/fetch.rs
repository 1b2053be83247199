//! Getting Node's test suite without committing it: Debian's `nodejs` source
//! package carries Node's `test/` tree. We add a `deb-src` entry built from the
//! machine's own apt sources (no host name is written in this repo), download
//! the source package with `apt-get source --download-only`, and unpack only
//! `test/` (and `tools/test.py`, for reference) into a cache directory.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The Debian source package version that carries Node 20's tests.
pub const DEBIAN_VERSION: &str = "20.19.2+dfsg-1+deb13u2";
/// The Debian suite that has it.
pub const DEBIAN_SUITE: &str = "trixie";
/// Where our `deb-src` entry goes.
pub const SOURCES_FILE: &str = "/etc/apt/sources.list.d/coil-conformance-src.sources";
const STAMP: &str = ".coil-conformance-complete";

/// One apt source entry as read from the machine's configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct AptSource {
    /// `deb` and/or `deb-src`.
    pub types: Vec<String>,
    /// Archive URIs.
    pub uris: Vec<String>,
    /// Suites (`bookworm`, `bookworm-security`, …).
    pub suites: Vec<String>,
    /// Components (`main`, …).
    pub components: Vec<String>,
    /// The keyring (`Signed-By`), when given.
    pub signed_by: Option<String>,
}

/// Parses deb822 `.sources` text into its stanzas.
pub fn parse_deb822(text: &str) -> Vec<AptSource> {
    let mut out = Vec::new();
    for stanza in text.split("\n\n") {
        let mut s = AptSource {
            types: vec![],
            uris: vec![],
            suites: vec![],
            components: vec![],
            signed_by: None,
        };
        let mut enabled = true;
        let mut last_key = String::new();
        for line in stanza.lines() {
            if line.trim_start().starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with(' ') || line.starts_with('\t') {
                // Continuation line (e.g. an inline key block under Signed-By).
                if last_key == "signed-by" {
                    s.signed_by = None; // inline keys cannot be reused as a path
                }
                continue;
            }
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            let key = k.trim().to_ascii_lowercase();
            let words: Vec<String> = v.split_whitespace().map(str::to_string).collect();
            match key.as_str() {
                "types" => s.types = words,
                "uris" => s.uris = words,
                "suites" => s.suites = words,
                "components" => s.components = words,
                "signed-by" => {
                    s.signed_by = if v.trim().is_empty() {
                        None
                    } else {
                        Some(v.trim().to_string())
                    }
                }
                "enabled" => enabled = v.trim() != "no",
                _ => {}
            }
            last_key = key;
        }
        if enabled && !s.uris.is_empty() {
            out.push(s);
        }
    }
    out
}

/// Parses one-line-style `sources.list` text.
pub fn parse_one_line(text: &str) -> Vec<AptSource> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut rest = line;
        let Some((ty, r)) = rest.split_once(char::is_whitespace) else {
            continue;
        };
        if ty != "deb" && ty != "deb-src" {
            continue;
        }
        rest = r.trim_start();
        let mut signed_by = None;
        if let Some(r) = rest.strip_prefix('[') {
            let Some((opts, r2)) = r.split_once(']') else {
                continue;
            };
            for opt in opts.split_whitespace() {
                if let Some(v) = opt.strip_prefix("signed-by=") {
                    signed_by = Some(v.to_string());
                }
            }
            rest = r2.trim_start();
        }
        let words: Vec<&str> = rest.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        out.push(AptSource {
            types: vec![ty.to_string()],
            uris: vec![words[0].to_string()],
            suites: vec![words[1].to_string()],
            components: words[2..].iter().map(|w| w.to_string()).collect(),
            signed_by,
        });
    }
    out
}

/// Picks the machine's main Debian archive among its sources: a `deb` entry
/// with component `main` whose suites are not security, updates or backports
/// suites. Our own entry is never picked.
pub fn pick_archive(sources: &[AptSource]) -> Option<&AptSource> {
    sources.iter().find(|s| {
        s.types.iter().any(|t| t == "deb")
            && s.components.iter().any(|c| c == "main")
            && s.suites
                .iter()
                .any(|su| !su.contains('-') && !su.contains('/'))
            && !s.uris.iter().any(|u| u.contains("security"))
    })
}

/// The text of our `deb-src` entry for `archive`.
pub fn deb_src_entry(archive: &AptSource) -> String {
    let mut o = String::new();
    o.push_str(
        "# Added by coil-conformance: Debian's nodejs source package carries Node's test/ tree.\n",
    );
    o.push_str("Types: deb-src\n");
    o.push_str(&format!("URIs: {}\n", archive.uris[0]));
    o.push_str(&format!("Suites: {DEBIAN_SUITE}\n"));
    o.push_str("Components: main\n");
    if let Some(k) = &archive.signed_by {
        o.push_str(&format!("Signed-By: {k}\n"));
    }
    o
}

fn read_machine_sources() -> Vec<AptSource> {
    let mut all = Vec::new();
    if let Ok(t) = fs::read_to_string("/etc/apt/sources.list") {
        all.extend(parse_one_line(&t));
    }
    if let Ok(rd) = fs::read_dir("/etc/apt/sources.list.d") {
        let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p == Path::new(SOURCES_FILE) {
                continue;
            }
            let Ok(t) = fs::read_to_string(&p) else {
                continue;
            };
            match p.extension().and_then(|e| e.to_str()) {
                Some("sources") => all.extend(parse_deb822(&t)),
                Some("list") => all.extend(parse_one_line(&t)),
                _ => {}
            }
        }
    }
    all
}

fn run_logged(cmd: &mut Command, what: &str) -> Result<(), String> {
    eprintln!("coil-conformance: {what}: {:?}", cmd);
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{what}: cannot run {:?}: {e}", cmd.get_program()))?;
    if !out.status.success() {
        return Err(format!(
            "{what} failed ({}).\n--- stdout ---\n{}--- stderr ---\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

/// Where the unpacked tree of a source package version lives in the cache.
fn tree_dir(cache: &Path) -> PathBuf {
    cache.join(format!("nodejs-{DEBIAN_VERSION}"))
}

/// Returns the Node source root (the directory holding `test/`) in `cache`,
/// downloading and unpacking it first when the cache does not have it.
pub fn ensure_suite(cache: &Path) -> Result<PathBuf, String> {
    let tree = tree_dir(cache);
    if tree.join(STAMP).is_file() && tree.join("test/parallel").is_dir() {
        return Ok(tree);
    }
    fs::create_dir_all(cache)
        .map_err(|e| format!("cannot create cache dir {}: {e}", cache.display()))?;
    let src = cache.join("src");
    fs::create_dir_all(&src).map_err(|e| format!("cannot create {}: {e}", src.display()))?;

    let orig = src.join(orig_name());
    if !orig.is_file() {
        download(&src)?;
    }
    if !orig.is_file() {
        return Err(format!(
            "apt-get source finished but {} is not there; files in {}: {:?}",
            orig.display(),
            src.display(),
            fs::read_dir(&src)
                .map(|r| r.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
                .unwrap_or_default()
        ));
    }
    unpack(&orig, &tree)?;
    Ok(tree)
}

fn orig_name() -> String {
    let upstream = DEBIAN_VERSION.split('-').next().unwrap_or(DEBIAN_VERSION);
    format!("nodejs_{upstream}.orig.tar.xz")
}

fn download(src: &Path) -> Result<(), String> {
    if Command::new("apt-get")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_err()
    {
        return Err("apt-get is not available on this machine: the suite is fetched from Debian's nodejs \
                    source package with apt. Use --node-src DIR to point at a Node checkout instead."
            .into());
    }
    let sources = read_machine_sources();
    let archive = pick_archive(&sources).ok_or_else(|| {
        "found no Debian archive (a `deb` entry with component `main`) in /etc/apt/sources.list or \
         /etc/apt/sources.list.d/*.sources|*.list to derive a deb-src entry from"
            .to_string()
    })?;
    let entry = deb_src_entry(archive);
    let current = fs::read_to_string(SOURCES_FILE).unwrap_or_default();
    if current != entry {
        fs::write(SOURCES_FILE, &entry).map_err(|e| {
            format!(
                "cannot write {SOURCES_FILE}: {e}. Adding the deb-src entry needs root; run as root, \
                 or write this file yourself:\n{entry}"
            )
        })?;
        eprintln!("coil-conformance: wrote {SOURCES_FILE}");
    }
    // Update only our entry's index: quick, and other sources cannot fail it.
    run_logged(
        Command::new("apt-get")
            .args(["-q", "update", "-o"])
            .arg(format!("Dir::Etc::sourcelist={SOURCES_FILE}"))
            .args([
                "-o",
                "Dir::Etc::sourceparts=-",
                "-o",
                "APT::Get::List-Cleanup=0",
            ])
            .current_dir(src),
        "apt-get update for the deb-src entry",
    )
    .or_else(|first| {
        // Some apt versions reject the single-file form: update everything.
        run_logged(
            Command::new("apt-get")
                .args(["-q", "update"])
                .current_dir(src),
            "apt-get update",
        )
        .map_err(|second| {
            format!(
                "{first}\nthen, updating all sources instead: {second}(apt-get update needs root)"
            )
        })
    })?;
    run_logged(
        Command::new("apt-get")
            .args(["-q", "source", "--download-only"])
            .arg(format!("nodejs={DEBIAN_VERSION}"))
            .current_dir(src),
        "apt-get source",
    )
}

fn unpack(orig: &Path, tree: &Path) -> Result<(), String> {
    // The tarball's top directory (node-vX.Y.Z/): read the first member name.
    let mut child = Command::new("tar")
        .arg("-tJf")
        .arg(orig)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    let mut first = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut first);
    }
    let _ = child.kill();
    let _ = child.wait();
    let top = first.trim().split('/').next().unwrap_or("").to_string();
    if top.is_empty() {
        return Err(format!(
            "cannot list {} (is xz-utils installed?)",
            orig.display()
        ));
    }
    if tree.exists() {
        fs::remove_dir_all(tree).map_err(|e| format!("cannot clear {}: {e}", tree.display()))?;
    }
    fs::create_dir_all(tree).map_err(|e| format!("cannot create {}: {e}", tree.display()))?;
    eprintln!(
        "coil-conformance: unpacking {top}/test/ from {}",
        orig.display()
    );
    run_logged(
        Command::new("tar")
            .arg("-xJf")
            .arg(orig)
            .arg("-C")
            .arg(tree)
            .arg("--strip-components=1")
            .arg(format!("{top}/test"))
            .arg(format!("{top}/tools/test.py")),
        "tar",
    )?;
    if !tree.join("test/parallel").is_dir() {
        return Err(format!(
            "unpacked {} but {}/test/parallel is missing",
            orig.display(),
            tree.display()
        ));
    }
    fs::write(tree.join(STAMP), format!("{DEBIAN_VERSION}\n"))
        .map_err(|e| format!("cannot write stamp: {e}"))?;
    Ok(())
}

/// Describes where the suite came from, for reports.
pub fn source_description() -> String {
    format!("Node's test/ tree in Debian's nodejs {DEBIAN_VERSION} source package ({DEBIAN_SUITE})")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MACHINE: &str = "Types: deb\n# a comment\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\n\
        Components: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n\
        Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\nComponents: main\n";

    #[test]
    fn deb822_and_pick() {
        let s = parse_deb822(MACHINE);
        assert_eq!(s.len(), 2);
        let a = pick_archive(&s).unwrap();
        assert_eq!(a.uris, vec!["http://mirror.example/debian"]);
        let e = deb_src_entry(a);
        assert!(e.contains("Types: deb-src\nURIs: http://mirror.example/debian\nSuites: trixie\nComponents: main\n"));
        assert!(e.contains("Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg"));
    }

    #[test]
    fn one_line_format() {
        let s = parse_one_line(
            "deb [arch=amd64 signed-by=/k.gpg] http://m.example/debian bookworm main contrib\n\
             deb http://m.example/debian-security bookworm-security main\n# deb http://x/ y main\n",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].signed_by.as_deref(), Some("/k.gpg"));
        assert_eq!(s[0].components, vec!["main", "contrib"]);
        assert_eq!(pick_archive(&s).unwrap().uris[0], "http://m.example/debian");
    }

    #[test]
    fn no_archive() {
        let s = parse_deb822("Types: deb\nURIs: http://m.example/debian-security\nSuites: bookworm-security\nComponents: main\n");
        assert!(pick_archive(&s).is_none());
    }
}
