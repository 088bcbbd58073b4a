//! Large sample libraries made from the bundled seeds, for benchmarks and
//! load tests: clauses reordered, dropped and repeated, with fresh numbers,
//! dates and subjects. Deterministic for a given seed; no `rand` dependency.

use crate::dates::ENGLISH_MONTHS;
use std::fs;
use std::io;
use std::path::Path;

use regex::{Captures, Regex};

use crate::seeds::SEEDS;

/// Files per subfolder, so no folder grows huge.
const FILES_PER_FOLDER: usize = 500;
/// Each document aims for a size drawn from this range (bytes); mean ≈ 8 KB.
const TARGET_BYTES: std::ops::Range<u64> = 4_000..11_500;

const KINDS: &[&str] = &[
    "Council conclusions on",
    "Draft Council conclusions on",
    "Joint Statement on",
    "Presidency note on",
    "Outcome of proceedings on",
    "Joint Communication on",
];
const TOPICS: &[&str] = &[
    "Digital Diplomacy",
    "Semiconductors and supply chains",
    "Quantum technologies",
    "Cyber resilience",
    "Artificial Intelligence",
    "Critical raw materials",
    "Subsea cable connectivity",
    "Online platforms",
    "Beyond 5G/6G research",
    "Data flows and trust",
    "Humanitarian access",
    "Climate diplomacy",
];
const PARTNERS: &[&str] = &[
    "the Republic of Korea",
    "Japan",
    "Canada",
    "India",
    "the African Union",
    "ASEAN",
    "the United Nations",
    "Singapore",
];
const COUNTRIES: &[&str] = &["Denmark", "Finland", "Estonia", "Ireland", "Portugal"];

/// How many files a library holds and their total size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LibraryStats {
    pub files: usize,
    pub bytes: u64,
}

/// Writes `docs` briefings under `out` (in subfolders of 500) and returns the totals.
pub fn generate(out: &Path, docs: usize, seed: u64) -> io::Result<LibraryStats> {
    let generator = Generator::new();
    let mut bytes = 0;
    for i in 0..docs {
        let (name, text) = generator.briefing(seed, i);
        let dir = out.join(format!("part-{:03}", i / FILES_PER_FOLDER));
        if i % FILES_PER_FOLDER == 0 {
            fs::create_dir_all(&dir)?;
        }
        fs::write(dir.join(name), &text)?;
        bytes += text.len() as u64;
    }
    Ok(LibraryStats { files: docs, bytes })
}

/// Makes briefings from the seeds; building it once compiles the patterns.
pub struct Generator {
    seeds: Vec<SeedParts>,
    date: Regex,
    number: Regex,
}

/// A seed cut into blank-line-separated blocks: a fixed header, shufflable
/// body paragraphs, and a fixed tail (navigation residue).
struct SeedParts {
    header: Vec<String>,
    body: Vec<String>,
    tail: Vec<String>,
    /// Which header block holds the subject (`Subject: …`, or a web title).
    subject: Subject,
}

enum Subject {
    /// Header block `i` is `Subject: …`.
    Line(usize),
    /// Web page: block 0 is the breadcrumb (`Home` + country + title), block 1 the title.
    Breadcrumb,
}

impl Default for Generator {
    fn default() -> Self {
        Generator::new()
    }
}

impl Generator {
    pub fn new() -> Self {
        let months = ENGLISH_MONTHS.join("|");
        Generator {
            seeds: SEEDS
                .iter()
                .map(|(_, bytes)| SeedParts::new(&String::from_utf8_lossy(bytes)))
                .collect(),
            date: Regex::new(&format!(r"\b\d{{1,2}} (?:{months}) \d{{4}}\b")).expect("date pattern is valid"),
            number: Regex::new(r"\b\d{4,5}/\d{2}\b").expect("number pattern is valid"),
        }
    }

    /// Document `index` of the library made with `seed`: (file name, text).
    /// The same (seed, index) always gives the same document.
    pub fn briefing(&self, seed: u64, index: usize) -> (String, String) {
        let mut rng = XorShift::new(seed, index as u64);
        let parts = &self.seeds[rng.below(self.seeds.len() as u64) as usize];
        let (day, month, year) = (1 + rng.below(28), rng.below(12) as usize, 2015 + rng.below(11));
        let doc_date = format!("{day} {} {year}", ENGLISH_MONTHS[month]);
        let number = format!("{}/{:02}", 1000 + rng.below(17_000), year % 100);
        let title = subject(&mut rng);

        let mut header = parts.header.clone();
        match parts.subject {
            Subject::Line(i) => header[i] = format!("Subject: {title}"),
            Subject::Breadcrumb => {
                let country = pick(&mut rng, COUNTRIES);
                header[0] = format!("Home{country}{title}");
                header[1] = title.clone();
            }
        }
        let header = header.join("\n\n");
        let header = self.number.replace_all(&header, number.as_str());
        let header = self.date.replace_all(&header, doc_date.as_str());

        let body = self.body(parts, &mut rng, header.len() as u64);
        let body = self.date.replace_all(&body, |c: &Captures| {
            let at = c.get(0).map_or(0, |m| m.start());
            if body[..at].ends_with("Brussels, ") {
                doc_date.clone()
            } else {
                let (d, m, y) = (1 + rng.below(28), rng.below(12) as usize, 2015 + rng.below(11));
                format!("{d} {} {y}", ENGLISH_MONTHS[m])
            }
        });

        let mut text = String::with_capacity(header.len() + body.len() + 64);
        text.push_str(&header);
        text.push_str("\n\n");
        text.push_str(&body);
        for block in &parts.tail {
            text.push_str("\n\n");
            text.push_str(block);
        }
        text.push('\n');
        let name = format!("{index:05}_{:016x}.txt", rng.next());
        (name, text)
    }

    /// Body paragraphs shuffled, some dropped, then trimmed or repeated towards a target size.
    fn body(&self, parts: &SeedParts, rng: &mut XorShift, header_len: u64) -> String {
        let target = TARGET_BYTES.start + rng.below(TARGET_BYTES.end - TARGET_BYTES.start);
        let mut order: Vec<usize> = (0..parts.body.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i as u64 + 1) as usize);
        }
        order.retain(|_| rng.below(100) >= 15);
        let len = |order: &[usize]| header_len + order.iter().map(|&i| parts.body[i].len() as u64 + 2).sum::<u64>();
        while order.len() > 3 && len(&order) > target {
            order.pop();
        }
        while len(&order) < target && !parts.body.is_empty() {
            order.push(rng.below(parts.body.len() as u64) as usize);
        }
        order
            .iter()
            .map(|&i| parts.body[i].as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

impl SeedParts {
    fn new(text: &str) -> Self {
        let blocks = blocks(text);
        let subject = blocks.iter().position(|b| b.starts_with("Subject:"));
        let (mut header_end, subject) = match subject {
            Some(i) => (i + 1, Subject::Line(i)),
            None => (2.min(blocks.len()), Subject::Breadcrumb),
        };
        // Separators and a title line right after the subject stay with the header.
        while blocks
            .get(header_end)
            .is_some_and(|b| b.trim() == "---" || (header_end > 0 && !b.contains('.')))
            && matches!(subject, Subject::Line(_))
        {
            header_end += 1;
        }
        let mut tail_start = blocks.len();
        while tail_start > header_end + 1 && !blocks[tail_start - 1].contains('.') {
            tail_start -= 1;
        }
        SeedParts {
            header: blocks[..header_end].to_vec(),
            body: blocks[header_end..tail_start].to_vec(),
            tail: blocks[tail_start..].to_vec(),
            subject,
        }
    }
}

/// Runs of non-blank lines.
fn blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join("\n"));
    }
    out
}

fn subject(rng: &mut XorShift) -> String {
    let kind = pick(rng, KINDS);
    let topic = pick(rng, TOPICS);
    if rng.below(2) == 0 {
        format!("{kind} {topic}")
    } else {
        format!("{kind} {topic} with {}", pick(rng, PARTNERS))
    }
}

fn pick<'a>(rng: &mut XorShift, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len() as u64) as usize]
}

/// xorshift64, seeded per document through splitmix64 so document `i` does
/// not depend on how many documents come before it.
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64, stream: u64) -> Self {
        let mut z = seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        XorShift((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform enough in `0..n` for test data (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_and_index_give_the_same_briefing() {
        let g = Generator::new();
        assert_eq!(g.briefing(7, 42), g.briefing(7, 42));
        assert_ne!(g.briefing(7, 42), g.briefing(8, 42));
    }

    #[test]
    fn briefings_average_about_eight_kilobytes() {
        let g = Generator::new();
        let total: usize = (0..300).map(|i| g.briefing(1, i).1.len()).sum();
        let mean = total / 300;
        assert!((7_000..9_500).contains(&mean), "mean {mean}");
    }

    #[test]
    fn council_briefings_keep_their_header_with_a_new_number_and_subject() {
        let g = Generator::new();
        let text = (0..30)
            .map(|i| g.briefing(3, i).1)
            .find(|t| t.starts_with("Council of the"))
            .unwrap();
        assert!(text.contains("\nSubject: "));
        assert!(g.number.is_match(&text[..text.find("Subject:").unwrap()]));
        assert!(!text.contains("12804/20") && !text.contains("8318/24"));
    }
}
