//! RTF's tokens: group braces, control words with their numeric parameter,
//! control symbols, `\'hh` bytes, runs of text, and `\binN` data (skipped
//! here, so binary bytes are never read as text). Line ends in the source
//! mean nothing in RTF and are dropped.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    Open,
    Close,
    Word { name: &'a str, param: Option<i32> },
    /// A control symbol: `\~`, `\-`, `\_`, `\*`, `\\`, `\{`, `\}`; a line end after `\` is `\par`.
    Symbol(u8),
    /// A byte written `\'hh`, in the current code page.
    Hex(u8),
    Text(&'a [u8]),
}

pub struct Lexer<'a> {
    src: &'a [u8],
    at: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        Lexer { src, at: 0 }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let &b = self.src.get(self.at)?;
            match b {
                b'{' => {
                    self.at += 1;
                    return Some(Token::Open);
                }
                b'}' => {
                    self.at += 1;
                    return Some(Token::Close);
                }
                b'\r' | b'\n' => self.at += 1,
                b'\\' => return Some(self.control()),
                _ => {
                    let start = self.at;
                    while self
                        .src
                        .get(self.at)
                        .is_some_and(|c| !matches!(c, b'{' | b'}' | b'\\' | b'\r' | b'\n'))
                    {
                        self.at += 1;
                    }
                    return Some(Token::Text(&self.src[start..self.at]));
                }
            }
        }
    }
}

impl<'a> Lexer<'a> {
    fn control(&mut self) -> Token<'a> {
        self.at += 1;
        let Some(&c) = self.src.get(self.at) else {
            return Token::Symbol(b'\\');
        };
        if c == b'\'' {
            let start_hex = self.at;
            let hex = self.src.get(self.at + 1..self.at + 3);
            let byte = hex
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            return match byte {
                Some(v) => {
                    self.at += 3;
                    Token::Hex(v)
                }
                None => {
                    // A broken escape: its stray digits are not text.
                    self.at += 1;
                    while self.src.get(self.at).is_some_and(u8::is_ascii_hexdigit) && self.at < start_hex + 3 {
                        self.at += 1;
                    }
                    Token::Text(b"")
                }
            };
        }
        if !c.is_ascii_alphabetic() {
            self.at += 1;
            return Token::Symbol(if c == b'\r' || c == b'\n' { b'\n' } else { c });
        }
        let start = self.at;
        while self.at - start < 32 && self.src.get(self.at).is_some_and(u8::is_ascii_alphabetic) {
            self.at += 1;
        }
        let name = std::str::from_utf8(&self.src[start..self.at]).unwrap_or("");
        let num_start = self.at;
        if self.src.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        while self.at - num_start < 11 && self.src.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        let param = std::str::from_utf8(&self.src[num_start..self.at])
            .ok()
            .and_then(|n| n.parse::<i64>().ok())
            .map(|n| n.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32);
        if self.src.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
        if name == "bin" {
            let n = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
            self.at = self.at.saturating_add(n).min(self.src.len());
        }
        Token::Word { name, param }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_symbols_bytes_and_text() {
        let toks: Vec<Token> = Lexer::new(b"{\\b1 Hi\\'e9\\~x\\u-10179?\r\n\\bin3 {}}z}").collect();
        assert_eq!(
            toks,
            vec![
                Token::Open,
                Token::Word { name: "b", param: Some(1) },
                Token::Text(b"Hi"),
                Token::Hex(0xe9),
                Token::Symbol(b'~'),
                Token::Text(b"x"),
                Token::Word { name: "u", param: Some(-10179) },
                Token::Text(b"?"),
                Token::Word { name: "bin", param: Some(3) },
                Token::Text(b"z"),
                Token::Close,
            ]
        );
    }

    #[test]
    fn truncated_controls_end_quietly() {
        assert_eq!(Lexer::new(b"\\'4").collect::<Vec<_>>(), vec![Token::Text(b"")]);
        assert_eq!(Lexer::new(b"\\").count(), 1);
        assert_eq!(Lexer::new(b"\\bin999999999999 x").count(), 1);
    }
}
