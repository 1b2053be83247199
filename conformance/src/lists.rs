//! The two hand-kept lists: `expected-pass.txt` (tests that must pass, one
//! `suite/test-file` per line) and `skips.txt` (tests never run, each
//! `suite/test-file  # reason`).

use std::collections::{BTreeMap, BTreeSet};

/// Parses `expected-pass.txt`: one test path per line; blank lines and lines
/// starting with `#` are ignored, as is anything after a `#`.
pub fn parse_expected(text: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for line in text.lines() {
        let t = line.split('#').next().unwrap_or("").trim();
        if !t.is_empty() && seen.insert(t.to_string()) {
            out.push(t.to_string());
        }
    }
    out
}

/// Parses `skips.txt`: `suite/test-file  # reason` per line; blank lines and
/// comment lines are ignored. A line without a reason is an error: every skip
/// says why.
pub fn parse_skips(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let (path, reason) = match t.split_once('#') {
            Some((p, r)) => (p.trim(), r.trim()),
            None => (t, ""),
        };
        if reason.is_empty() {
            return Err(format!(
                "skips.txt line {}: `{path}` has no reason (write `{path}  # why`)",
                n + 1
            ));
        }
        out.insert(path.to_string(), reason.to_string());
    }
    Ok(out)
}

/// Text of `expected-pass.txt` after adding `new` to `existing` (the list
/// only grows): the original text untouched, new entries appended, sorted.
pub fn append_expected(existing_text: &str, new: &[String]) -> String {
    let have: BTreeSet<String> = parse_expected(existing_text).into_iter().collect();
    let mut add: Vec<&String> = new.iter().filter(|t| !have.contains(*t)).collect();
    add.sort();
    add.dedup();
    let mut out = existing_text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for t in add {
        out.push_str(t);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_list() {
        let t = "# header\n\nparallel/test-a.js\nparallel/test-b.js  # note\nparallel/test-a.js\n";
        assert_eq!(
            parse_expected(t),
            vec!["parallel/test-a.js", "parallel/test-b.js"]
        );
    }

    #[test]
    fn skips_need_reasons() {
        let s = parse_skips("# c\nparallel/test-a.js  # hangs\n\n").unwrap();
        assert_eq!(s["parallel/test-a.js"], "hangs");
        assert!(parse_skips("parallel/test-a.js\n").is_err());
        assert!(parse_skips("parallel/test-a.js #   \n").is_err());
    }

    #[test]
    fn append_only_grows() {
        let t = "# keep\nparallel/test-b.js\n";
        let out = append_expected(
            t,
            &[
                "parallel/test-c.js".into(),
                "parallel/test-b.js".into(),
                "parallel/test-a.js".into(),
            ],
        );
        assert_eq!(
            out,
            "# keep\nparallel/test-b.js\nparallel/test-a.js\nparallel/test-c.js\n"
        );
        assert_eq!(append_expected("x", &["y".into()]), "x\ny\n");
    }
}
