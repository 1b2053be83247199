//! A small static detector of CommonJS export names, for `import` of a
//! CommonJS module: Node exposes `default` (= `module.exports`) plus the names
//! a lexer finds in the source without running it. This one tokenizes the
//! source (strings, templates, comments and regular expressions skipped) and
//! recognises the shapes compilers and people write:
//!
//! - `exports.a = …`, `exports['a'] = …`, `module.exports.a = …`
//! - `Object.defineProperty(exports, 'a', { value: … })` and the getter form
//!   `{ enumerable: true, get: function () { return x.a; } }` (also `get() {}`)
//! - `module.exports = { a, b: c, 'd': e, ...require('x') }` (stops at the
//!   first value that is not a plain identifier, as Node's lexer does)
//! - a later `module.exports = …` drops the re-exports found before it
//! - re-exports: `module.exports = require('x')`, `__exportStar(require('x'))`,
//!   `__export(require('x'))`, and Babel's
//!   `Object.keys(_x).forEach(function (k) { … exports[k] = _x[k] … })` where
//!   `_x = require('x')` (possibly through an interop helper call).
//!
//! Re-exported specifiers are resolved and analysed by the JS loader.

use std::collections::{BTreeSet, HashMap};

/// What the detector found in one source text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CjsExports {
    /// Export names, in first-seen order, without duplicates.
    pub exports: Vec<String>,
    /// Specifiers whose exports are re-exported, in order.
    pub reexports: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Ident(&'a str),
    /// The raw text between the quotes.
    Str(&'a str),
    Punct(&'a str),
    /// Numbers, regular expressions and template pieces: values we never read.
    Other,
    Eof,
}

/// What a `/` after the previous token means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Start of input, an operator, or the end of a block: `/` starts a regex.
    ExprStart,
    /// After a value (identifier, literal, `)`, `]`, end of an object literal):
    /// `/` divides.
    Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Brace {
    Block,
    Expr,
    /// `${` inside a template literal.
    Template,
}

#[derive(Clone)]
struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    prev: Prev,
    /// The previous significant token (for brace-kind guesses).
    last: Tok<'a>,
    braces: Vec<Brace>,
}

const EXPR_KEYWORDS: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b == b'$' || b >= 0x80 || b == b'\\'
}

fn is_ident_part(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit()
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        let mut lx = Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            prev: Prev::ExprStart,
            last: Tok::Eof,
            braces: Vec::new(),
        };
        if lx.bytes.starts_with(b"#!") {
            lx.skip_line();
        }
        lx
    }

    /// Whether the next token is a plain `=` (cheap check before cloning).
    fn assignment_follows(&self) -> bool {
        let mut i = self.pos;
        while i < self.bytes.len() && matches!(self.bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        self.bytes.get(i) == Some(&b'=') && !matches!(self.bytes.get(i + 1), Some(b'=' | b'>'))
    }

    fn peek_byte(&self, offset: usize) -> u8 {
        self.bytes.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn skip_line(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
            self.pos += 1;
        }
    }

    fn skip_space_and_comments(&mut self) {
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0b || b == 0x0c {
                self.pos += 1;
            } else if b == b'/' && self.peek_byte(1) == b'/' {
                self.skip_line();
            } else if b == b'/' && self.peek_byte(1) == b'*' {
                match self.src[self.pos + 2..].find("*/") {
                    Some(end) => self.pos += end + 4,
                    None => self.pos = self.bytes.len(),
                }
            } else if b == 0xc2 && self.peek_byte(1) == 0xa0 {
                self.pos += 2; // no-break space
            } else if b == 0xe2
                && self.peek_byte(1) == 0x80
                && matches!(self.peek_byte(2), 0xa8 | 0xa9)
            {
                self.pos += 3; // line and paragraph separators
            } else if b == 0xef && self.peek_byte(1) == 0xbb && self.peek_byte(2) == 0xbf {
                self.pos += 3; // byte order mark
            } else {
                break;
            }
        }
    }

    /// Skip a quoted string starting at the quote; returns the inner text.
    fn string(&mut self, quote: u8) -> &'a str {
        let start = self.pos + 1;
        let mut i = start;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b'\\' {
                i += 2;
            } else if b == quote || b == b'\n' {
                break;
            } else {
                i += 1;
            }
        }
        let end = i.min(self.bytes.len());
        self.pos = (end + 1).min(self.bytes.len());
        self.src.get(start..end).unwrap_or("")
    }

    /// Skip template text from the current position (just after '`' or '}')
    /// to the closing '`' or the next `${`.
    fn template_chars(&mut self) {
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            if b == b'\\' {
                self.pos += 2;
            } else if b == b'`' {
                self.pos += 1;
                return;
            } else if b == b'$' && self.peek_byte(1) == b'{' {
                self.pos += 2;
                self.braces.push(Brace::Template);
                return;
            } else {
                self.pos += 1;
            }
        }
    }

    fn regex(&mut self) {
        let mut i = self.pos + 1;
        let mut in_class = false;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b'\\' {
                i += 2;
                continue;
            }
            if b == b'\n' {
                break;
            }
            if in_class {
                if b == b']' {
                    in_class = false;
                }
            } else if b == b'[' {
                in_class = true;
            } else if b == b'/' {
                i += 1;
                break;
            }
            i += 1;
        }
        while i < self.bytes.len() && is_ident_part(self.bytes[i]) {
            i += 1;
        }
        self.pos = i.min(self.bytes.len());
    }

    fn brace_kind(&self) -> Brace {
        match self.last {
            Tok::Punct(
                "=" | "(" | "," | ":" | "?" | "[" | "!" | "&" | "|" | "+" | "-" | "*" | "%" | "<"
                | ">" | "..." | "==" | "===" | "!=" | "~" | "^",
            ) => Brace::Expr,
            Tok::Ident(word) if word == "return" || word == "typeof" || word == "yield" => {
                Brace::Expr
            }
            _ => Brace::Block,
        }
    }

    fn next(&mut self) -> Tok<'a> {
        let tok = self.scan();
        if tok != Tok::Eof {
            self.last = tok;
        }
        tok
    }

    fn scan(&mut self) -> Tok<'a> {
        self.skip_space_and_comments();
        let Some(&b) = self.bytes.get(self.pos) else {
            return Tok::Eof;
        };
        if is_ident_start(b) {
            let start = self.pos;
            while self.pos < self.bytes.len() && is_ident_part(self.bytes[self.pos]) {
                if self.bytes[self.pos] == b'\\' {
                    self.pos += 1;
                }
                self.pos += 1;
            }
            let end = self.pos.min(self.bytes.len());
            let word = self.src.get(start..end).unwrap_or("");
            self.prev = if EXPR_KEYWORDS.contains(&word) {
                Prev::ExprStart
            } else {
                Prev::Value
            };
            return Tok::Ident(word);
        }
        if b.is_ascii_digit() || (b == b'.' && self.peek_byte(1).is_ascii_digit()) {
            let hex = b == b'0' && matches!(self.peek_byte(1), b'x' | b'X');
            while self.pos < self.bytes.len() {
                let c = self.bytes[self.pos];
                let exponent_sign = (c == b'+' || c == b'-')
                    && !hex
                    && matches!(self.bytes[self.pos - 1], b'e' | b'E');
                if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exponent_sign {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            self.prev = Prev::Value;
            return Tok::Other;
        }
        match b {
            b'\'' | b'"' => {
                let text = self.string(b);
                self.prev = Prev::Value;
                Tok::Str(text)
            }
            b'`' => {
                self.pos += 1;
                self.template_chars();
                self.prev = Prev::Value;
                Tok::Other
            }
            b'/' => {
                if self.prev == Prev::ExprStart {
                    self.regex();
                    self.prev = Prev::Value;
                    Tok::Other
                } else {
                    self.pos += 1;
                    if self.peek_byte(0) == b'=' {
                        self.pos += 1;
                    }
                    self.prev = Prev::ExprStart;
                    Tok::Punct("/")
                }
            }
            b'{' => {
                let kind = self.brace_kind();
                self.braces.push(kind);
                self.pos += 1;
                self.prev = Prev::ExprStart;
                Tok::Punct("{")
            }
            b'}' => {
                self.pos += 1;
                match self.braces.pop() {
                    Some(Brace::Template) => {
                        self.template_chars();
                        self.prev = Prev::Value;
                        Tok::Other
                    }
                    Some(Brace::Expr) => {
                        self.prev = Prev::Value;
                        Tok::Punct("}")
                    }
                    _ => {
                        self.prev = Prev::ExprStart;
                        Tok::Punct("}")
                    }
                }
            }
            b')' | b']' => {
                self.pos += 1;
                self.prev = Prev::Value;
                Tok::Punct(if b == b')' { ")" } else { "]" })
            }
            _ => {
                let rest = &self.src[self.pos..];
                let op = [
                    "...", "===", "!==", "=>", "==", "!=", "?.", "++", "--", "&&", "||", "??",
                ]
                .into_iter()
                .find(|op| rest.starts_with(op));
                let text = match op {
                    Some(op) => op,
                    None => {
                        let len = rest.chars().next().map_or(1, char::len_utf8);
                        &rest[..len]
                    }
                };
                self.pos += text.len();
                // `x++ / y` divides; every other operator starts an expression.
                self.prev = if text == "++" || text == "--" {
                    self.prev
                } else {
                    Prev::ExprStart
                };
                Tok::Punct(text)
            }
        }
    }
}

/// Decode the escapes of a string literal's inner text.
fn unescape(raw: &str) -> Option<String> {
    if !raw.contains('\\') {
        return Some(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'v' => out.push('\u{b}'),
            '0' => out.push('\0'),
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            'u' => {
                let rest = chars.as_str();
                let (code, used) = if let Some(body) = rest.strip_prefix('{') {
                    let end = body.find('}')?;
                    (u32::from_str_radix(&body[..end], 16).ok()?, end + 2)
                } else {
                    (u32::from_str_radix(rest.get(..4)?, 16).ok()?, 4)
                };
                out.push(char::from_u32(code)?);
                chars = rest[used..].chars();
            }
            '\n' => {}
            other => out.push(other),
        }
    }
    Some(out)
}

struct Detector<'a> {
    exports: Vec<String>,
    seen: BTreeSet<String>,
    reexports: Vec<String>,
    /// `_x = require('x')` bindings, for Babel's re-export loop.
    required: HashMap<&'a str, &'a str>,
}

impl<'a> Detector<'a> {
    fn add(&mut self, name: &str) {
        if self.seen.insert(name.to_string()) {
            self.exports.push(name.to_string());
        }
    }

    fn add_str(&mut self, raw: &str) {
        if let Some(name) = unescape(raw) {
            self.add(&name);
        }
    }

    fn add_reexport(&mut self, raw: &str) {
        if let Some(spec) = unescape(raw) {
            self.reexports.push(spec);
        }
    }
}

/// `require ( 'x' )` at the lexer's position (the `require` not yet read
/// unless `have_require`): the specifier.
fn parse_require<'a>(lx: &mut Lexer<'a>, have_require: bool) -> Option<&'a str> {
    if !have_require && lx.next() != Tok::Ident("require") {
        return None;
    }
    if lx.next() != Tok::Punct("(") {
        return None;
    }
    let Tok::Str(spec) = lx.next() else {
        return None;
    };
    if lx.next() != Tok::Punct(")") {
        return None;
    }
    Some(spec)
}

/// After `exports` (or `module.exports`): `.name =` or `['name'] =`.
fn parse_member_assign(lx: &mut Lexer<'_>, det: &mut Detector<'_>) {
    match lx.next() {
        Tok::Punct(".") => {
            if let Tok::Ident(name) = lx.next() {
                if lx.next() == Tok::Punct("=") {
                    det.add(name);
                }
            }
        }
        Tok::Punct("[") => {
            if let Tok::Str(name) = lx.next() {
                if lx.next() == Tok::Punct("]") && lx.next() == Tok::Punct("=") {
                    det.add_str(name);
                }
            }
        }
        _ => {}
    }
}

/// After `module.exports = {`: identifiers, `key: identifier` pairs and
/// `...require('x')` spreads. A key is taken when it stands alone or its value
/// starts with an identifier; scanning stops at the first entry of another
/// shape (after taking its key, as Node's lexer does).
fn parse_literal_exports(lx: &mut Lexer<'_>, det: &mut Detector<'_>) {
    loop {
        let tok = match lx.next() {
            Tok::Ident(name) => {
                let mut tok = lx.next();
                if tok == Tok::Punct(":") {
                    if !matches!(lx.next(), Tok::Ident(_)) {
                        return;
                    }
                    tok = lx.next();
                }
                det.add(name);
                tok
            }
            Tok::Str(raw) => {
                let mut tok = lx.next();
                if tok == Tok::Punct(":") {
                    if !matches!(lx.next(), Tok::Ident(_)) {
                        return;
                    }
                    det.add_str(raw);
                    tok = lx.next();
                }
                tok
            }
            Tok::Punct("...") => {
                let mut probe = lx.clone();
                if let Some(spec) = parse_require(&mut probe, false) {
                    det.add_reexport(spec);
                    *lx = probe;
                } else if !matches!(lx.next(), Tok::Ident(_)) {
                    return;
                }
                lx.next()
            }
            _ => return,
        };
        if tok != Tok::Punct(",") {
            return;
        }
    }
}

/// After `Object.defineProperty(` + target + `,`: `'name', { … }` where the
/// descriptor starts `{ value:` or `{ enumerable: true, value:` or
/// `{ enumerable: true, get…` with a getter that only returns `x`, `x.y` or
/// `x['y']`.
fn parse_define_property(lx: &mut Lexer<'_>, det: &mut Detector<'_>) {
    let Tok::Str(name) = lx.next() else {
        return;
    };
    if lx.next() != Tok::Punct(",") || lx.next() != Tok::Punct("{") {
        return;
    }
    let mut tok = lx.next();
    if tok == Tok::Ident("enumerable") {
        if lx.next() != Tok::Punct(":")
            || lx.next() != Tok::Ident("true")
            || lx.next() != Tok::Punct(",")
        {
            return;
        }
        tok = lx.next();
        if tok == Tok::Ident("get") {
            if parse_getter(lx) {
                det.add_str(name);
            }
            return;
        }
    }
    if tok == Tok::Ident("value") && lx.next() == Tok::Punct(":") {
        det.add_str(name);
    }
}

/// `get: function [name]() { return a.b; }` or `get() { return a; }`.
fn parse_getter(lx: &mut Lexer<'_>) -> bool {
    let mut tok = lx.next();
    if tok == Tok::Punct(":") {
        if lx.next() != Tok::Ident("function") {
            return false;
        }
        tok = lx.next();
        if let Tok::Ident(_) = tok {
            tok = lx.next();
        }
    }
    if tok != Tok::Punct("(") || lx.next() != Tok::Punct(")") || lx.next() != Tok::Punct("{") {
        return false;
    }
    if lx.next() != Tok::Ident("return") || !matches!(lx.next(), Tok::Ident(_)) {
        return false;
    }
    let mut tok = lx.next();
    match tok {
        Tok::Punct(".") => {
            if !matches!(lx.next(), Tok::Ident(_)) {
                return false;
            }
            tok = lx.next();
        }
        Tok::Punct("[") => {
            if !matches!(lx.next(), Tok::Str(_)) || lx.next() != Tok::Punct("]") {
                return false;
            }
            tok = lx.next();
        }
        _ => {}
    }
    if tok == Tok::Punct(";") {
        tok = lx.next();
    }
    tok == Tok::Punct("}")
}

/// `exports` or `module.exports` as a call argument.
fn parse_exports_target(lx: &mut Lexer<'_>) -> bool {
    match lx.next() {
        Tok::Ident("exports") => true,
        Tok::Ident("module") => lx.next() == Tok::Punct(".") && lx.next() == Tok::Ident("exports"),
        _ => false,
    }
}

/// After `Object.keys(_x).forEach(function (k) {`: a body that copies `_x[k]`
/// onto `exports` makes `_x`'s module a re-export.
fn parse_reexport_loop<'a>(lx: &mut Lexer<'a>, det: &mut Detector<'a>, binding: &'a str) {
    let Tok::Ident(key) = lx.next() else {
        return;
    };
    if lx.next() != Tok::Punct(")") || lx.next() != Tok::Punct("{") {
        return;
    }
    let mut depth = 1usize;
    let mut copies = false;
    let mut prev: [Tok<'a>; 3] = [Tok::Eof; 3];
    while depth > 0 {
        let tok = lx.next();
        match tok {
            Tok::Eof => return,
            Tok::Punct("{") => depth += 1,
            Tok::Punct("}") => depth -= 1,
            _ => {}
        }
        // `exports[k]` or `defineProperty(exports, k`
        if tok == Tok::Punct("]")
            && prev[2] == Tok::Ident(key)
            && prev[1] == Tok::Punct("[")
            && prev[0] == Tok::Ident("exports")
        {
            copies = true;
        }
        if tok == Tok::Ident(key) && prev[2] == Tok::Punct(",") && prev[1] == Tok::Ident("exports")
        {
            copies = true;
        }
        prev = [prev[1], prev[2], tok];
    }
    if copies {
        if let Some(spec) = det.required.get(binding).copied() {
            det.add_reexport(spec);
        }
    }
}

/// Find the export names and re-exports of a CommonJS source text.
pub fn analyze(source: &str) -> CjsExports {
    let mut det = Detector {
        exports: Vec::new(),
        seen: BTreeSet::new(),
        reexports: Vec::new(),
        required: HashMap::new(),
    };
    let mut lx = Lexer::new(source);
    let mut before: Tok<'_> = Tok::Eof;
    loop {
        let tok = lx.next();
        if tok == Tok::Eof {
            break;
        }
        let after_dot = before == Tok::Punct(".") || before == Tok::Punct("?.");
        if let Tok::Ident(word) = tok {
            match word {
                "exports" if !after_dot => {
                    let mut probe = lx.clone();
                    parse_member_assign(&mut probe, &mut det);
                }
                "module" if !after_dot => {
                    let mut probe = lx.clone();
                    if probe.next() == Tok::Punct(".") && probe.next() == Tok::Ident("exports") {
                        let mut assign = probe.clone();
                        if assign.next() == Tok::Punct("=") {
                            // A new module.exports drops earlier re-exports.
                            det.reexports.clear();
                            let mut value = assign.clone();
                            match value.next() {
                                Tok::Punct("{") => parse_literal_exports(&mut value, &mut det),
                                Tok::Ident("require") => {
                                    if let Some(spec) = parse_require(&mut value, true) {
                                        det.add_reexport(spec);
                                    }
                                }
                                _ => {}
                            }
                        } else {
                            parse_member_assign(&mut probe, &mut det);
                        }
                    }
                }
                "Object" if !after_dot => {
                    let mut probe = lx.clone();
                    if probe.next() == Tok::Punct(".") {
                        match probe.next() {
                            Tok::Ident("defineProperty")
                                if probe.next() == Tok::Punct("(")
                                    && parse_exports_target(&mut probe)
                                    && probe.next() == Tok::Punct(",") =>
                            {
                                parse_define_property(&mut probe, &mut det);
                            }
                            Tok::Ident("keys") if probe.next() == Tok::Punct("(") => {
                                if let Tok::Ident(binding) = probe.next() {
                                    if probe.next() == Tok::Punct(")")
                                        && probe.next() == Tok::Punct(".")
                                        && probe.next() == Tok::Ident("forEach")
                                        && probe.next() == Tok::Punct("(")
                                        && probe.next() == Tok::Ident("function")
                                        && probe.next() == Tok::Punct("(")
                                    {
                                        parse_reexport_loop(&mut probe, &mut det, binding);
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                "__exportStar" | "__export" => {
                    let mut probe = lx.clone();
                    if probe.next() == Tok::Punct("(") {
                        if let Some(spec) = parse_require(&mut probe, false) {
                            det.add_reexport(spec);
                        }
                    }
                }
                _ if !after_dot && lx.assignment_follows() => {
                    // `_x = require('x')` or `_x = helper(require('x'))`.
                    let mut probe = lx.clone();
                    if probe.next() == Tok::Punct("=") {
                        match probe.next() {
                            Tok::Ident("require") => {
                                if let Some(spec) = parse_require(&mut probe, true) {
                                    det.required.insert(word, spec);
                                }
                            }
                            Tok::Ident(_) if probe.next() == Tok::Punct("(") => {
                                if let Some(spec) = parse_require(&mut probe, false) {
                                    det.required.insert(word, spec);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        before = tok;
    }
    CjsExports {
        exports: det.exports,
        reexports: det.reexports,
    }
}

#[cfg(test)]
mod tests {
    use super::analyze;

    fn names(src: &str) -> Vec<String> {
        analyze(src).exports
    }

    #[test]
    fn member_assignments() {
        assert_eq!(
            names("exports.a = 1; exports['b-c'] = 2; module.exports.d = 3; x.exports.e = 4;"),
            ["a", "b-c", "d"]
        );
        assert_eq!(
            names("exports.a == 1; exports.b === 2"),
            Vec::<String>::new()
        );
        assert_eq!(names("exports.a = exports.b = void 0;"), ["a", "b"]);
    }

    #[test]
    fn strings_comments_and_regexes_are_skipped() {
        let src = "// exports.a = 1\n/* exports.b = 2 */ const s = 'exports.c = 3';\n\
                   const t = `exports.d = ${ {x: 1}.x } exports.e = 1`; const r = /exports.f = 1/;\n\
                   exports.g = 1;";
        assert_eq!(names(src), ["g"]);
        assert_eq!(names("var x = a / b; exports.h = 1 / 2;"), ["h"]);
    }

    #[test]
    fn literal_assignment() {
        assert_eq!(
            names("module.exports = { a, b: c, 'd': e, f: function () {}, g }"),
            ["a", "b", "d", "f"]
        );
        assert_eq!(
            names("module.exports = { a: a, b, c() {}, d }"),
            ["a", "b", "c"]
        );
        assert_eq!(names("module.exports = { a, b: 1, c }"), ["a"]);
        let r = analyze("module.exports = { ...require('./x'), a }");
        assert_eq!(r.reexports, ["./x"]);
        assert_eq!(r.exports, ["a"]);
    }

    #[test]
    fn define_property() {
        let src = "Object.defineProperty(exports, '__esModule', { value: true });\n\
            Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } });\n\
            Object.defineProperty(exports, 'b', { enumerable: true, get: function () { return compute(); } });\n\
            Object.defineProperty(module.exports, 'c', { enumerable: true, get() { return c; } });\n\
            Object.defineProperty(exports, 'd', { enumerable: true, configurable: true, get: function () { return m.d; } });";
        assert_eq!(names(src), ["__esModule", "a", "c"]);
    }

    #[test]
    fn reexports() {
        assert_eq!(
            analyze("module.exports = require('./a');").reexports,
            ["./a"]
        );
        assert_eq!(
            analyze("__exportStar(require('./b'), exports); tslib.__exportStar(require('./c'), exports);")
                .reexports,
            ["./b", "./c"]
        );
        let babel = "var _x = _interopRequireWildcard(require(\"./x\"));\n\
            Object.keys(_x).forEach(function (key) {\n\
              if (key === \"default\" || key === \"__esModule\") return;\n\
              if (key in exports && exports[key] === _x[key]) return;\n\
              Object.defineProperty(exports, key, { enumerable: true, get: function () { return _x[key]; } });\n\
            });";
        assert_eq!(analyze(babel).reexports, ["./x"]);
    }
}
