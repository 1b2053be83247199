//! `internalBinding('buffer')`: the native half of `node:buffer` — encoding
//! strings into bytes and bytes into strings for every Node encoding, byte
//! length, search, compare, fill, copy and byte swapping, all done in place on
//! the `ArrayBuffer` behind a typed array.
//!
//! `stdlib/buffer.js` validates every argument and clamps every range before
//! calling here; these functions only assert (a bad range reads or writes
//! nothing rather than panicking). Encodings travel as small integers, see
//! [`Enc`].

use boa_engine::builtins::dataview::DataView;
use boa_engine::builtins::typed_array::TypedArray;
use boa_engine::object::builtins::{
    AlignedVec, JsArrayBuffer, JsSharedArrayBuffer, JsTypedArray, JsUint8Array,
};
use boa_engine::object::ObjectInitializer;
use boa_engine::string::{JsStrVariant, Latin1JsStringBuilder};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsStr, JsString, JsValue, NativeFunction,
};
use boa_gc::{Finalize, Gc, GcRefCell, Trace};
use coil_engine::bytes::new_uint8_array;

/// State shared by the binding's functions.
#[derive(Default, Trace, Finalize)]
struct State {
    /// `FastBuffer` (the class behind `Buffer`): new target of buffers made here.
    ctor: Option<JsObject>,
    /// `FastBuffer.prototype` (which is `Buffer.prototype`).
    proto: Option<JsObject>,
    /// The pool small buffers are sliced from, its size and next free offset.
    pool: Option<JsArrayBuffer>,
    pool_size: usize,
    pool_offset: usize,
}

type Shared = Gc<GcRefCell<State>>;

/// A binding function: receives the shared state.
type BufferFn = fn(&JsValue, &[JsValue], &Shared, &mut Context) -> JsResult<JsValue>;

/// The binding object.
pub fn init(ctx: &mut Context) -> JsResult<JsObject> {
    let shared: Shared = Gc::new(GcRefCell::new(State::default()));
    let functions: &[(&str, BufferFn, usize)] = &[
        ("setFastBuffer", set_fast_buffer, 1),
        ("createPool", create_pool, 2),
        ("allocPooled", alloc_pooled, 2),
        ("fromStringPooled", from_string_pooled, 3),
        ("subarray", subarray, 3),
        ("alloc", alloc, 1),
        ("byteLengthUtf8", byte_length_utf8, 1),
        ("fromString", from_string, 2),
        ("write", write, 5),
        ("toString", to_string, 4),
        ("compare", compare, 6),
        ("indexOfString", index_of_string, 5),
        ("indexOfBuffer", index_of_buffer, 5),
        ("indexOfNumber", index_of_number, 4),
        ("fill", fill, 5),
        ("copy", copy, 5),
        ("concat", concat, 3),
        ("swap", swap, 2),
        ("isUtf8", is_utf8, 1),
        ("isAscii", is_ascii, 1),
    ];
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in functions {
        init.function(
            NativeFunction::from_copy_closure_with_captures(*f, shared.clone()),
            JsString::from(*name),
            *len,
        );
    }
    let obj = init.build();
    let encodings: &[(&str, Enc)] = &[
        ("UTF8", Enc::Utf8),
        ("UCS2", Enc::Ucs2),
        ("LATIN1", Enc::Latin1),
        ("ASCII", Enc::Ascii),
        ("BASE64", Enc::Base64),
        ("BASE64URL", Enc::Base64Url),
        ("HEX", Enc::Hex),
    ];
    for (name, enc) in encodings {
        obj.set(JsString::from(*name), *enc as u8, false, ctx)?;
    }
    Ok(obj)
}

// ---------------------------------------------------------------------------
// Encodings

/// Node's encodings, as the integers `stdlib/buffer.js` passes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum Enc {
    Utf8 = 1,
    Ucs2 = 2,
    Latin1 = 3,
    Ascii = 4,
    Base64 = 5,
    Base64Url = 6,
    Hex = 7,
}

impl Enc {
    fn from_value(value: &JsValue) -> Enc {
        match value.as_number().map(|n| n as i32) {
            Some(2) => Enc::Ucs2,
            Some(3) => Enc::Latin1,
            Some(4) => Enc::Ascii,
            Some(5) => Enc::Base64,
            Some(6) => Enc::Base64Url,
            Some(7) => Enc::Hex,
            _ => Enc::Utf8,
        }
    }
}

/// A code unit of a JS string: Latin-1 byte or UTF-16 unit.
trait Unit: Copy {
    fn code(self) -> u32;

    /// The low byte, which is all Node's hex and base64 decoders look at (a
    /// UTF-16 unit like U+D83D reads as `=`).
    #[inline]
    fn low(self) -> u32 {
        self.code() & 0xFF
    }
}

impl Unit for u8 {
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }
}

impl Unit for u16 {
    #[inline]
    fn code(self) -> u32 {
        u32::from(self)
    }
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight bytes as a word (the caller passes exactly eight).
#[inline]
fn word(bytes: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(w)
}

/// UTF-8 length of a Latin-1 string: one byte each, two for 0x80 and up.
fn utf8_len_latin1(src: &[u8]) -> usize {
    let mut chunks = src.chunks_exact(8);
    let mut high = 0usize;
    for chunk in &mut chunks {
        high += (word(chunk) & HIGH_BITS).count_ones() as usize;
    }
    high += chunks.remainder().iter().filter(|&&b| b >= 0x80).count();
    src.len() + high
}

/// UTF-8 length of a UTF-16 string (lone surrogates count as U+FFFD, 3 bytes).
fn utf8_len_utf16(src: &[u16]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        i += 1;
        len += match c {
            0..=0x7F => 1,
            0x80..=0x7FF => 2,
            0xD800..=0xDBFF if i < src.len() && (0xDC00..=0xDFFF).contains(&src[i]) => {
                i += 1;
                4
            }
            _ => 3,
        };
    }
    len
}

/// Encode a Latin-1 string as UTF-8 into `out`; stops before a character that
/// does not fit whole. Returns the bytes written.
fn encode_utf8_latin1(src: &[u8], out: &mut [u8]) -> usize {
    if src.len() <= out.len() && src.is_ascii() {
        out[..src.len()].copy_from_slice(src);
        return src.len();
    }
    let mut r = 0;
    let mut w = 0;
    while r < src.len() {
        // ASCII runs go eight bytes at a time.
        if r + 8 <= src.len() && w + 8 <= out.len() && word(&src[r..]) & HIGH_BITS == 0 {
            out[w..w + 8].copy_from_slice(&src[r..r + 8]);
            r += 8;
            w += 8;
            continue;
        }
        let b = src[r];
        if b < 0x80 {
            if w >= out.len() {
                break;
            }
            out[w] = b;
            w += 1;
        } else {
            if w + 2 > out.len() {
                break;
            }
            out[w] = 0xC0 | (b >> 6);
            out[w + 1] = 0x80 | (b & 0x3F);
            w += 2;
        }
        r += 1;
    }
    w
}

/// Encode a UTF-16 string as UTF-8 into `out` (lone surrogates become U+FFFD);
/// stops before a character that does not fit whole. Returns the bytes written.
fn encode_utf8_utf16(src: &[u16], out: &mut [u8]) -> usize {
    let mut w = 0;
    let mut i = 0;
    while i < src.len() {
        let c = u32::from(src[i]);
        if c < 0x80 {
            if w >= out.len() {
                break;
            }
            out[w] = c as u8;
            w += 1;
            i += 1;
            continue;
        }
        let mut cp = c;
        let mut units = 1;
        if (0xD800..=0xDBFF).contains(&c) {
            match src.get(i + 1) {
                Some(&lo) if (0xDC00..=0xDFFF).contains(&lo) => {
                    cp = 0x10000 + ((c - 0xD800) << 10) + (u32::from(lo) - 0xDC00);
                    units = 2;
                }
                _ => cp = 0xFFFD,
            }
        } else if (0xDC00..=0xDFFF).contains(&c) {
            cp = 0xFFFD;
        }
        let need = match cp {
            0..=0x7FF => 2,
            0x800..=0xFFFF => 3,
            _ => 4,
        };
        if w + need > out.len() {
            break;
        }
        match need {
            2 => {
                out[w] = 0xC0 | (cp >> 6) as u8;
                out[w + 1] = 0x80 | (cp & 0x3F) as u8;
            }
            3 => {
                out[w] = 0xE0 | (cp >> 12) as u8;
                out[w + 1] = 0x80 | ((cp >> 6) & 0x3F) as u8;
                out[w + 2] = 0x80 | (cp & 0x3F) as u8;
            }
            _ => {
                out[w] = 0xF0 | (cp >> 18) as u8;
                out[w + 1] = 0x80 | ((cp >> 12) & 0x3F) as u8;
                out[w + 2] = 0x80 | ((cp >> 6) & 0x3F) as u8;
                out[w + 3] = 0x80 | (cp & 0x3F) as u8;
            }
        }
        w += need;
        i += units;
    }
    w
}

/// The low byte of every unit (Node's `latin1` and `ascii` writes).
fn encode_latin1<T: Unit>(src: &[T], out: &mut [u8]) -> usize {
    let n = src.len().min(out.len());
    for (o, &c) in out[..n].iter_mut().zip(src) {
        *o = c.code() as u8;
    }
    n
}

/// UTF-16LE: whole units only.
fn encode_ucs2<T: Unit>(src: &[T], out: &mut [u8]) -> usize {
    let n = src.len().min(out.len() / 2);
    for (o, &c) in out.chunks_exact_mut(2).zip(&src[..n]) {
        let c = c.code() as u16;
        o.copy_from_slice(&c.to_le_bytes());
    }
    n * 2
}

/// Hex digit values; 0xFF marks a non-digit.
const HEX_DECODE: [u8; 256] = {
    let mut table = [0xFFu8; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Hex pairs, stopping at the first pair that is not two hex digits (an odd
/// trailing digit is dropped). Returns the bytes written.
fn decode_hex<T: Unit>(src: &[T], out: &mut [u8]) -> usize {
    let mut w = 0;
    for (pair, o) in src.chunks_exact(2).zip(out.iter_mut()) {
        let hi = HEX_DECODE[pair[0].low() as usize];
        let lo = HEX_DECODE[pair[1].low() as usize];
        if (hi | lo) == 0xFF {
            break;
        }
        *o = (hi << 4) | lo;
        w += 1;
    }
    w
}

const B64_INVALID: u8 = 0xFF;

/// Both alphabets decode: `+`/`-` are 62, `/`/`_` are 63.
const B64_DECODE: [u8; 256] = {
    let mut table = [B64_INVALID; 256];
    let mut i = 0;
    while i < 26 {
        table[b'A' as usize + i] = i as u8;
        table[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut d = 0;
    while d < 10 {
        table[b'0' as usize + d] = 52 + d as u8;
        d += 1;
    }
    table[b'+' as usize] = 62;
    table[b'-' as usize] = 62;
    table[b'/' as usize] = 63;
    table[b'_' as usize] = 63;
    table
};

const B64_BAD: u32 = 0x8000_0000;

/// [`B64_DECODE`] with each value shifted to its place in a quad (first
/// character highest); invalid characters map to [`B64_BAD`].
const B64_SHIFTED: [[u32; 256]; 4] = {
    let mut tables = [[B64_BAD; 256]; 4];
    let mut i = 0;
    while i < 256 {
        let v = B64_DECODE[i];
        if v != B64_INVALID {
            let v = v as u32;
            tables[0][i] = v << 18;
            tables[1][i] = v << 12;
            tables[2][i] = v << 6;
            tables[3][i] = v;
        }
        i += 1;
    }
    tables
};

#[inline]
fn b64_value(c: u32) -> u8 {
    if c < 256 {
        B64_DECODE[c as usize]
    } else {
        B64_INVALID
    }
}

/// Node's lenient base64: characters outside both alphabets (whitespace
/// included) are skipped, decoding stops at the first `=`, and leftover bits
/// that do not make a whole byte are dropped.
fn decode_base64<T: Unit>(src: &[T], out: &mut [u8]) -> usize {
    decode_base64_at(src, out, 0, 0)
}

/// [`decode_base64`] for one-byte strings: whole blocks go through SIMD first.
fn decode_base64_latin1(src: &[u8], out: &mut [u8]) -> usize {
    let (i, w) = simd::decode_base64_blocks(src, out);
    decode_base64_at(src, out, i, w)
}

/// Continue decoding at `src[i..]`, `out[w..]` (a whole number of quads in).
fn decode_base64_at<T: Unit>(src: &[T], out: &mut [u8], mut i: usize, mut w: usize) -> usize {
    // Fast path: whole quads of valid characters, each character's six bits
    // looked up already in place (an invalid one sets the top bit).
    let quads = src[i..].chunks_exact(4);
    for (quad, triple) in quads.zip(out[w..].chunks_exact_mut(3)) {
        let n = B64_SHIFTED[0][quad[0].low() as usize]
            | B64_SHIFTED[1][quad[1].low() as usize]
            | B64_SHIFTED[2][quad[2].low() as usize]
            | B64_SHIFTED[3][quad[3].low() as usize];
        if n & B64_BAD != 0 {
            break;
        }
        triple[0] = (n >> 16) as u8;
        triple[1] = (n >> 8) as u8;
        triple[2] = n as u8;
        w += 3;
        i += 4;
    }
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &c in &src[i..] {
        let c = c.low();
        if c == u32::from(b'=') {
            break;
        }
        let v = b64_value(c);
        if v == B64_INVALID {
            continue;
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            if w >= out.len() {
                return w;
            }
            out[w] = (acc >> bits) as u8;
            w += 1;
            acc &= (1 << bits) - 1;
        }
    }
    w
}

const B64_STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Two base64 characters for every 12-bit value, as little-endian pairs.
const fn pair_table(alphabet: &[u8; 64]) -> [u16; 4096] {
    let mut table = [0u16; 4096];
    let mut i = 0;
    while i < 4096 {
        table[i] = (alphabet[i >> 6] as u16) | ((alphabet[i & 63] as u16) << 8);
        i += 1;
    }
    table
}

const B64_STD_PAIRS: [u16; 4096] = pair_table(B64_STD);
const B64_URL_PAIRS: [u16; 4096] = pair_table(B64_URL);

/// The length of the base64 text for `len` bytes.
fn base64_len(len: usize, url: bool) -> usize {
    let tail = match (len % 3, url) {
        (0, _) => 0,
        (_, false) => 4,
        (1, true) => 2,
        (_, true) => 3,
    };
    len / 3 * 4 + tail
}

/// Base64 text (padded for `base64`, unpadded for `base64url`) into `out`,
/// which is [`base64_len`] long.
fn encode_base64_into(bytes: &[u8], url: bool, out: &mut [u8]) {
    let (table, pairs) = if url {
        (B64_URL, &B64_URL_PAIRS)
    } else {
        (B64_STD, &B64_STD_PAIRS)
    };
    let whole = bytes.len() / 3;
    let (read, written) = simd::encode_base64_blocks(bytes, url, out);
    for (src, dst) in bytes[read..]
        .chunks_exact(3)
        .zip(out[written..].chunks_exact_mut(4))
    {
        let n = (usize::from(src[0]) << 16) | (usize::from(src[1]) << 8) | usize::from(src[2]);
        let quad = u32::from(pairs[n >> 12]) | (u32::from(pairs[n & 0xFFF]) << 16);
        dst.copy_from_slice(&quad.to_le_bytes());
    }
    let src = &bytes[whole * 3..];
    let Some(dst) = out.get_mut(whole * 4..) else {
        return;
    };
    match (src, dst) {
        (&[a], [d0, d1, rest @ ..]) => {
            let n = u32::from(a) << 16;
            *d0 = table[(n >> 18) as usize & 63];
            *d1 = table[(n >> 12) as usize & 63];
            if let [d2, d3] = rest {
                *d2 = b'=';
                *d3 = b'=';
            }
        }
        (&[a, b], [d0, d1, d2, rest @ ..]) => {
            let n = (u32::from(a) << 16) | (u32::from(b) << 8);
            *d0 = table[(n >> 18) as usize & 63];
            *d1 = table[(n >> 12) as usize & 63];
            *d2 = table[(n >> 6) as usize & 63];
            if let [d3] = rest {
                *d3 = b'=';
            }
        }
        _ => {}
    }
}

/// Lowercase hex text into `out` (twice as long as `bytes`).
fn encode_hex_into(bytes: &[u8], out: &mut [u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for (o, &b) in out.chunks_exact_mut(2).zip(bytes) {
        o[0] = DIGITS[usize::from(b >> 4)];
        o[1] = DIGITS[usize::from(b & 15)];
    }
}

/// The number of bytes `s` encodes to: exact for the text encodings, an upper
/// bound for hex and base64 (invalid input decodes to fewer bytes).
fn encoded_len(s: JsStr<'_>, enc: Enc) -> usize {
    match (enc, s.variant()) {
        (Enc::Utf8, JsStrVariant::Latin1(l)) => utf8_len_latin1(l),
        (Enc::Utf8, JsStrVariant::Utf16(u)) => utf8_len_utf16(u),
        (Enc::Ucs2, _) => s.len() * 2,
        (Enc::Latin1 | Enc::Ascii, _) => s.len(),
        (Enc::Hex, _) => s.len() / 2,
        (Enc::Base64 | Enc::Base64Url, _) => s.len() / 4 * 3 + (s.len() % 4 * 3) / 4,
    }
}

/// Encode `s` into `out`, writing as much as fits (never part of a UTF-8 or
/// UTF-16 character). Returns the bytes written.
fn encode_into(s: JsStr<'_>, enc: Enc, out: &mut [u8]) -> usize {
    match (enc, s.variant()) {
        (Enc::Utf8, JsStrVariant::Latin1(l)) => encode_utf8_latin1(l, out),
        (Enc::Utf8, JsStrVariant::Utf16(u)) => encode_utf8_utf16(u, out),
        (Enc::Ucs2, JsStrVariant::Latin1(l)) => encode_ucs2(l, out),
        (Enc::Ucs2, JsStrVariant::Utf16(u)) => encode_ucs2(u, out),
        (Enc::Latin1 | Enc::Ascii, JsStrVariant::Latin1(l)) => encode_latin1(l, out),
        (Enc::Latin1 | Enc::Ascii, JsStrVariant::Utf16(u)) => encode_latin1(u, out),
        (Enc::Hex, JsStrVariant::Latin1(l)) => decode_hex(l, out),
        (Enc::Hex, JsStrVariant::Utf16(u)) => decode_hex(u, out),
        (Enc::Base64 | Enc::Base64Url, JsStrVariant::Latin1(l)) => decode_base64_latin1(l, out),
        (Enc::Base64 | Enc::Base64Url, JsStrVariant::Utf16(u)) => decode_base64(u, out),
    }
}

/// Encode `s` into a new vector.
fn encode_to_vec(s: JsStr<'_>, enc: Enc) -> Vec<u8> {
    let mut out = vec![0u8; encoded_len(s, enc)];
    let n = encode_into(s, enc, &mut out);
    out.truncate(n);
    out
}

/// Decode `bytes` into a JS string.
fn decode(bytes: &[u8], enc: Enc) -> JsString {
    match enc {
        Enc::Latin1 => latin1_string(bytes),
        Enc::Ascii => {
            if bytes.is_ascii() {
                latin1_string(bytes)
            } else {
                let masked: Vec<u8> = bytes.iter().map(|b| b & 0x7F).collect();
                latin1_string(&masked)
            }
        }
        Enc::Utf8 => decode_utf8(bytes),
        Enc::Ucs2 => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            JsString::from(&units[..])
        }
        Enc::Base64 | Enc::Base64Url => {
            let url = enc == Enc::Base64Url;
            latin1_string_with(base64_len(bytes.len(), url), |out| {
                encode_base64_into(bytes, url, out);
            })
        }
        Enc::Hex => latin1_string_with(bytes.len() * 2, |out| encode_hex_into(bytes, out)),
    }
}

fn latin1_string(bytes: &[u8]) -> JsString {
    JsString::from(JsStr::latin1(bytes))
}

/// A one-byte string of `len` characters written in place by `fill` (no
/// intermediate buffer to copy from).
fn latin1_string_with(len: usize, fill: impl FnOnce(&mut [u8])) -> JsString {
    const ZEROS: [u8; 4096] = [0; 4096];
    let mut builder = Latin1JsStringBuilder::with_capacity(len);
    let mut left = len;
    while left > 0 {
        let n = left.min(ZEROS.len());
        builder.extend_from_slice(&ZEROS[..n]);
        left -= n;
    }
    // SAFETY: every byte value is a valid Latin-1 code unit, so whatever
    // `fill` writes keeps the builder's contents valid.
    fill(unsafe { builder.as_mut_slice() });
    // SAFETY: as above, the contents are Latin-1 by construction.
    unsafe { builder.build_as_latin1() }
}

/// UTF-8 with WHATWG replacement of invalid sequences (one U+FFFD per maximal
/// invalid subpart, as V8 and Rust both do).
fn decode_utf8(bytes: &[u8]) -> JsString {
    if bytes.is_ascii() {
        return latin1_string(bytes);
    }
    let text = String::from_utf8_lossy(bytes);
    if text.chars().all(|c| (c as u32) < 0x100) {
        let latin1: Vec<u8> = text.chars().map(|c| c as u8).collect();
        return latin1_string(&latin1);
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    JsString::from(&units[..])
}

// ---------------------------------------------------------------------------
// Typed-array access

/// The memory behind a view.
enum Backing {
    /// An `ArrayBuffer`: read and written in place.
    Plain(JsArrayBuffer),
    /// A `SharedArrayBuffer`: Boa exposes no slice of it, so reads copy and
    /// writes go back through `Uint8Array.prototype.set`.
    Shared(JsSharedArrayBuffer),
}

/// The bytes a view covers: its buffer and the byte range inside it.
struct Span {
    backing: Backing,
    start: usize,
    len: usize,
}

fn type_error(message: &str) -> boa_engine::JsError {
    JsNativeError::typ()
        .with_message(message.to_string())
        .into()
}

impl Span {
    /// The span of a typed array, `DataView`, `ArrayBuffer` or
    /// `SharedArrayBuffer`.
    fn of(value: &JsValue, ctx: &mut Context) -> JsResult<Span> {
        Self::try_of(value, ctx)?.ok_or_else(|| type_error("argument must be a buffer"))
    }

    /// Like [`Span::of`], but `None` for values that hold no bytes.
    fn try_of(value: &JsValue, ctx: &mut Context) -> JsResult<Option<Span>> {
        let Some(obj) = value.as_object() else {
            return Ok(None);
        };
        let offset = obj.downcast_ref::<TypedArray>().map(|t| t.byte_offset());
        if let Some(offset) = offset {
            let buffer = JsTypedArray::from_object(obj.clone())?.buffer(ctx)?;
            let backing = Self::backing(&buffer)?;
            let buf_len = backing.byte_length();
            let len = obj
                .downcast_ref::<TypedArray>()
                .map_or(0, |t| t.byte_length(buf_len));
            return Ok(Some(Span {
                backing,
                start: offset as usize,
                len: len as usize,
            }));
        }
        if obj.is::<DataView>() {
            let buffer = obj.get(js_string!("buffer"), ctx)?;
            let start = obj.get(js_string!("byteOffset"), ctx)?.to_length(ctx)?;
            let len = obj.get(js_string!("byteLength"), ctx)?.to_length(ctx)?;
            return Ok(Some(Span {
                backing: Self::backing(&buffer)?,
                start: start as usize,
                len: len as usize,
            }));
        }
        match Self::backing(value) {
            Ok(backing) => {
                let len = backing.byte_length();
                Ok(Some(Span {
                    backing,
                    start: 0,
                    len,
                }))
            }
            Err(_) => Ok(None),
        }
    }

    fn backing(value: &JsValue) -> JsResult<Backing> {
        let obj = value
            .as_object()
            .ok_or_else(|| type_error("detached buffer"))?;
        if let Ok(buffer) = JsArrayBuffer::from_object(obj.clone()) {
            return Ok(Backing::Plain(buffer));
        }
        JsSharedArrayBuffer::from_object(obj)
            .map(Backing::Shared)
            .map_err(|_| type_error("argument must be a buffer"))
    }

    /// Run `f` over the bytes (empty when detached or out of bounds).
    fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        let end = self.start + self.len;
        match &self.backing {
            Backing::Plain(buffer) => match buffer.data() {
                Some(data) if end <= data.len() => f(&data[self.start..end]),
                _ => f(&[]),
            },
            Backing::Shared(buffer) => {
                let data = buffer.to_vec();
                match data.get(self.start..end) {
                    Some(bytes) => f(bytes),
                    None => f(&[]),
                }
            }
        }
    }

    /// Run `f` over the bytes, writable.
    fn write<R>(&self, ctx: &mut Context, f: impl FnOnce(&mut [u8]) -> R) -> JsResult<R> {
        let end = self.start + self.len;
        match &self.backing {
            Backing::Plain(buffer) => Ok(match buffer.data_mut() {
                Some(mut data) if end <= data.len() => f(&mut data[self.start..end]),
                _ => f(&mut []),
            }),
            Backing::Shared(buffer) => {
                let mut bytes = buffer.to_vec().get(self.start..end).unwrap_or(&[]).to_vec();
                let result = f(&mut bytes);
                // new Uint8Array(sab, start, len).set(bytes)
                let ctor = ctx
                    .intrinsics()
                    .constructors()
                    .typed_uint8_array()
                    .constructor();
                let view = ctor.construct(
                    &[
                        buffer.clone().into(),
                        JsValue::from(self.start as f64),
                        JsValue::from(bytes.len() as f64),
                    ],
                    None,
                    ctx,
                )?;
                let source = new_uint8_array(&bytes, ctx)?;
                let set = view.get(js_string!("set"), ctx)?;
                let set = set
                    .as_callable()
                    .ok_or_else(|| type_error("Uint8Array.prototype.set is missing"))?;
                set.call(&view.into(), &[source.into()], ctx)?;
                Ok(result)
            }
        }
    }

    /// A copy of the bytes.
    fn to_vec(&self) -> Vec<u8> {
        self.read(<[u8]>::to_vec)
    }

    fn same_buffer(&self, other: &Span) -> bool {
        match (&self.backing, &other.backing) {
            (Backing::Plain(a), Backing::Plain(b)) => JsObject::equals(a, b),
            (Backing::Shared(a), Backing::Shared(b)) => {
                let (a, b): (JsObject, JsObject) = (a.clone().into(), b.clone().into());
                JsObject::equals(&a, &b)
            }
            _ => false,
        }
    }
}

impl Backing {
    fn byte_length(&self) -> usize {
        match self {
            Backing::Plain(buffer) => buffer.data().map_or(0, |d| d.len()),
            Backing::Shared(buffer) => buffer.byte_length(),
        }
    }
}

/// Argument `i` as a non-negative integer (NaN and negatives are 0).
fn index_arg(args: &[JsValue], i: usize) -> usize {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n > 0.0 => n as usize,
        _ => 0,
    }
}

/// Argument `i` as a signed integer (for search offsets).
fn signed_arg(args: &[JsValue], i: usize) -> i64 {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n.is_finite() => n as i64,
        Some(n) if n > 0.0 => i64::MAX / 2,
        Some(n) if n < 0.0 => i64::MIN / 2,
        _ => 0,
    }
}

fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// Run `f` over argument `i` as a JS string.
fn with_str<R>(
    args: &[JsValue],
    i: usize,
    ctx: &mut Context,
    f: impl FnOnce(JsStr<'_>) -> R,
) -> JsResult<R> {
    let s = match args.get(i).and_then(JsValue::as_string) {
        Some(s) => s,
        None => arg(args, i).to_string(ctx)?,
    };
    Ok(f(s.as_str()))
}

/// Bytes of buffer memory allocated here since the last forced collection.
/// Boa's collector only counts its own heap, so large buffers would pile up
/// unreclaimed; past this budget the binding asks for a collection.
const EXTERNAL_BUDGET: usize = 64 * 1024 * 1024;

thread_local! {
    static EXTERNAL_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Account for `len` bytes about to be allocated, collecting garbage first
/// when the budget is spent.
fn note_allocation(len: usize) {
    EXTERNAL_BYTES.with(|bytes| {
        let total = bytes.get().saturating_add(len);
        if total > EXTERNAL_BUDGET {
            bytes.set(len);
            boa_gc::force_collect();
        } else {
            bytes.set(total);
        }
    });
}

/// A new buffer (a `Uint8Array` with `Buffer.prototype`) owning `block`.
fn new_buffer(block: AlignedVec<u8>, shared: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
    let array: JsObject = JsUint8Array::from_array_buffer(buffer, ctx)?.into();
    let proto = shared.borrow().proto.clone();
    if let Some(proto) = proto {
        array.set_prototype(Some(proto));
    }
    Ok(array.into())
}

/// A buffer viewing `len` bytes of `buffer` from `offset` (as
/// `new FastBuffer(buffer, offset, len)`).
fn new_view(
    buffer: JsValue,
    offset: usize,
    len: usize,
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let ctor = ctx
        .intrinsics()
        .constructors()
        .typed_uint8_array()
        .constructor();
    let new_target = shared.borrow().ctor.clone();
    let view = ctor.construct(
        &[
            buffer,
            JsValue::from(offset as f64),
            JsValue::from(len as f64),
        ],
        new_target.as_ref(),
        ctx,
    )?;
    Ok(view.into())
}

/// Make a fresh pool of `size` bytes, its first `offset` bytes taken.
fn make_pool(shared: &Shared, size: usize, offset: usize, ctx: &mut Context) -> JsResult<()> {
    note_allocation(size);
    let pool = JsArrayBuffer::from_byte_block(zeroed(size), ctx)?;
    let mut state = shared.borrow_mut();
    state.pool = Some(pool);
    state.pool_size = size;
    state.pool_offset = offset.min(size);
    Ok(())
}

/// Reserve `len` bytes of the pool (a new pool of `pool_size` bytes when the
/// current one lacks room): the pool and the offset of the reserved bytes.
fn reserve_pool(
    shared: &Shared,
    len: usize,
    pool_size: usize,
    ctx: &mut Context,
) -> JsResult<(JsArrayBuffer, usize)> {
    let room = {
        let state = shared.borrow();
        state.pool.is_some() && len <= state.pool_size.saturating_sub(state.pool_offset)
    };
    if !room {
        make_pool(shared, pool_size, 0, ctx)?;
    }
    let state = shared.borrow();
    match &state.pool {
        Some(pool) => Ok((pool.clone(), state.pool_offset)),
        None => Err(type_error("no buffer pool")),
    }
}

/// Mark `used` bytes of the pool taken, keeping the next offset 8-aligned.
fn advance_pool(shared: &Shared, used: usize) {
    let mut state = shared.borrow_mut();
    let offset = state.pool_offset + used;
    state.pool_offset = (offset + 7) & !7;
}

/// `Buffer.poolSize` as the pool code reads it.
fn pool_size_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<usize> {
    Ok(arg(args, i).to_u32(ctx)? as usize)
}

fn zeroed(len: usize) -> AlignedVec<u8> {
    let mut block = AlignedVec::with_capacity(0, len);
    block.resize(len, 0);
    block
}

// ---------------------------------------------------------------------------
// Binding functions

/// `setFastBuffer(FastBuffer)`: the class of buffers made natively.
fn set_fast_buffer(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let ctor = arg(args, 0).as_object();
    let proto = match &ctor {
        Some(ctor) => ctor.get(js_string!("prototype"), ctx)?.as_object(),
        None => None,
    };
    let mut state = shared.borrow_mut();
    state.ctor = ctor;
    state.proto = proto;
    Ok(JsValue::undefined())
}

/// `createPool(poolSize, taken)`: start a new pool, its first `taken` bytes
/// already used.
fn create_pool(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let size = pool_size_arg(args, 0, ctx)?;
    make_pool(shared, size, index_arg(args, 1), ctx)?;
    Ok(JsValue::undefined())
}

/// `allocPooled(size, poolSize)` → a zero-filled buffer, sliced from the pool
/// when smaller than half a pool (Node's `allocate`).
fn alloc_pooled(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let size = index_arg(args, 0);
    let pool_size = pool_size_arg(args, 1, ctx)?;
    if size == 0 {
        return new_buffer(zeroed(0), shared, ctx);
    }
    if size >= pool_size >> 1 {
        note_allocation(size);
        return new_buffer(zeroed(size), shared, ctx);
    }
    let (pool, offset) = reserve_pool(shared, size, pool_size, ctx)?;
    let view = new_view(pool.into(), offset, size, shared, ctx)?;
    advance_pool(shared, size);
    Ok(view)
}

/// Node's byte length estimate for pooling `s`: exact but for hex and base64
/// (where invalid input decodes shorter).
fn pool_estimate(s: JsStr<'_>, enc: Enc) -> usize {
    match enc {
        Enc::Hex => s.len() / 2,
        Enc::Base64 | Enc::Base64Url => {
            let mut len = s.len();
            for _ in 0..2 {
                if len > 0 && s.get(len - 1) == Some(u16::from(b'=')) {
                    len -= 1;
                }
            }
            len * 3 / 4
        }
        _ => encoded_len(s, enc),
    }
}

/// `fromStringPooled(string, encoding, poolSize)` → Node's `Buffer.from`
/// for a string: in the pool when the estimate is under half a pool.
fn from_string_pooled(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let enc = Enc::from_value(&arg(args, 1));
    let pool_size = pool_size_arg(args, 2, ctx)?;
    let s = match args.first().and_then(JsValue::as_string) {
        Some(s) => s,
        None => arg(args, 0).to_string(ctx)?,
    };
    let estimate = pool_estimate(s.as_str(), enc);
    if estimate >= pool_size >> 1 {
        return from_string(&JsValue::undefined(), args, shared, ctx);
    }
    let (pool, offset) = reserve_pool(shared, estimate, pool_size, ctx)?;
    let written = match pool.data_mut() {
        Some(mut bytes) if offset + estimate <= bytes.len() => {
            encode_into(s.as_str(), enc, &mut bytes[offset..offset + estimate])
        }
        _ => 0,
    };
    let view = new_view(pool.into(), offset, written, shared, ctx)?;
    advance_pool(shared, written);
    Ok(view)
}

/// `subarray(buffer, start, end)` → a buffer over the same memory, with
/// Node's clamping (negative from the end, NaN as 0).
fn subarray(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let this = arg(args, 0);
    let span = Span::of(&this, ctx)?;
    let len = span.len as f64;
    let adjust = |value: f64| -> f64 {
        let value = value.trunc();
        if value == 0.0 || value.is_nan() {
            0.0
        } else if value < 0.0 {
            (value + len).max(0.0)
        } else {
            value.min(len)
        }
    };
    let start = adjust(arg(args, 1).to_number(ctx)?);
    let end = match args.get(2) {
        Some(v) if !v.is_undefined() => adjust(v.to_number(ctx)?),
        _ => len,
    };
    let count = if end > start { end - start } else { 0.0 };
    let buffer: JsValue = match &span.backing {
        Backing::Plain(b) => b.clone().into(),
        Backing::Shared(b) => b.clone().into(),
    };
    new_view(
        buffer,
        span.start + start as usize,
        count as usize,
        shared,
        ctx,
    )
}

/// `alloc(size)` → a zero-filled buffer of `size` bytes.
fn alloc(_: &JsValue, args: &[JsValue], shared: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let size = index_arg(args, 0);
    note_allocation(size);
    new_buffer(zeroed(size), shared, ctx)
}

/// `byteLengthUtf8(string)` → the UTF-8 length.
fn byte_length_utf8(
    _: &JsValue,
    args: &[JsValue],
    _: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let len = with_str(args, 0, ctx, |s| encoded_len(s, Enc::Utf8))?;
    Ok(JsValue::from(len as f64))
}

/// `fromString(string, encoding)` → a new buffer holding the encoded string.
fn from_string(
    _: &JsValue,
    args: &[JsValue],
    shared: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let enc = Enc::from_value(&arg(args, 1));
    let block = with_str(args, 0, ctx, |s| {
        let len = encoded_len(s, enc);
        note_allocation(len);
        // One-byte text that encodes to itself is a plain copy.
        if let JsStrVariant::Latin1(l) = s.variant() {
            if enc == Enc::Latin1 || ((enc == Enc::Utf8 || enc == Enc::Ascii) && l.is_ascii()) {
                let mut block = AlignedVec::with_capacity(0, l.len());
                block.extend_from_slice(l);
                return block;
            }
        }
        let mut block = zeroed(len);
        let n = encode_into(s, enc, block.as_mut_slice());
        block.truncate(n);
        block
    })?;
    new_buffer(block, shared, ctx)
}

/// `write(buffer, string, offset, maxLength, encoding)` → bytes written.
fn write(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let offset = index_arg(args, 2);
    let max = index_arg(args, 3);
    let enc = Enc::from_value(&arg(args, 4));
    let s = match args.get(1).and_then(JsValue::as_string) {
        Some(s) => s,
        None => arg(args, 1).to_string(ctx)?,
    };
    let written = span.write(ctx, |bytes| {
        let start = offset.min(bytes.len());
        let end = start.saturating_add(max).min(bytes.len());
        encode_into(s.as_str(), enc, &mut bytes[start..end])
    })?;
    Ok(JsValue::from(written as f64))
}

/// `toString(buffer, encoding, start, end)` → the decoded string.
fn to_string(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let enc = Enc::from_value(&arg(args, 1));
    let start = index_arg(args, 2);
    let end = match args.get(3).and_then(JsValue::as_number) {
        Some(n) if n >= 0.0 => n as usize,
        Some(_) => 0,
        None => usize::MAX,
    };
    let s = span.read(|bytes| {
        let end = end.min(bytes.len());
        let start = start.min(end);
        let len = end - start;
        let chars = match enc {
            Enc::Hex => len.saturating_mul(2),
            Enc::Base64 | Enc::Base64Url => len.div_ceil(3).saturating_mul(4),
            Enc::Ucs2 => len / 2,
            _ => len,
        };
        (chars <= MAX_STRING_LENGTH).then(|| decode(&bytes[start..end], enc))
    });
    // `undefined` tells JS to throw ERR_STRING_TOO_LONG.
    Ok(s.map_or(JsValue::undefined(), JsValue::from))
}

/// V8's longest string, which Node reports as `kStringMaxLength`.
const MAX_STRING_LENGTH: usize = 0x1fff_ffe8;

/// `compare(a, b, aStart, aEnd, bStart, bEnd)` → -1, 0 or 1 (ranges optional).
fn compare(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let a = Span::of(&arg(args, 0), ctx)?;
    let b = Span::of(&arg(args, 1), ctx)?;
    let range = |i: usize, len: usize| -> (usize, usize) {
        let start = index_arg(args, i).min(len);
        let end = match args.get(i + 1).and_then(JsValue::as_number) {
            Some(n) if n >= 0.0 => (n as usize).min(len),
            Some(_) => 0,
            None => len,
        };
        (start, end.max(start))
    };
    let order = a.read(|x| {
        b.read(|y| {
            let (xs, xe) = range(2, x.len());
            let (ys, ye) = range(4, y.len());
            x[xs..xe].cmp(&y[ys..ye])
        })
    });
    Ok(JsValue::from(order as i32))
}

/// Node's start position for a search: negative offsets count from the end;
/// `None` means nothing can match. For an empty needle the result is the
/// answer itself.
fn search_start(len: usize, offset: i64, needle_len: usize, forward: bool) -> Option<usize> {
    let len_i = len as i64;
    let needle_i = needle_len as i64;
    if offset < 0 {
        if offset + len_i >= 0 {
            Some((offset + len_i) as usize)
        } else if forward || needle_len == 0 {
            Some(0)
        } else {
            None
        }
    } else if offset + needle_i <= len_i {
        Some(offset as usize)
    } else if needle_len == 0 {
        Some(len)
    } else if forward {
        None
    } else {
        Some(len.saturating_sub(1))
    }
}

/// Forward byte search from `from`.
fn find_forward(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() || needle.len() > hay.len() - from {
        return None;
    }
    let rest = &hay[from..];
    if needle.is_empty() {
        return Some(from);
    }
    // SAFETY: both pointers and lengths come from live slices that outlive the
    // call; memchr/memmem only read within those bounds and return a pointer
    // inside `rest` or null.
    let found = unsafe {
        if needle.len() == 1 {
            libc::memchr(rest.as_ptr().cast(), i32::from(needle[0]), rest.len())
        } else {
            libc::memmem(
                rest.as_ptr().cast(),
                rest.len(),
                needle.as_ptr().cast(),
                needle.len(),
            )
        }
    };
    if found.is_null() {
        None
    } else {
        Some(from + (found as usize - rest.as_ptr() as usize))
    }
}

/// Backward byte search: the last match starting at or before `from`.
fn find_backward(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = from.min(hay.len() - needle.len());
    let Some((&first, tail)) = needle.split_first() else {
        return Some(last);
    };
    if needle.len() >= 4 {
        return find_backward_horspool(hay, needle, last);
    }
    // Short needles: candidates for the first byte, from the right.
    let mut pos = last + 1;
    while pos > 0 {
        let i = last_byte(&hay[..pos], first)?;
        if hay[i + 1..i + needle.len()] == *tail {
            return Some(i);
        }
        pos = i;
    }
    None
}

/// The last `byte` in `hay`.
fn last_byte(hay: &[u8], byte: u8) -> Option<usize> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: the pointer and length come from a live slice; memrchr only
        // reads within it and returns a pointer into it or null.
        let found = unsafe { libc::memrchr(hay.as_ptr().cast(), i32::from(byte), hay.len()) };
        if found.is_null() {
            None
        } else {
            Some(found as usize - hay.as_ptr() as usize)
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        hay.iter().rposition(|&b| b == byte)
    }
}

/// Backward Boyer-Moore-Horspool: windows are tried from `last` down, and a
/// window's first byte decides how far the next one moves.
fn find_backward_horspool(hay: &[u8], needle: &[u8], last: usize) -> Option<usize> {
    let m = needle.len();
    // shift[c]: distance from the needle's start to the first c after it.
    let mut shift = [m; 256];
    for (i, &c) in needle.iter().enumerate().skip(1).rev() {
        shift[usize::from(c)] = i;
    }
    let mut pos = last;
    loop {
        if hay[pos..pos + m] == *needle {
            return Some(pos);
        }
        let step = shift[usize::from(hay[pos])];
        if step > pos {
            return None;
        }
        pos -= step;
    }
}

/// Search UTF-16 units (Node's `ucs2` search works on aligned code units).
fn find_units(hay: &[u16], needle: &[u16], from: usize, forward: bool) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    if forward {
        (from..=last).find(|&i| hay[i..i + needle.len()] == *needle)
    } else {
        (0..=from.min(last))
            .rev()
            .find(|&i| hay[i..i + needle.len()] == *needle)
    }
}

fn as_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect()
}

fn result(found: Option<usize>) -> JsValue {
    JsValue::from(found.map_or(-1.0, |i| i as f64))
}

/// `indexOfString(buffer, string, byteOffset, encoding, forward)`.
fn index_of_string(
    _: &JsValue,
    args: &[JsValue],
    _: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let offset = signed_arg(args, 2);
    let enc = Enc::from_value(&arg(args, 3));
    let forward = arg(args, 4).to_boolean();
    if enc == Enc::Ucs2 {
        let needle: Vec<u16> = with_str(args, 1, ctx, |s| s.iter().collect())?;
        let found = span.read(|hay| {
            // Node searches whole code units: a trailing odd byte does not exist.
            let hay = &hay[..hay.len() & !1];
            let needle_bytes = needle.len() * 2;
            let Some(start) = search_start(hay.len(), offset, needle_bytes, forward) else {
                return Err(-1.0);
            };
            if needle.is_empty() {
                return Err(start as f64);
            }
            if hay.len() < 2 || (forward && start + needle_bytes > hay.len()) {
                return Err(-1.0);
            }
            Ok(find_units(&as_units(hay), &needle, start / 2, forward).map(|i| i * 2))
        });
        return Ok(match found {
            Ok(found) => result(found),
            Err(answer) => JsValue::from(answer),
        });
    }
    let needle = with_str(args, 1, ctx, |s| encode_to_vec(s, enc))?;
    Ok(span.read(|hay| search_bytes(hay, &needle, offset, forward)))
}

fn search_bytes(hay: &[u8], needle: &[u8], offset: i64, forward: bool) -> JsValue {
    let Some(start) = search_start(hay.len(), offset, needle.len(), forward) else {
        return JsValue::from(-1);
    };
    if needle.is_empty() {
        return JsValue::from(start as f64);
    }
    if forward {
        result(find_forward(hay, needle, start))
    } else {
        result(find_backward(hay, needle, start))
    }
}

/// `indexOfBuffer(buffer, needle, byteOffset, encoding, forward)`.
fn index_of_buffer(
    _: &JsValue,
    args: &[JsValue],
    _: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let needle = Span::of(&arg(args, 1), ctx)?.to_vec();
    let offset = signed_arg(args, 2);
    let enc = Enc::from_value(&arg(args, 3));
    let forward = arg(args, 4).to_boolean();
    if enc == Enc::Ucs2 {
        return Ok(span.read(|hay| {
            let Some(start) = search_start(hay.len(), offset, needle.len(), forward) else {
                return JsValue::from(-1);
            };
            if needle.is_empty() {
                return JsValue::from(start as f64);
            }
            if needle.len() > hay.len()
                || (forward && start + needle.len() > hay.len())
                || hay.len() < 2
                || needle.len() < 2
            {
                return JsValue::from(-1);
            }
            let units = as_units(hay);
            let found = find_units(&units, &as_units(&needle), start / 2, forward);
            // Node reports a miss as the unit count times two, which is -1 only
            // when that equals the byte length (an even-length buffer).
            let at = found.unwrap_or(units.len()) * 2;
            if at == hay.len() {
                JsValue::from(-1)
            } else {
                JsValue::from(at as f64)
            }
        }));
    }
    Ok(span.read(|hay| search_bytes(hay, &needle, offset, forward)))
}

/// `indexOfNumber(buffer, byte, byteOffset, forward)`.
fn index_of_number(
    _: &JsValue,
    args: &[JsValue],
    _: &Shared,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let byte = arg(args, 1).to_u32(ctx)? as u8;
    let offset = signed_arg(args, 2);
    let forward = arg(args, 3).to_boolean();
    Ok(span.read(|hay| search_bytes(hay, &[byte], offset, forward)))
}

/// Repeat `pattern` over `out` (the last copy may be cut short).
fn fill_pattern(out: &mut [u8], pattern: &[u8]) {
    if pattern.len() == 1 {
        out.fill(pattern[0]);
        return;
    }
    let first = pattern.len().min(out.len());
    out[..first].copy_from_slice(&pattern[..first]);
    let mut filled = first;
    while filled < out.len() {
        let n = filled.min(out.len() - filled);
        out.copy_within(..n, filled);
        filled += n;
    }
}

/// `fill(buffer, value, start, end, encoding)`: `value` is a byte, a string
/// (encoded) or a view (its bytes). Returns -1 when the value encodes to no
/// bytes, so JS can throw Node's error.
fn fill(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let value = arg(args, 1);
    let start = index_arg(args, 2);
    let end = index_arg(args, 3);
    let pattern = if value.is_string() {
        let enc = Enc::from_value(&arg(args, 4));
        with_str(args, 1, ctx, |s| encode_to_vec(s, enc))?
    } else if let Some(view) = Span::try_of(&value, ctx)? {
        view.to_vec()
    } else {
        vec![value.to_u32(ctx)? as u8]
    };
    if pattern.is_empty() {
        return Ok(JsValue::from(-1));
    }
    span.write(ctx, |bytes| {
        let end = end.min(bytes.len());
        let start = start.min(end);
        fill_pattern(&mut bytes[start..end], &pattern);
    })?;
    Ok(JsValue::undefined())
}

/// `copy(source, target, targetStart, sourceStart, count)` → bytes copied.
fn copy(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let source = Span::of(&arg(args, 0), ctx)?;
    let target = Span::of(&arg(args, 1), ctx)?;
    let target_start = index_arg(args, 2).min(target.len);
    let source_start = index_arg(args, 3).min(source.len);
    let count = index_arg(args, 4)
        .min(source.len - source_start)
        .min(target.len - target_start);
    if count == 0 {
        return Ok(JsValue::from(0));
    }
    match (&source.backing, &target.backing) {
        (Backing::Plain(_), Backing::Plain(to_buf)) if source.same_buffer(&target) => {
            if let Some(mut data) = to_buf.data_mut() {
                let from = source.start + source_start;
                let to = target.start + target_start;
                if from + count <= data.len() && to + count <= data.len() {
                    data.copy_within(from..from + count, to);
                }
            }
        }
        (Backing::Plain(_), Backing::Plain(_)) => {
            source.read(|src| {
                target.write(ctx, |dst| {
                    if source_start + count <= src.len() && target_start + count <= dst.len() {
                        dst[target_start..target_start + count]
                            .copy_from_slice(&src[source_start..source_start + count]);
                    }
                })
            })?;
        }
        _ => {
            let src = source.to_vec();
            target.write(ctx, |dst| {
                if source_start + count <= src.len() && target_start + count <= dst.len() {
                    dst[target_start..target_start + count]
                        .copy_from_slice(&src[source_start..source_start + count]);
                }
            })?;
        }
    }
    Ok(JsValue::from(count as f64))
}

/// `concat(list, length, poolSize)` → a new buffer of `length` bytes (the
/// sum of the views' lengths when undefined): the views in `list` one after
/// the other, cut at `length` or zero-filled up to it; in the pool when small.
fn concat(_: &JsValue, args: &[JsValue], shared: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let list = arg(args, 0)
        .as_object()
        .ok_or_else(|| type_error("list must be an array"))?;
    let count = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    let mut spans = Vec::new();
    for i in 0..count {
        let item = list.get(i, ctx)?;
        spans.push(Span::of(&item, ctx)?);
    }
    let total = match args.get(1) {
        Some(v) if !v.is_undefined() => index_arg(args, 1),
        _ => spans.iter().map(|s| s.len).sum(),
    };
    let pool_size = pool_size_arg(args, 2, ctx)?;
    let mut bytes = AlignedVec::with_capacity(0, total);
    if total >= pool_size >> 1 {
        note_allocation(total);
    }
    for span in &spans {
        if bytes.len() >= total {
            break;
        }
        span.read(|b| {
            let take = b.len().min(total - bytes.len());
            bytes.extend_from_slice(&b[..take]);
        });
    }
    bytes.resize(total, 0);
    if total == 0 || total >= pool_size >> 1 {
        return new_buffer(bytes, shared, ctx);
    }
    let (pool, offset) = reserve_pool(shared, total, pool_size, ctx)?;
    if let Some(mut data) = pool.data_mut() {
        if offset + total <= data.len() {
            data[offset..offset + total].copy_from_slice(&bytes);
        }
    }
    let view = new_view(pool.into(), offset, total, shared, ctx)?;
    advance_pool(shared, total);
    Ok(view)
}

/// `swap(buffer, size)`: reverse every group of `size` (2, 4 or 8) bytes.
fn swap(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    let size = index_arg(args, 1).max(1);
    span.write(ctx, |bytes| {
        for group in bytes.chunks_exact_mut(size) {
            group.reverse();
        }
    })?;
    Ok(JsValue::undefined())
}

/// `isUtf8(view)`.
fn is_utf8(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    Ok(span.read(|b| std::str::from_utf8(b).is_ok()).into())
}

/// `isAscii(view)`.
fn is_ascii(_: &JsValue, args: &[JsValue], _: &Shared, ctx: &mut Context) -> JsResult<JsValue> {
    let span = Span::of(&arg(args, 0), ctx)?;
    Ok(span.read(<[u8]>::is_ascii).into())
}

/// SIMD bulk paths for base64 (SSSE3 on x86_64, chosen at run time); every
/// function returns how far it got and the scalar code finishes the job.
mod simd {
    #[cfg(target_arch = "x86_64")]
    use std::arch::x86_64::*;

    #[cfg(target_arch = "x86_64")]
    fn has_ssse3() -> bool {
        std::is_x86_feature_detected!("ssse3")
    }

    /// Decode whole 16-character blocks of valid base64 (either alphabet)
    /// while they last; returns (characters read, bytes written).
    pub(super) fn decode_base64_blocks(src: &[u8], out: &mut [u8]) -> (usize, usize) {
        #[cfg(target_arch = "x86_64")]
        {
            if src.len() >= 32 && std::is_x86_feature_detected!("avx2") {
                // SAFETY: the CPU supports AVX2 (checked just above).
                let (i, w) = unsafe { decode_avx2(src, out) };
                if has_ssse3() {
                    // SAFETY: the CPU supports SSSE3 (checked just above).
                    let (i2, w2) = unsafe { decode_ssse3(&src[i..], &mut out[w..]) };
                    return (i + i2, w + w2);
                }
                return (i, w);
            }
            if src.len() >= 16 && has_ssse3() {
                // SAFETY: the CPU supports SSSE3 (checked just above).
                return unsafe { decode_ssse3(src, out) };
            }
        }
        let _ = (src, out);
        (0, 0)
    }

    /// Encode whole 12-byte groups while 16 bytes can be loaded; returns
    /// (bytes read, characters written).
    pub(super) fn encode_base64_blocks(bytes: &[u8], url: bool, out: &mut [u8]) -> (usize, usize) {
        #[cfg(target_arch = "x86_64")]
        {
            if bytes.len() >= 28 && std::is_x86_feature_detected!("avx2") {
                // SAFETY: the CPU supports AVX2 (checked just above).
                let (i, w) = unsafe { encode_avx2(bytes, url, out) };
                if has_ssse3() {
                    // SAFETY: the CPU supports SSSE3 (checked just above).
                    let (i2, w2) = unsafe { encode_ssse3(&bytes[i..], url, &mut out[w..]) };
                    return (i + i2, w + w2);
                }
                return (i, w);
            }
            if bytes.len() >= 16 && has_ssse3() {
                // SAFETY: the CPU supports SSSE3 (checked just above).
                return unsafe { encode_ssse3(bytes, url, out) };
            }
        }
        let _ = (bytes, url, out);
        (0, 0)
    }

    /// Lanes of `v` (as signed bytes) within `lo..=hi`.
    ///
    /// # Safety
    /// The CPU must support SSSE3.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn in_range(v: __m128i, lo: u8, hi: u8) -> __m128i {
        _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
            _mm_cmpgt_epi8(_mm_set1_epi8(hi as i8 + 1), v),
        )
    }

    /// # Safety
    /// The CPU must support SSSE3 (callers check `has_ssse3`).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn decode_ssse3(src: &[u8], out: &mut [u8]) -> (usize, usize) {
        let mut i = 0;
        let mut w = 0;
        while i + 16 <= src.len() && w + 12 <= out.len() {
            // SAFETY: `i + 16 <= src.len()`, so 16 bytes are readable.
            let c = unsafe { _mm_loadu_si128(src.as_ptr().add(i).cast()) };
            let upper = in_range(c, b'A', b'Z');
            let lower = in_range(c, b'a', b'z');
            let digit = in_range(c, b'0', b'9');
            let plus = _mm_or_si128(
                _mm_cmpeq_epi8(c, _mm_set1_epi8(b'+' as i8)),
                _mm_cmpeq_epi8(c, _mm_set1_epi8(b'-' as i8)),
            );
            let slash = _mm_or_si128(
                _mm_cmpeq_epi8(c, _mm_set1_epi8(b'/' as i8)),
                _mm_cmpeq_epi8(c, _mm_set1_epi8(b'_' as i8)),
            );
            let valid = _mm_or_si128(
                _mm_or_si128(upper, lower),
                _mm_or_si128(digit, _mm_or_si128(plus, slash)),
            );
            if _mm_movemask_epi8(valid) != 0xFFFF {
                break;
            }
            let mut v = _mm_and_si128(upper, _mm_sub_epi8(c, _mm_set1_epi8(b'A' as i8)));
            v = _mm_or_si128(
                v,
                _mm_and_si128(lower, _mm_sub_epi8(c, _mm_set1_epi8(b'a' as i8 - 26))),
            );
            v = _mm_or_si128(
                v,
                _mm_and_si128(digit, _mm_add_epi8(c, _mm_set1_epi8(52 - b'0' as i8))),
            );
            v = _mm_or_si128(v, _mm_and_si128(plus, _mm_set1_epi8(62)));
            v = _mm_or_si128(v, _mm_and_si128(slash, _mm_set1_epi8(63)));
            // Pairs of six bits into twelve, pairs of twelve into 24 per lane.
            let twelve = _mm_maddubs_epi16(v, _mm_set1_epi32(0x0140_0140));
            let lanes = _mm_madd_epi16(twelve, _mm_set1_epi32(0x0001_1000));
            // Each lane holds n little-endian; emit its bytes high to low.
            let packed = _mm_shuffle_epi8(
                lanes,
                _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1),
            );
            let mut block = [0u8; 16];
            // SAFETY: `block` has room for the 16 bytes stored.
            unsafe { _mm_storeu_si128(block.as_mut_ptr().cast(), packed) };
            out[w..w + 12].copy_from_slice(&block[..12]);
            i += 16;
            w += 12;
        }
        (i, w)
    }

    /// # Safety
    /// The CPU must support SSSE3 (callers check `has_ssse3`).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn encode_ssse3(bytes: &[u8], url: bool, out: &mut [u8]) -> (usize, usize) {
        let (c62, c63) = if url { (b'-', b'_') } else { (b'+', b'/') };
        let mut i = 0;
        let mut w = 0;
        while i + 16 <= bytes.len() && w + 16 <= out.len() {
            // SAFETY: `i + 16 <= bytes.len()`, so 16 bytes are readable.
            let input = unsafe { _mm_loadu_si128(bytes.as_ptr().add(i).cast()) };
            // Three bytes per 32-bit lane as n = b0 << 16 | b1 << 8 | b2.
            let n = _mm_shuffle_epi8(
                input,
                _mm_setr_epi8(2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1),
            );
            // The four six-bit indices, first one in the lowest byte.
            let i0 = _mm_and_si128(_mm_srli_epi32(n, 18), _mm_set1_epi32(0x3F));
            let i1 = _mm_and_si128(_mm_srli_epi32(n, 4), _mm_set1_epi32(0x3F00));
            let i2 = _mm_and_si128(_mm_slli_epi32(n, 10), _mm_set1_epi32(0x003F_0000));
            let i3 = _mm_and_si128(_mm_slli_epi32(n, 24), _mm_set1_epi32(0x3F00_0000));
            let idx = _mm_or_si128(_mm_or_si128(i0, i1), _mm_or_si128(i2, i3));
            // Offsets from index to character, range by range.
            let mut offset = _mm_set1_epi8(b'A' as i8);
            let ge26 = _mm_cmpgt_epi8(idx, _mm_set1_epi8(25));
            offset = _mm_add_epi8(offset, _mm_and_si128(ge26, _mm_set1_epi8(6)));
            let ge52 = _mm_cmpgt_epi8(idx, _mm_set1_epi8(51));
            offset = _mm_add_epi8(offset, _mm_and_si128(ge52, _mm_set1_epi8(-75)));
            let eq62 = _mm_cmpeq_epi8(idx, _mm_set1_epi8(62));
            let fix62 = c62.wrapping_sub(62).wrapping_add(4) as i8;
            offset = _mm_add_epi8(offset, _mm_and_si128(eq62, _mm_set1_epi8(fix62)));
            let eq63 = _mm_cmpeq_epi8(idx, _mm_set1_epi8(63));
            let fix63 = c63.wrapping_sub(63).wrapping_add(4) as i8;
            offset = _mm_add_epi8(offset, _mm_and_si128(eq63, _mm_set1_epi8(fix63)));
            let chars = _mm_add_epi8(idx, offset);
            // SAFETY: `w + 16 <= out.len()`, so 16 bytes are writable.
            unsafe { _mm_storeu_si128(out.as_mut_ptr().add(w).cast(), chars) };
            i += 12;
            w += 16;
        }
        (i, w)
    }

    /// [`in_range`] for 32 lanes.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn in_range256(v: __m256i, lo: u8, hi: u8) -> __m256i {
        _mm256_and_si256(
            _mm256_cmpgt_epi8(v, _mm256_set1_epi8(lo as i8 - 1)),
            _mm256_cmpgt_epi8(_mm256_set1_epi8(hi as i8 + 1), v),
        )
    }

    /// [`decode_ssse3`] 32 characters at a time.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn decode_avx2(src: &[u8], out: &mut [u8]) -> (usize, usize) {
        let mut i = 0;
        let mut w = 0;
        while i + 32 <= src.len() && w + 24 <= out.len() {
            // SAFETY: `i + 32 <= src.len()`, so 32 bytes are readable.
            let c = unsafe { _mm256_loadu_si256(src.as_ptr().add(i).cast()) };
            let upper = in_range256(c, b'A', b'Z');
            let lower = in_range256(c, b'a', b'z');
            let digit = in_range256(c, b'0', b'9');
            let plus = _mm256_or_si256(
                _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'+' as i8)),
                _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'-' as i8)),
            );
            let slash = _mm256_or_si256(
                _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'/' as i8)),
                _mm256_cmpeq_epi8(c, _mm256_set1_epi8(b'_' as i8)),
            );
            let valid = _mm256_or_si256(
                _mm256_or_si256(upper, lower),
                _mm256_or_si256(digit, _mm256_or_si256(plus, slash)),
            );
            if _mm256_movemask_epi8(valid) != -1 {
                break;
            }
            let mut v = _mm256_and_si256(upper, _mm256_sub_epi8(c, _mm256_set1_epi8(b'A' as i8)));
            v = _mm256_or_si256(
                v,
                _mm256_and_si256(lower, _mm256_sub_epi8(c, _mm256_set1_epi8(b'a' as i8 - 26))),
            );
            v = _mm256_or_si256(
                v,
                _mm256_and_si256(digit, _mm256_add_epi8(c, _mm256_set1_epi8(52 - b'0' as i8))),
            );
            v = _mm256_or_si256(v, _mm256_and_si256(plus, _mm256_set1_epi8(62)));
            v = _mm256_or_si256(v, _mm256_and_si256(slash, _mm256_set1_epi8(63)));
            let twelve = _mm256_maddubs_epi16(v, _mm256_set1_epi32(0x0140_0140));
            let lanes = _mm256_madd_epi16(twelve, _mm256_set1_epi32(0x0001_1000));
            let packed = _mm256_shuffle_epi8(
                lanes,
                _mm256_setr_epi8(
                    2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1, 2, 1, 0, 6, 5, 4, 10,
                    9, 8, 14, 13, 12, -1, -1, -1, -1,
                ),
            );
            let mut block = [0u8; 32];
            // SAFETY: `block` has room for the 32 bytes stored.
            unsafe { _mm256_storeu_si256(block.as_mut_ptr().cast(), packed) };
            // Twelve bytes come out of each 128-bit half.
            out[w..w + 12].copy_from_slice(&block[..12]);
            out[w + 12..w + 24].copy_from_slice(&block[16..28]);
            i += 32;
            w += 24;
        }
        (i, w)
    }

    /// [`encode_ssse3`] 24 bytes at a time.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn encode_avx2(bytes: &[u8], url: bool, out: &mut [u8]) -> (usize, usize) {
        let (c62, c63) = if url { (b'-', b'_') } else { (b'+', b'/') };
        let mut i = 0;
        let mut w = 0;
        while i + 28 <= bytes.len() && w + 32 <= out.len() {
            // SAFETY: `i + 28 <= bytes.len()`: 16 bytes are readable from `i`
            // and from `i + 12`.
            let (lo, hi) = unsafe {
                (
                    _mm_loadu_si128(bytes.as_ptr().add(i).cast()),
                    _mm_loadu_si128(bytes.as_ptr().add(i + 12).cast()),
                )
            };
            let input = _mm256_set_m128i(hi, lo);
            let n = _mm256_shuffle_epi8(
                input,
                _mm256_setr_epi8(
                    2, 1, 0, -1, 5, 4, 3, -1, 8, 7, 6, -1, 11, 10, 9, -1, 2, 1, 0, -1, 5, 4, 3, -1,
                    8, 7, 6, -1, 11, 10, 9, -1,
                ),
            );
            let i0 = _mm256_and_si256(_mm256_srli_epi32(n, 18), _mm256_set1_epi32(0x3F));
            let i1 = _mm256_and_si256(_mm256_srli_epi32(n, 4), _mm256_set1_epi32(0x3F00));
            let i2 = _mm256_and_si256(_mm256_slli_epi32(n, 10), _mm256_set1_epi32(0x003F_0000));
            let i3 = _mm256_and_si256(_mm256_slli_epi32(n, 24), _mm256_set1_epi32(0x3F00_0000));
            let idx = _mm256_or_si256(_mm256_or_si256(i0, i1), _mm256_or_si256(i2, i3));
            let mut offset = _mm256_set1_epi8(b'A' as i8);
            let ge26 = _mm256_cmpgt_epi8(idx, _mm256_set1_epi8(25));
            offset = _mm256_add_epi8(offset, _mm256_and_si256(ge26, _mm256_set1_epi8(6)));
            let ge52 = _mm256_cmpgt_epi8(idx, _mm256_set1_epi8(51));
            offset = _mm256_add_epi8(offset, _mm256_and_si256(ge52, _mm256_set1_epi8(-75)));
            let eq62 = _mm256_cmpeq_epi8(idx, _mm256_set1_epi8(62));
            let fix62 = c62.wrapping_sub(62).wrapping_add(4) as i8;
            offset = _mm256_add_epi8(offset, _mm256_and_si256(eq62, _mm256_set1_epi8(fix62)));
            let eq63 = _mm256_cmpeq_epi8(idx, _mm256_set1_epi8(63));
            let fix63 = c63.wrapping_sub(63).wrapping_add(4) as i8;
            offset = _mm256_add_epi8(offset, _mm256_and_si256(eq63, _mm256_set1_epi8(fix63)));
            let chars = _mm256_add_epi8(idx, offset);
            // SAFETY: `w + 32 <= out.len()`, so 32 bytes are writable.
            unsafe { _mm256_storeu_si256(out.as_mut_ptr().add(w).cast(), chars) };
            i += 24;
            w += 32;
        }
        (i, w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc16(s: &str, enc: Enc) -> Vec<u8> {
        let units: Vec<u16> = s.encode_utf16().collect();
        encode_to_vec(JsStr::utf16(&units), enc)
    }

    fn enc8(s: &[u8], enc: Enc) -> Vec<u8> {
        encode_to_vec(JsStr::latin1(s), enc)
    }

    #[test]
    fn utf8_encoding() {
        assert_eq!(enc16("é€😀", Enc::Utf8), "é€😀".as_bytes());
        assert_eq!(enc8(b"a\xe9", Enc::Utf8), "aé".as_bytes());
        let lone = [0xD800u16, 0x78];
        assert_eq!(
            encode_to_vec(JsStr::utf16(&lone), Enc::Utf8),
            [0xEF, 0xBF, 0xBD, 0x78]
        );
        let mut out = [0u8; 3];
        let units: Vec<u16> = "😀".encode_utf16().collect();
        assert_eq!(encode_utf8_utf16(&units, &mut out), 0);
        let mut out = [0u8; 1];
        assert_eq!(encode_utf8_latin1(b"\xe9", &mut out), 0);
    }

    #[test]
    fn hex_stops_at_first_bad_pair() {
        assert_eq!(enc8(b"abz", Enc::Hex), [0xAB]);
        assert_eq!(enc8(b"zz12", Enc::Hex), [0u8; 0]);
        assert_eq!(enc8(b"0aFf", Enc::Hex), [0x0A, 0xFF]);
    }

    #[test]
    fn base64_is_lenient() {
        assert_eq!(enc8(b"aGVs bG8=\n", Enc::Base64), b"hello");
        assert_eq!(enc8(b"aGV*sbG8", Enc::Base64), b"hello");
        assert_eq!(enc8(b"aG=Vsb", Enc::Base64), b"h");
        assert_eq!(enc8(b"a-_b", Enc::Base64), [0x6B, 0xEF, 0xDB]);
        assert_eq!(enc8(b"a", Enc::Base64), [0u8; 0]);
        let b64 = |bytes: &[u8], url: bool| {
            let mut out = vec![0u8; base64_len(bytes.len(), url)];
            encode_base64_into(bytes, url, &mut out);
            out
        };
        assert_eq!(b64(&[0xFB, 0xFF], false), b"+/8=");
        assert_eq!(b64(&[0xFB, 0xFF], true), b"-_8");
        assert_eq!(b64(&[0xFB], false), b"+w==");
        assert_eq!(b64(&[0xFB], true), b"-w");
        assert_eq!(b64(b"hello", false), b"aGVsbG8=");
    }

    /// A deterministic byte stream for the SIMD comparisons.
    fn noise(len: usize, seed: u32) -> Vec<u8> {
        let mut x = seed;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (x >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn simd_base64_matches_scalar() {
        for len in [0, 1, 11, 12, 15, 16, 17, 47, 48, 100, 1000] {
            for url in [false, true] {
                let bytes = noise(len, len as u32 + 7);
                let mut fast = vec![0u8; base64_len(len, url)];
                encode_base64_into(&bytes, url, &mut fast);
                let mut slow = vec![0u8; base64_len(len, url)];
                let whole = len / 3;
                let table = if url { B64_URL } else { B64_STD };
                for (src, dst) in bytes.chunks_exact(3).zip(slow.chunks_exact_mut(4)) {
                    let n =
                        (u32::from(src[0]) << 16) | (u32::from(src[1]) << 8) | u32::from(src[2]);
                    for (k, d) in dst.iter_mut().enumerate() {
                        *d = table[(n >> (18 - 6 * k)) as usize & 63];
                    }
                }
                let mut tail = vec![0u8; base64_len(len - whole * 3, url)];
                encode_base64_into(&bytes[whole * 3..], url, &mut tail);
                slow[whole * 4..].copy_from_slice(&tail);
                assert_eq!(fast, slow, "encode len {len} url {url}");
                let mut decoded = vec![0u8; len];
                let n = decode_base64_latin1(&fast, &mut decoded);
                assert_eq!(&decoded[..n], &bytes[..], "round trip len {len}");
            }
        }
        // Junk, padding and both alphabets in the middle of long input.
        let text = noise(3000, 99);
        let junk = b" *\n\x80-_=";
        let chars: Vec<u8> = text
            .iter()
            .enumerate()
            .map(|(i, &b)| match b {
                0..=246 => B64_STD[usize::from(b) % 64],
                247..=253 => junk[usize::from(b - 247)],
                // A padding character only near the end.
                _ if i > 2900 => b'=',
                _ => b'+',
            })
            .collect();
        for start in 0..40 {
            let src = &chars[start..];
            let mut fast = vec![0u8; src.len()];
            let mut slow = vec![0u8; src.len()];
            let n = decode_base64_latin1(src, &mut fast);
            let m = decode_base64_at(src, &mut slow, 0, 0);
            assert_eq!(&fast[..n], &slow[..m], "start {start}");
        }
    }

    #[test]
    fn search_offsets() {
        assert_eq!(search_start(17, -1, 5, true), Some(16));
        assert_eq!(search_start(17, -100, 5, false), None);
        assert_eq!(search_start(17, 100, 0, true), Some(17));
        assert_eq!(search_start(17, 100, 5, false), Some(16));
        assert_eq!(find_backward(b"hello world hello", b"hello", 16), Some(12));
        assert_eq!(find_backward(b"aaaa", b"aa", 3), Some(2));
        let hay = b"abcabcabcdabcd xyz abcd";
        for from in 0..hay.len() {
            for needle in [&b"abcd"[..], b"bcab", b"cd x", b"zzzz", b"abcabc"] {
                let naive = (0..=from.min(hay.len() - needle.len()))
                    .rev()
                    .find(|&i| &hay[i..i + needle.len()] == needle);
                assert_eq!(find_backward(hay, needle, from), naive, "{from} {needle:?}");
            }
        }
        assert_eq!(find_forward(b"aaaa", b"aa", 3), None);
    }

    #[test]
    fn pattern_fill() {
        let mut out = [0u8; 7];
        fill_pattern(&mut out, b"abc");
        assert_eq!(&out, b"abcabca");
    }
}
