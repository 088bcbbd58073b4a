//! The lexicon's matcher: the longest surface a text begins with, found by
//! hashing the text as it is read.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Lexicon surfaces indexed by hashes of their prefixes, to find the longest
/// surface a text begins with (what an anchored leftmost-longest automaton
/// finds) by reading the text once and hashing as it goes, stopping at the
/// first prefix no surface has.
///
/// The text's first word (a run of alphanumeric characters) is read whole and
/// asked of small sets first: most words (`the`, `cooperation`) begin no
/// surface and are done after one bit test. Inside the first word nothing else
/// is asked: a surface ending there would fail the whole-word test, and being
/// the shortest match it hides no other. This replaced an anchored
/// Aho-Corasick search at every word start, which cost several times more; the
/// lexicon's tests keep that search as the oracle this must agree with.
pub struct Surfaces {
    /// Surface text and the entry it names, in the order they were added.
    pub list: Vec<(Box<str>, usize)>,
    /// Whole-surface hash → indexes into `list`, in the order added (the
    /// earlier of two equal surfaces wins).
    terminals: HashMap<u64, Vec<u32>, BuildHasherDefault<Prehashed>>,
    /// Bit sets of whole-surface hashes and of the hashes of every prefix
    /// longer than the first word: a miss is certain, a hit is checked
    /// (terminals) or merely costs reading on (prefixes).
    terminal_bits: Bits,
    prefix_bits: Bits,
    /// The first words of all surfaces, in sets small enough to stay in the
    /// L1 cache, since every word of every text is looked up: lower-case first
    /// words are few (`the Kremlin`, `resolution 1325`), so most words, being
    /// lower-case, are answered by a set of a few hundred bytes.
    lower_first_words: Bits,
    other_first_words: Bits,
    pub fold: bool,
}

impl Surfaces {
    pub fn new(list: Vec<(String, usize)>, fold: bool) -> Surfaces {
        let mut terminals: HashMap<u64, Vec<u32>, BuildHasherDefault<Prehashed>> = HashMap::default();
        let (mut terminal_bits, mut prefix_bits) = (Bits::new(20), Bits::new(22));
        let (mut lower_first_words, mut other_first_words) = (Bits::new(12), Bits::new(16));
        for (i, (s, _)) in list.iter().enumerate() {
            let (first_end, _) = scan_word(s, 0);
            let first = hash(&s[..first_end], fold);
            if !fold && s.starts_with(|c: char| c.is_ascii_lowercase()) {
                lower_first_words.insert(first);
            } else {
                other_first_words.insert(first);
            }
            let whole = hash(s, fold);
            terminals.entry(whole).or_default().push(i as u32);
            terminal_bits.insert(whole);
            for (at, _) in s.char_indices().skip_while(|&(at, _)| at <= first_end) {
                prefix_bits.insert(hash(&s[..at], fold));
            }
            prefix_bits.insert(whole);
        }
        Surfaces {
            list: list.into_iter().map(|(s, e)| (s.into_boxed_str(), e)).collect(),
            terminals,
            terminal_bits,
            prefix_bits,
            lower_first_words,
            other_first_words,
            fold,
        }
    }

    /// The longest surface that `text[start..]` begins with, given where the
    /// text's first word ends and its hash: (end, entry).
    #[inline]
    pub fn longest_at(
        &self,
        text: &str,
        start: usize,
        first_word_end: usize,
        first_word: u64,
    ) -> Option<(usize, usize)> {
        if !self.may_begin(text.as_bytes()[start], first_word) {
            return None;
        }
        self.longest_from(text, start, first_word_end, first_word)
    }

    /// `longest_at` past its first test: reads on from the first word.
    #[inline(never)]
    fn longest_from(&self, text: &str, start: usize, first_word_end: usize, first_word: u64) -> Option<(usize, usize)> {
        // A surface ending inside the first word would fail the whole-word
        // test and, being shorter than any other match, hides none: skip them.
        let mut best = (first_word_end > start)
            .then(|| self.terminal(text, start, first_word_end, first_word))
            .flatten();
        let (bytes, mut h, mut at) = (text.as_bytes(), first_word, first_word_end);
        // A character at a time (prefixes and surfaces end on character
        // boundaries), read as its bytes: a non-ASCII one's length is in its
        // first byte, and folding leaves its bytes as they are.
        while at < bytes.len() {
            let len = match bytes[at] {
                b if b < 0x80 => 1,
                b if b >= 0xF0 => 4,
                b if b >= 0xE0 => 3,
                _ => 2,
            };
            match plain_joiner(&bytes[at..]) {
                Some(b) => h = step(h, b),
                None => {
                    for &b in &bytes[at..at + len] {
                        h = step(h, if self.fold { b.to_ascii_lowercase() } else { b });
                    }
                }
            }
            at += len;
            if !self.prefix_bits.contains(h) {
                break;
            }
            if let Some(hit) = self.terminal(text, start, at, h) {
                best = Some(hit);
            }
        }
        best
    }

    /// Whether some surface may begin with the word whose first byte is
    /// `first` and whose hash is `first_word`: false is certain.
    #[inline]
    pub fn may_begin(&self, first: u8, first_word: u64) -> bool {
        let first_words = match first {
            b'a'..=b'z' if !self.fold => &self.lower_first_words,
            _ => &self.other_first_words,
        };
        first_words.contains(first_word)
    }

    /// The surface that is exactly `text[start..end]` (whose hash is `h`), if any.
    #[inline]
    fn terminal(&self, text: &str, start: usize, end: usize, h: u64) -> Option<(usize, usize)> {
        if !self.terminal_bits.contains(h) {
            return None;
        }
        self.terminal_lookup(text, start, end, h)
    }

    /// `terminal` past its bit test, which most prefixes fail.
    #[inline(never)]
    fn terminal_lookup(&self, text: &str, start: usize, end: usize, h: u64) -> Option<(usize, usize)> {
        let span = &text.as_bytes()[start..end];
        self.terminals.get(&h)?.iter().find_map(|&i| {
            let (surface, entry) = &self.list[i as usize];
            let s = surface.as_bytes();
            let same = if self.fold {
                span.eq_ignore_ascii_case(s)
            } else {
                span == s
            };
            let same = same || ((span.contains(&0xE2) || s.contains(&0xE2)) && same_plain(span, s, self.fold));
            same.then_some((end, *entry))
        })
    }
}

/// A bit set of hashes, 2^`bits` of them.
struct Bits {
    words: Box<[u64]>,
    shift: u32,
}

impl Bits {
    fn new(bits: u32) -> Bits {
        Bits {
            words: vec![0; 1 << (bits - 6)].into_boxed_slice(),
            shift: 64 - bits,
        }
    }

    fn insert(&mut self, h: u64) {
        let slot = (h >> self.shift) as usize;
        self.words[slot >> 6] |= 1 << (slot & 63);
    }

    #[inline]
    fn contains(&self, h: u64) -> bool {
        let slot = (h >> self.shift) as usize;
        self.words[slot >> 6] & (1 << (slot & 63)) != 0
    }
}

/// The keys of `Surfaces::terminals` are hashes already.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The run of alphanumeric characters starting at `start`: where it ends, and
/// its hash as written (the folded one, needed only for capitalised words, is
/// `hash(word, true)`).
pub fn scan_word(text: &str, start: usize) -> (usize, u64) {
    let bytes = text.as_bytes();
    let (mut i, mut h) = (start, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if ASCII_ALNUM[usize::from(b)] {
            h = step(h, b);
            i += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        let len = match text[i..].chars().next() {
            Some(c) if c.is_alphanumeric() => c.len_utf8(),
            _ => break,
        };
        for &b in &bytes[i..i + len] {
            h = step(h, b);
        }
        i += len;
    }
    (i, h)
}

/// ASCII letters and digits, by byte: one load where the range tests cost
/// several instructions, on a loop that sees every byte of every clause.
pub static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A text's hash as written, or with ASCII letters lower-cased (`fold`);
/// typographic joiners are hashed as their ASCII forms (`plain_joiner`).
pub fn hash(text: &str, fold: bool) -> u64 {
    plain_bytes(text.as_bytes()).fold(0, |h, b| step(h, if fold { b.to_ascii_lowercase() } else { b }))
}

/// The ASCII form of the typographic joiner `bytes` begins with, if any:
/// pages print `Timor‑Leste` and `Guinea‐Bissau` with hyphens that must not
/// break (U+2011, U+2010) and `Côte d’Ivoire` with a typographic apostrophe
/// (U+2019), where the lexicon writes `-` and `'`. All three are E2 80 xx.
#[inline]
fn plain_joiner(bytes: &[u8]) -> Option<u8> {
    match bytes {
        [0xE2, 0x80, 0x90 | 0x91, ..] => Some(b'-'),
        [0xE2, 0x80, 0x99, ..] => Some(b'\''),
        _ => None,
    }
}

/// `bytes` with typographic joiners read as their ASCII forms.
fn plain_bytes(bytes: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *bytes.get(i)?;
        match plain_joiner(&bytes[i..]) {
            Some(plain) => {
                i += 3;
                Some(plain)
            }
            None => {
                i += 1;
                Some(b)
            }
        }
    })
}

/// Whether two spans are the same once their joiners are read as ASCII (and
/// their ASCII letters lower-cased, if `fold`).
fn same_plain(a: &[u8], b: &[u8], fold: bool) -> bool {
    let f = |c: u8| if fold { c.to_ascii_lowercase() } else { c };
    plain_bytes(a).map(f).eq(plain_bytes(b).map(f))
}

#[inline]
pub fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
}
