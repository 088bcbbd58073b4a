//! The shapes of references (regex sources, for `patterns.rs`): Council
//! document numbers in every series, file codes, UN and other slash symbols,
//! resolutions and decisions, EU acts, Official Journal citations,
//! interinstitutional files, Commission and Council of Europe numbers, archive
//! citations. A rule may carry a list item: what follows a match as `, X`,
//! `and X` is another reference of the same list (`Regulations (EU) 2019/881,
//! (EU) 2021/694 and (EU) 2023/1230` is three).

use std::sync::OnceLock;

/// A reference rule: its regex, the trigger groups it needs (`patterns`), its
/// reach around digits, and the regex of a further item of its list, if any.
pub struct ReferenceRule {
    pub re: String,
    pub needs: u32,
    pub reach: (usize, usize),
    pub item: Option<String>,
}

/// Council file codes (`POLGEN 116`, `ENV 558`): the prefixes of the Council's
/// filing scheme, one a line in `assets/lexicon/council-codes.txt`.
pub fn council_codes() -> &'static str {
    static CODES: OnceLock<String> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut codes: Vec<&str> = include_str!("../../assets/lexicon/council-codes.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // Longest first: `ENVER` before `ENV` in the alternation.
        codes.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        codes.iter().map(|c| regex::escape(c)).collect::<Vec<_>>().join("|")
    })
}

/// Whether `word` is one of the Council's filing codes (`ASILE`, `POLGEN`).
pub fn is_council_code(word: &str) -> bool {
    static CODES: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    CODES
        .get_or_init(|| {
            include_str!("../../assets/lexicon/council-codes.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
        .contains(word)
}

/// A resolution's or decision's number: `2231`, `47/19`, `ES-11/1`, `232 (1966)`, `192 (iii)`,
/// an Arab League summit's session, `243 (15)`, the OIC's committee after its session,
/// `1/44-POL`, and a General Assembly resolution's part, `46/36 H` (not `I`, a
/// sentence's next word as often).
const RESOLUTION_NUMBER: &str = r"(?:ES-)?\d{1,4}(?:/\d{1,4}(?:-[A-Z]{2,5}|\s[A-HJ-L](?-u:\b))?)?(?-u:\b)(?:\s?\((?:(?:19|20)\d{2}|\d{1,2}|(?:E?S-)?[IVXL]{1,6}|[ivxl]{1,6})\))?";

/// An EU act's number after its kind: `(EU) 2019/881`, `(EC) No 1049/2001`, `2014/65/EU`.
/// (`n` is `n°` whose sign extraction lost: `Regulation (EU) n 1052/2013`.)
const ACT_NUMBER: &str = r"(?:\((?:EU|EC|EEC|CFSP|JHA|Euratom|EU,\sEuratom)\)\s(?:(?:No\.?|n[°º]?|Nr\.?)\s)?\d{1,4}/\d{1,5}|(?:(?:No\.?|n[°º]?|Nr\.?)\s)?\d{2,4}/\d{1,5}/(?:EU|EC|EEC|CFSP|JHA))(?-u:\b)";

/// `resolutions 57 (I) of 11 December 1946, 417 (V) of 1 December 1950,
/// 31/170 of 21 December 1976`: a General Assembly list dates each item.
/// After a date only a session's symbol or a bracketed session is taken
/// (`of 20 July 2015, 10 members …` lists no resolution `10`).
const DATED_ITEM: &str = r"^\sof\s(?:0?[1-9]|[12]\d|3[01])\s[A-Z][a-z]{2,8}\s(?:19|20)\d{2}(?:,\s(?:and\s)?|\sand\s)((?:ES-)?\d{1,4}/\d{1,4}(?:\s[A-HJ-L](?-u:\b))?|\d{1,4}\s\((?:E?S-)?[IVXL]{1,6}\))";

/// What joins items of a list: `, `, ` and `, `, and `, ` or `.
const LIST_JOIN: &str = r"^(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)";

/// The trigger groups `patterns` defines: a rule runs only on a text with a
/// literal of its group (a slash, a bracket, `OJ`/`Journal`,
/// `resolution`/`decision`/`UNSCR`, `PR CO`, an archive's `AA`, `O.`, `Document`,
/// a line break: the header's).
pub struct Groups {
    pub slash: u32,
    pub paren: u32,
    pub oj: u32,
    pub resolution: u32,
    pub press: u32,
    pub archive: u32,
    pub header: u32,
    /// Any digit.
    pub digit: u32,
    /// A slash and a bracket, digits or none.
    pub roman_symbol: u32,
}

/// The rules, with the trigger groups `patterns` defines.
pub fn rules(g: &Groups) -> Vec<ReferenceRule> {
    let (slash, paren) = (g.slash, g.paren);
    let codes = council_codes();
    let rule = |re: String, needs: u32, reach: (usize, usize)| ReferenceRule {
        re,
        needs,
        reach,
        item: None,
    };
    vec![
        // 8318/24, ST 12804/20 ADD 1, 9639/4/18 REV 4, WK 1234/2026 ADD 1, CM 1234/26,
        // EUCO 19/1/17 REV 1 (a revision's serial after the European Council's;
        // a suffix on the next line is left to the header: no mention spans two),
        // 11651/99 (Presse 296): a serial of three digits or more (`3/3/21` is a date),
        // or fewer with its press series (`82/77 (Presse 8)`, January's).
        // The file codes printed after the number are references too, read as
        // a list (`9196/17 PTS A 37`, `9002/17 DEVGEN 86 ACP 40`, `EUCO 25/24
        // CO EUR 20`, `6493/10 CO EUR-PREP 3`), a marking between them skipped.
        ReferenceRule {
            re: r"(?-u:\b)(?:(?:(?:ST|CM|WK|SN|DS)\s)?\d{3,6}(?:/\d{1,2})?/\d{2}|(?:EUCO|CONV|CIG|CONF)\s\d{1,6}(?:/\d{1,2})?/\d{2}|(?:ST|CM|WK|SN|DS)\s\d{1,6}(?:/\d{1,2})?/(?:19|20)\d{2})(?-u:\b)(?:[\x20\t]+(?:ADD|REV|COR)\s\d{1,2})*(?:\s\(Presse\s\d{1,4}\))?|(?-u:\b)\d{1,2}/\d{2}\s\(Presse\s\d{1,4}\)".to_string(),
            needs: slash,
            reach: (8, 24),
            item: Some(r"^\s(?:(?:LIMITE|PUBLIC|[-–])\s)*((?:[A-Z]{2,8}/)?[A-Z]{2,8}(?:\s[A-Z]{1,4}(?:-[A-Z]{2,6})?)?\s\d{1,5})(?-u:\b)".to_string()),
        },
        // ST 5299 2021 (INIT), ST 14862 2022 REV 1: the Council register's
        // own form of a number, its year in full after a space.
        rule(
            r"(?-u:\b)(?:ST|CM|WK|SN)\s\d{3,6}\s(?:19|20)\d{2}(?:\s(?:ADD|REV|COR)\s\d{1,2})*(?-u:\b)".to_string(),
            g.digit,
            (8, 24),
        ),
        // CFSP/PESC 982 and other slash file codes
        rule(r"(?-u:\b)[A-Z]{3,8}/[A-Z]{3,8}\s\d{1,4}(?-u:\b)".to_string(), slash, (24, 8)),
        // POLGEN 116, ENV 558 (a run-on line `ENER 290 ENV 558` gives each), in a header
        rule(format!(r"(?-u:\b)(?:{codes})\s\d{{1,5}}(?-u:\b)"), g.header, (16, 8)),
        // ASILE 04/01 REV 1: a working party's room document, in its code's series
        rule(
            format!(r"(?-u:\b)(?:{codes})\s\d{{1,3}}/\d{{2}}(?:\s(?:ADD|REV|COR)\s\d{{1,2}})?(?-u:\b)"),
            slash,
            (16, 12),
        ),
        // PE 463.602/CPG, PE 350.878 (PE 151 .797 as OCR spaces it): the
        // European Parliament's document numbers; PE-7/CPG/PV/2011-14: its
        // bodies' minutes, by term, body, year and serial
        rule(
            r"(?-u:\b)PE\s\d{2,3}\s?\.\s?\d{3}(?:v\d{2}-\d{2})?(?:/[A-Za-z]{2,8})?(?-u:\b)|(?-u:\b)PE-[1-9]/[A-Z]{2,6}(?:/[A-Z]{2,6}){0,3}/(?:19|20)\d{2}-\d{1,3}(?-u:\b)".to_string(),
            g.digit,
            (8, 16),
        ),
        // C-39/05 P, T-123/04, C-280/11 P: cases before the EU's courts (P an appeal)
        rule(r"(?-u:\b)[CTF]-\d{1,4}/\d{2}(?:\sP(?-u:\b)|(?-u:\b))".to_string(), slash, (8, 8)),
        // PR CO 39, PRESSE 376, PR PCE 127 (Council and European Council press releases)
        rule(r"(?-u:\b)(?:PR\s(?:CO|PCE)|PRESSE)\s\d{1,4}(?-u:\b)".to_string(), g.press, (12, 4)),
        // 141215_4_en: the EEAS's unique id of a text, a date and a serial
        rule(r"(?-u:\b)\d{6}_\d{1,3}(?:_[a-z]{2})?(?-u:\b)".to_string(), g.digit, (0, 8)),
        // COM(2023) 123 final, SWD(2022) 12, JOIN(2020) 5, CM(2009)50 prov3, CM(2009)50finalE;
        // the Commission's agendas and minutes, SEC(2009)1568/2, OJ(2009)1895/3, PV(2009)1894;
        // the Council of Europe's resolutions and recommendations, CM/Res(2022)1, CM/Rec(2010)5,
        // and its deputies' decisions at a meeting held again, CM/Del/Dec(2022)1426bis/2.3
        rule(
            r"(?-u:\b)(?:COM|SWD|JOIN|SEC|C|CM|CM/Inf|CM/Del/Dec|CM/Res|CM/Rec|CM/Notes|EEAS|PACE|PV|OJ)\s?\((?:19|20)\d{2}\)\s?\d{1,5}(?:bis|ter|quater)?(?:/\d{1,2}[a-z]?(?:\.\d{1,2})?)?(?:\s?(?:final|prov|rev|add|corr)\d{0,2}[A-Z]?|\sfinal)?(?-u:\b)".to_string(),
            paren,
            (16, 16),
        ),
        // PR/CP (2006)150, M-NAC-1(98)61, C-M(2019)0012: NATO's series, a year in brackets
        rule(
            r"(?-u:\b)(?:PR/CP|PR/PS|PR|M-NAC-\d|M-DPC-\d|C-M|SG|PO)\s?\((?:19|20)?\d{2}\)\s?\d{1,4}(?-u:\b)".to_string(),
            paren,
            (16, 8),
        ),
        // PSC/PR/COMM.(DCCCLXI), PSC/PR/Comm(LXXXV), Assembly/AU/Dec.635(XXVIII),
        // PSC/PR/COMM/2.(CDXXXVI), CM/817(XXIX) (the OAU's Council of Ministers):
        // the African Union's symbols, a meeting or session in roman numerals;
        // a run of them as one (AHG/Res. 218-227 (XXIX), CM/Res.1147 – 1176 (XLVIII))
        rule(
            r"(?-u:\b)[A-Z][A-Za-z]{1,11}(?:(?:/[A-Z][A-Za-z]{0,7}){1,3}(?:[./]\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?|/\d{1,4})\.?\s?\([IVXLCDM]{1,10}\)".to_string(),
            g.roman_symbol,
            (0, 0),
        ),
        // PSC/PR/COMM.1017 (2021), PSC/PR/COMM. 1017 (2021), PSC/PR/COMM.1/1062
        // (2022): the Peace and Security Council's symbols since its 1000th
        // meeting, the meeting in figures and its year in brackets
        rule(
            r"(?-u:\b)PSC/(?:PR|MIN|AHG|HSG)/(?:COMM|Comm|BR|PS)\.?(?:\s?\d{1,2}/)?\s?\d{3,4}\s?\((?:19|20)\d{2}\)".to_string(),
            paren,
            (16, 8),
        ),
        // 2023/0123 (COD): an interinstitutional file
        rule(
            r"(?-u:\b)(?:19|20)\d{2}/\d{4}\s?\((?:COD|CNS|NLE|APP|INI|BUD|SYN|AVC|ACI|DEC|INL|RSP|REG|ACC|NLE)\)".to_string(),
            slash,
            (4, 12),
        ),
        // Regulation (EU) 2022/2554, Council Implementing Decision (CFSP) 2022/266,
        // Directive 2014/65/EU, Regulations (EU) 2019/881, (EU) 2021/694 and (EU) 2023/1230
        ReferenceRule {
            re: format!(
                r"(?-u:\b)(?:(?:Council|Commission)\s)?(?:(?:Implementing|Delegated|Framework)\s)?(?:Regulation|Directive|Decision|Recommendation|Joint\sAction|Common\sPosition)s?\s{ACT_NUMBER}"
            ),
            needs: slash,
            reach: (88, 16),
            item: Some(format!(r"{LIST_JOIN}({ACT_NUMBER})")),
        },
        // (EU) 2018/1724 standing alone
        rule(
            r"\((?:EU|EC|EEC|CFSP|JHA|Euratom)\)\s(?:(?:No\.?|n[°º]?|Nr\.?)\s)?\d{1,4}/\d{1,5}(?-u:\b)".to_string(),
            slash,
            (24, 4),
        ),
        // OJ L 119, 4.5.2016, p. 1; OJ C 202; Official Journal of the European Union no. L 268, p. 47;
        // EUR-Lex's `Official Journal C 304 , 06/10/1997 P. 0118`
        // `… of 17 May 1983OJ C161, 20.6.1983, p.58`: a footnote's citation glued to the text
        rule(
            r"(?:OJ|(?-u:\b)Official\sJournal(?:\sof\sthe\sEuropean\s(?:Union|Communities))?)(?:\s[Nn]o\.?)?\s[LC]\s?\d{1,4}(?:\s?[A-I](?-u:\b))?(?:(?:\s?,|\sof)\s\d{1,2}[./]\d{1,2}[./]\d{4})?(?:\s?,?\s(?:p|pp|P)\.\s?\d{1,5}(?:[-–]\d{1,5})?)?".to_string(),
            g.oj,
            (80, 32),
        ),
        // C 434/24, L 119/1, 2015/C 434/03: the Journal's series, issue and page
        // (its running head), or a notice's number in the Journal
        rule(
            r"(?-u:\b)(?:(?:19|20)\d{2}/)?[LC]\s\d{1,4}(?:\s?E)?/\d{1,4}(?-u:\b)".to_string(),
            slash,
            (12, 4),
        ),
        // A/RES/80/4, A/RES/ES-10/20, S/RES/2231 (2015), A/80/L.6, A/C.1/78/L.5,
        // E/CN.6/2021/L.1, S/2023/123, SC/8215, IP/95/167, PC.DEL/744/19, PC.JOUR/1233,
        // SG/SM/8249-HR/4603 (a UN press release filed in two series, one symbol),
        // OIC/SUMMIT-11/2008/FC/Final; the WHO's A56/DIV/9, EB152/1
        rule(
            r"(?-u:\b)[A-Z]{1,9}(?:\d{2,3}|\.[A-Z]{2,6})?(?:/[A-Z]{1,6}(?:[.-]\d{1,3})?){0,3}/(?:\d{1,5}|[A-Z]{2,4}\.\d{1,5})(?:/(?:\d{1,5}|[A-Z]{1,4}\.\d{1,4}|(?:Rev|Add|Corr)\.(?:\d{1,2}|[lI](?-u:\b))|[A-Z]{2,6}|Final))*(?:-[A-Z]{2,5}/\d{1,5}){0,3}(?-u:\b)(?:\s?\((?:19|20)\d{2}\))?".to_string(),
            slash,
            (48, 16),
        ),
        // GC(69)/RES/16, GC(67)/DEC/10, GOV(2023)/INF/4: the IAEA's and
        // other bodies' symbols, the session in brackets before the series;
        // MC(12).JOUR/2, the OSCE Ministerial Council's journal of a day
        rule(
            r"(?-u:\b)[A-Z]{1,5}\((?:19|20)?\d{2}\)[/.][A-Z]{2,5}/\d{1,5}(?-u:\b)".to_string(),
            slash,
            (12, 8),
        ),
        // AG/RES. 1603 (XXVIII-O/98), CP/RES. 1234 (2345/20), CP/DOC.3450/01:
        // the Organization of American States' resolutions and documents, a
        // committee's among them (CP/CSH/INF. 453/16), with their addenda and
        // revisions (AG/doc.5514/16 add. 1, CP/doc.5121/15 rev. 1)
        rule(
            r"(?-u:\b)(?:AG|CP|CIDI|CJI|CIM)(?:/[A-Z]{2,6}){0,2}/(?:RES|DEC|DOC|INF|doc|res|inf)\.\s?\d{1,5}(?:/\d{2})?(?:\s\([A-Z0-9/-]{1,20}\))?(?:\s(?:add|rev|corr|ADD|REV|CORR)\.\s?\d{1,2}(?-u:\b))?".to_string(),
            slash,
            (26, 28),
        ),
        // P9_TA(2022)0052, P9_TA-PROV(2022)0052: a text the European
        // Parliament adopted, by term, year and serial
        rule(r"(?-u:\b)P[1-9]_TA(?:-PROV)?\((?:19|20)\d{2}\)\d{4}(?-u:\b)".to_string(), paren, (12, 4)),
        // A3-0040/93, C3-0256/92, B9-0123/2020: the European Parliament's
        // session documents (reports, Council texts, motions) by term;
        // RC-B8-0444/2018: a joint motion for a resolution
        rule(r"(?-u:\b)(?:RC-)?[ABC][1-9]-\d{4}/(?:\d{2}|(?:19|20)\d{2})(?-u:\b)".to_string(), slash, (8, 8)),
        // PV 04/10/2018 - 7.9, CRE 17/05/2006 - 10: the European Parliament's
        // minutes and verbatim report of a sitting, by day and item
        rule(r"(?-u:\b)(?:PV|CRE)\s(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])/(?:19|20)\d{2}\s[-–]\s\d{1,3}(?:\.\d{1,3}){0,2}(?-u:\b)".to_string(), slash, (8, 12)),
        // E-007025/2011, P-008993/2011, O-000123/2020: questions by Members of
        // the European Parliament (written, priority, oral), by serial and year
        rule(r"(?-u:\b)[EPO]-\d{4,6}/(?:\d{2}|(?:19|20)\d{2})(?-u:\b)".to_string(), slash, (8, 8)),
        // 93/PR/XII/2004: a release's serial, its office, the month in roman
        // numerals and the year, as several foreign ministries number them
        rule(r"(?-u:\b)\d{1,4}/[A-Z]{2,6}/[IVX]{1,4}/(?:19|20)\d{2}(?-u:\b)".to_string(), slash, (0, 16)),
        // resolution 2401, resolutions 2231 and 2249 (2015), resolutions 47/19, 48/16 and 49/9,
        // Resolution No. 1/44-POL (the OIC's Council of Foreign Ministers),
        // UNSCR 1325, decision 76/563 (`UNSC resolution 2166` is cited as `resolution 2166`)
        ReferenceRule {
            re: format!(
                r"(?-u:\b)(?:[Rr]esolutions?|UNSCR)\s(?:No\.\s?)?{RESOLUTION_NUMBER}|(?:[Rr]ésolutions?|[Rr]esoluci[oó]n(?:es)?)\s{RESOLUTION_NUMBER}|(?-u:\b)[Dd]ecisions?\s(?:ES-)?\d{{1,4}}/\d{{1,4}}(?-u:\b)"
            ),
            needs: g.resolution,
            reach: (32, 16),
            item: Some(format!(r"{LIST_JOIN}({RESOLUTION_NUMBER})|{DATED_ITEM}")),
        },
        // 2145 (XXI), 232 (1966), 3202 (S-VI) (a special session's)
        rule(r"(?-u:\b)\d{3,4}\s\((?:(?:E?S-)?[IVXL]{2,6}|(?:19|20)\d{2})\)".to_string(), paren, (4, 16)),
        // Presidential Decree No. 3/2001, Law No. 123/2020, Republic Act No. 11313, RA 11313:
        // a state's acts by their numbers
        rule(
            r"(?-u:\b)(?:(?:Presidential|Royal|Executive|Legislative|Ministerial|Government)\s)?(?:Decree|Law|Act|Order|Ordinance|Proclamation)\s(?:[Nn]o\.?|[Nn]umber)\s?\d{1,5}(?:/\d{2,4})?(?-u:\b)|(?-u:\b)(?:Republic\sAct|RA|R\.A\.)\s(?:No\.\s?)?\d{3,5}(?-u:\b)".to_string(),
            g.digit,
            (32, 8),
        ),
        // Document 213, Cablegram CH284297, O.JA2754: archive series and cable numbers
        rule(
            r"(?-u:\b)(?:Document|Cablegram|Savingram|Despatch|Telegram|Dispatch)\s(?:No\.\s)?[A-Z]{0,3}\d{1,7}(?-u:\b)|(?-u:\b)O\.[A-Z]{1,3}\d{3,6}(?-u:\b)".to_string(),
            g.archive,
            (28, 4),
        ),
        // NAA: A1838, 919/12/13 part 1 (an archive's series and control symbol)
        rule(
            r"(?-u:\b)N?AA\s?:\s?[A-Z][A-Za-z]?\d{1,6}(?:/\d{1,4})?,\s\d{1,4}(?:/\d{1,4}){1,5}(?:,\s(?:part\s\d{1,3}|[ivxl]{1,6})(?-u:\b)|\spart\s\d{1,3})?".to_string(),
            g.archive,
            (16, 16),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::super::patterns::Patterns;

    fn references(text: &str) -> Vec<String> {
        let mut v: Vec<(usize, String)> = Patterns::new()
            .find(text)
            .into_iter()
            .filter(|h| h.kind == crate::document::EntityKind::Reference)
            .map(|h| (h.start, text[h.start..h.end].to_string()))
            .collect();
        v.sort();
        v.dedup();
        v.into_iter().map(|(_, s)| s).collect()
    }

    fn has_all(text: &str, want: &[&str]) {
        let got = references(text);
        for w in want {
            assert!(got.iter().any(|g| g == w), "{w} not in {got:?}");
        }
    }

    #[test]
    fn a_states_acts_by_their_numbers() {
        has_all(
            "under Presidential Decree no. 3/2001, Law No. 123/2020 and Republic Act No. 11313 (RA 11313).",
            &[
                "Presidential Decree no. 3/2001",
                "Law No. 123/2020",
                "Republic Act No. 11313",
                "RA 11313",
            ],
        );
        assert!(references("the Act was passed in 2001; no. 3 of the list").is_empty());
    }

    #[test]
    fn parliament_session_documents_intergovernmental_texts_and_ministry_releases() {
        has_all(
            "having regard to the report (A3-0040/93) and the Council text (C3-0256/92), motion B9-0123/2020, documents CIG 81/04 and CIG 85/04, Press Release No. 93/PR/XII/2004, and CM/Res. 207 (XIV); questions E-007025/2011 and P-008993/2011.",
            &[
                "E-007025/2011",
                "P-008993/2011",
                "A3-0040/93",
                "C3-0256/92",
                "B9-0123/2020",
                "CIG 81/04",
                "CIG 85/04",
                "93/PR/XII/2004",
                "CM/Res. 207 (XIV)",
            ],
        );
        has_all(
            "Textes déposés : RC-B8-0444/2018 Débats : PV 04/10/2018 - 7.9 CRE 17/05/2006 - 10",
            &["RC-B8-0444/2018", "PV 04/10/2018 - 7.9", "CRE 17/05/2006 - 10"],
        );
    }

    #[test]
    fn council_numbers_in_every_series() {
        has_all(
            "See ST 8318/24, doc. 8319/24, 8318/1/24 REV 1, WK 1234/2026 ADD 1, CM 1234/26, 11651/99 (Presse 296), 82/77 (Presse 8) and No. prev. doc.: 1234/26.",
            &[
                "ST 8318/24",
                "8319/24",
                "8318/1/24 REV 1",
                "WK 1234/2026 ADD 1",
                "CM 1234/26",
                "11651/99 (Presse 296)",
                "82/77 (Presse 8)",
                "1234/26",
            ],
        );
        assert!(
            references("on 3/3/21 and 12/03/2021, 2021/2022").is_empty(),
            "{:?}",
            references("on 3/3/21")
        );
    }

    #[test]
    fn codes_after_a_number_press_series_and_other_ids() {
        has_all(
            "Adoption of the agenda 9194/17 OJ CONS 27 RELEX 405 The Council adopted it. Item 4: 9002/17 DEVGEN 86 ACP 40 + COR 1. EUCO 25/24 CO EUR 20 CONCL 5. PRESSE 376 PR PCE 127. UNIQUE ID: 141215_4_en. Riga, PR/CP (2006)150 and M-NAC-1(98)61.",
            &[
                "9194/17",
                "OJ CONS 27",
                "RELEX 405",
                "DEVGEN 86",
                "ACP 40",
                "EUCO 25/24",
                "CO EUR 20",
                "CONCL 5",
                "PRESSE 376",
                "PR PCE 127",
                "141215_4_en",
                "PR/CP (2006)150",
                "M-NAC-1(98)61",
            ],
        );
        has_all(
            "Recalling communique [PSC/PR/Comm(LXXXV)] and decision Assembly/AU/Dec.635(XXVIII), the Council, PSC/PR/COMM.(DCCCLXI), PSC/PR/COMM/2.(CDXXXVI), the Convention [(CM/817(XXIX)],",
            &[
                "PSC/PR/COMM/2.(CDXXXVI)",
                "PSC/PR/Comm(LXXXV)",
                "Assembly/AU/Dec.635(XXVIII)",
                "CM/817(XXIX)",
                "PSC/PR/COMM.(DCCCLXI)",
            ],
        );
        has_all(
            "Recalling communiqués [PSC/PR/COMM. 1017 (2021)] and PSC/PR/COMM.1/1062 (2022) adopted at its meetings,",
            &["PSC/PR/COMM. 1017 (2021)", "PSC/PR/COMM.1/1062 (2022)"],
        );
        has_all(
            "PV CPG 05.05.2011 PE 463.602/CPG EN PE-7/CPG/PV/2011-14 CONFERENCE OF PRESIDENTS, and PE 350.878 and PE 151 .797.",
            &["PE 463.602/CPG", "PE-7/CPG/PV/2011-14", "PE 350.878", "PE 151 .797"],
        );
        has_all(
            "The Assembly adopted AHG/DECL. 1-3 (XXIX), AHG/Res. 218-227 (XXIX) and the Council CM/Res.1147 – 1176 (XLVIII).",
            &[
                "AHG/DECL. 1-3 (XXIX)",
                "AHG/Res. 218-227 (XXIX)",
                "CM/Res.1147 – 1176 (XLVIII)",
            ],
        );
        // Words in capitals after a number that are not codes end the list.
        assert_eq!(references("See 8318/24 THE COUNCIL 3"), ["8318/24"]);
        // A page footer's initials and page name no file.
        let footer = references("ended here.\n9024/19 OZ 1 RELEX 2 B EN\nANNEX");
        assert!(
            footer.contains(&"9024/19".to_string()) && !footer.contains(&"OZ 1".to_string()),
            "{footer:?}"
        );
    }

    #[test]
    fn file_codes_on_a_run_on_line_and_commission_numbers() {
        has_all(
            "14956/08\nPOLGEN 123 ENER 290 ENV 558 ENT 10 MI 30 SAN 12\nCFSP/PESC 982 COM(2023) 123 final SWD(2022) 12 JOIN(2020) 5 CM(2009)50 prov3 PR CO 39 EEAS(2018) 835 CM/Del/Dec(2019)129/2a CM/Res(2022)1 CM/Del/Dec(2022)1426bis/2.3",
            &[
                "CM/Res(2022)1",
                "CM/Del/Dec(2022)1426bis/2.3",
                "POLGEN 123",
                "ENER 290",
                "ENV 558",
                "ENT 10",
                "MI 30",
                "SAN 12",
                "CFSP/PESC 982",
                "COM(2023) 123 final",
                "SWD(2022) 12",
                "JOIN(2020) 5",
                "CM(2009)50 prov3",
                "PR CO 39",
                "EEAS(2018) 835",
                "CM/Del/Dec(2019)129/2a",
            ],
        );
    }

    #[test]
    fn every_act_of_a_list_and_official_journal_citations() {
        has_all(
            "Regulations (EU) 2019/881, (EU) 2021/694 and (EU) 2023/1230 apply, as do Directive 2014/65/EU and Decision 2018/1611/CFSP (OJ L 119, 4.5.2016, p. 1; OJ C 202) and the file 2023/0123 (COD), see Official Journal of the European Union no. L 268, p. 47.",
            &[
                "Regulations (EU) 2019/881",
                "(EU) 2021/694",
                "(EU) 2023/1230",
                "Directive 2014/65/EU",
                "Decision 2018/1611/CFSP",
                "OJ L 119, 4.5.2016, p. 1",
                "OJ C 202",
                "2023/0123 (COD)",
                "Official Journal of the European Union no. L 268, p. 47",
            ],
        );
        has_all(
            "its resolution of 17 May 1983OJ C161, 20.6.1983, p.58,",
            &["OJ C161, 20.6.1983, p.58"],
        );
        has_all(
            "Official Journal C 304 , 06/10/1997 P. 0118 and the agenda OJ(2009)1895/3; SEC(2009)1568/2; PV(2009)1894",
            &[
                "Official Journal C 304 , 06/10/1997 P. 0118",
                "OJ(2009)1895/3",
                "SEC(2009)1568/2",
                "PV(2009)1894",
            ],
        );
        has_all(
            "23.12.2015 EN Official Journal of the European Union C 434/24 (2015/C 434/03)",
            &["C 434/24", "2015/C 434/03"],
        );
    }

    #[test]
    fn acts_whose_number_sign_was_lost_and_resolutions_in_french_and_spanish() {
        has_all(
            "repealing Council Joint Action n 98/700/JHA, Regulation (EU) n 1052/2013 and Regulation (EU) n° 2016/1624; la résolution 1540 (2004) et la resolución 2231 (2015).",
            &[
                "Council Joint Action n 98/700/JHA",
                "Regulation (EU) n 1052/2013",
                "Regulation (EU) n° 2016/1624",
                "résolution 1540 (2004)",
                "resolución 2231 (2015)",
            ],
        );
    }

    #[test]
    fn un_symbols_and_resolutions_in_every_form() {
        has_all(
            "OIC/SUMMIT-11/2008/FC/Final, SG/SM/8249-HR/4603, A56/DIV/9, A/RES/ES-10/20, S/RES/2231 (2015), S/RES/2606(2021), A/78/L.5, A/C.1/78/L.5, SC/8215, PC.DEL/744/19, PC.JOUR/1233, UNSCR 1325, decision 76/563 and resolutions 2231 and 2249 (2015); resolutions 47/19, 48/16 and 49/9; resolution 192 (iii); resolutions 3201 (S-VI) and 3202 (S-VI); Summit resolution 243 (15); Resolution No. 1/44-POL on Palestine.",
            &[
                "OIC/SUMMIT-11/2008/FC/Final",
                "SG/SM/8249-HR/4603",
                "A56/DIV/9",
                "A/RES/ES-10/20",
                "S/RES/2231 (2015)",
                "S/RES/2606(2021)",
                "A/78/L.5",
                "A/C.1/78/L.5",
                "SC/8215",
                "PC.DEL/744/19",
                "PC.JOUR/1233",
                "UNSCR 1325",
                "decision 76/563",
                "resolutions 2231",
                "2249 (2015)",
                "resolutions 47/19",
                "48/16",
                "49/9",
                "resolution 192 (iii)",
                "resolutions 3201 (S-VI)",
                "3202 (S-VI)",
                "resolution 243 (15)",
                "Resolution No. 1/44-POL",
            ],
        );
    }

    #[test]
    fn a_general_assembly_resolutions_part_is_its_own() {
        has_all(
            "with particular reference to resolution 46/36 H of 6 December 1991 and resolutions 46/38 A and 47/54 B, as in resolution 46/37 I welcome",
            &[
                "resolution 46/36 H",
                "resolutions 46/38 A",
                "47/54 B",
                "resolution 46/37",
            ],
        );
    }

    #[test]
    fn a_list_that_dates_each_resolution_keeps_every_item() {
        has_all(
            "Recalling its resolutions 57 (I) of 11 December 1946, 417 (V) of 1 December 1950, 31/170 of 21 December 1976 and 34/104 of 14 December 1979, and Council resolutions 1084 (XXXIX) of 30 July 1965, 1763 (LIV) of 18 May 1973 and 1986/7 of 21 May 1986,",
            &[
                "resolutions 57 (I)",
                "417 (V)",
                "31/170",
                "34/104",
                "resolutions 1084 (XXXIX)",
                "1763 (LIV)",
                "1986/7",
            ],
        );
        // After a date, a bare count is no resolution.
        let found = references("as resolution 2231 of 20 July 2015, 10 members said");
        assert!(!found.iter().any(|r| r == "10"), "{found:?}");
    }

    #[test]
    fn symbols_with_a_bracketed_session_and_the_oass() {
        has_all(
            "Recalling GC(69)/RES/16 and GC(67)/DEC/10 (MC(12).JOUR/2), resolutions AG/RES. 1603 (XXVIII-O/98) and AG/RES. 1737 (XXX-O/00), and document CP/doc.3450/01,",
            &[
                "GC(69)/RES/16",
                "GC(67)/DEC/10",
                "MC(12).JOUR/2",
                "AG/RES. 1603 (XXVIII-O/98)",
                "AG/RES. 1737 (XXX-O/00)",
                "CP/doc.3450/01",
            ],
        );
    }

    #[test]
    fn the_oas_committee_documents_with_their_addenda_and_parliaments_adopted_texts() {
        has_all(
            "Having seen the Annual Report (AG/doc.5514/16 add. 1), the list (CP/CSH/INF. 453/16) and CP/doc.5121/15 rev. 1; the European Parliament's P9_TA(2022)0052 and P9_TA-PROV(2023)0104.",
            &[
                "AG/doc.5514/16 add. 1",
                "CP/CSH/INF. 453/16",
                "CP/doc.5121/15 rev. 1",
                "P9_TA(2022)0052",
                "P9_TA-PROV(2023)0104",
            ],
        );
    }

    #[test]
    fn archive_citations_and_cable_numbers() {
        has_all(
            "NAA: A1838, 919/12/13 part 1; Document 213; Cablegram CH284297; O.JA2754",
            &[
                "NAA: A1838, 919/12/13 part 1",
                "Document 213",
                "Cablegram CH284297",
                "O.JA2754",
            ],
        );
    }
}
