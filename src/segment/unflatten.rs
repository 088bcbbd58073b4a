//! A letterhead flattened onto one line, as document-sharing sites and some
//! PDF extractions give it: `1 Council of the European Union Brussels, 28
//! April 2017 (OR. en) 8459/17 TELECOM 87 NOTE From: … Subject: … 1. Following
//! …`, or a UN masthead `United Nations S/RES/2253 (2015) Security Council
//! Distr.: General 17 December 2015 15-22456 (E) … Resolution 2253 (2015)
//! Adopted by …`. The line is broken where the printed header had its lines,
//! so the header reader sees the letterhead it knows.

use std::sync::LazyLock;

use regex::Regex;

use super::council::SUBJECT_KEYS;
use super::lines::floor_char_boundary;

/// Only the opening of a document holds a letterhead.
const REACH: usize = 8_000;

/// The Council's name as its letterheads print it in the EU's official
/// languages (Irish and Maltese copies are rare enough to leave out), English
/// first; each is also looked for in capitals (`RÅDET FOR DEN EUROPÆISKE UNION`).
const COUNCIL_NAMES: &[&str] = &[
    "Council of the European Union",
    "Europeiska unionens råd",
    "Rat der Europäischen Union",
    "Conseil de l'Union européenne",
    "Consejo de la Unión Europea",
    "Consiglio dell'Unione europea",
    "Consiglio dell'unione europea",
    "Raad van de Europese Unie",
    "Rådet for Den Europæiske Union",
    "Euroopan unionin neuvosto",
    "Rada Unii Europejskiej",
    "Rada Evropské unie",
    "Rada Európskej únie",
    "Conselho da União Europeia",
    "Consiliul Uniunii Europene",
    "Az Európai Unió Tanácsa",
    "Svet Evropske unije",
    "Vijeće Europske unije",
    "Euroopa Liidu Nõukogu",
    "Eiropas Savienības Padome",
    "Europos Sąjungos Taryba",
    "Συμβούλιο της Ευρωπαϊκής Ένωσης",
    "Съвет на Европейския съюз",
];

/// The English capitals as a font that drops its capital N prints them (the
/// Council's PDFs of 2008 to 2014 that some sites extract: `COUCIL OF THE
/// EUROPEA UIO`, `OTE`, `PROVISIO AL VERSIO`).
const WITHOUT_N: &str = "COUCIL OF THE EUROPEA UIO";

/// The first words of an Intergovernmental Conference's letterhead.
const IGC_MARK: &str = "CONFERENCE OF THE REPRESENTATIVES";

/// Every name above, as printed and in capitals: the English pair first.
/// Greek capitals drop the tonos (`ΣΥΜΒΟΥΛΙΟ ΤΗΣ ΕΥΡΩΠΑΪΚΗΣ ΕΝΩΣΗΣ`).
static COUNCIL_MARKS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut marks: Vec<String> = Vec::with_capacity(COUNCIL_NAMES.len() * 2);
    for name in COUNCIL_NAMES {
        marks.push((*name).to_string());
        marks.push(name.to_uppercase().chars().map(without_tonos).collect());
    }
    marks
});

/// A Greek capital without its accent, as capitals are printed.
fn without_tonos(c: char) -> char {
    match c {
        'Ά' => 'Α',
        'Έ' => 'Ε',
        'Ή' => 'Η',
        'Ί' => 'Ι',
        'Ό' => 'Ο',
        'Ύ' => 'Υ',
        'Ώ' => 'Ω',
        _ => c,
    }
}

/// The first of the Subject's labels but the English one that a colon
/// follows (`Dotyczy:`, `Objet :`) in `head`. Only the words before the
/// opening's colons are asked, found by memchr: an automaton of the labels
/// read all 8 kB of every document, which few hold a colon in.
fn foreign_subject_key(head: &str) -> Option<&'static str> {
    memchr::memchr_iter(b':', head.as_bytes()).find_map(|colon| {
        let before = head[..colon].strip_suffix(' ').unwrap_or(&head[..colon]);
        SUBJECT_KEYS[1..].iter().copied().find(|k| {
            before.ends_with(k)
                && before[..before.len() - k.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Where the Council's letterheads are dated, in its languages (`Bruksela, 1
/// grudnia 2016 r.`).
const SEATS: &str = "Brussels|Luxembourg|Bruxelles|Bryssel|Brüssel|Bruselas|Bruxelas|Brussel|Bruksela|Brusel|Bruselj|Brüsszel|Briuselis|Briselē|Βρυξέλλες|Брюксел";

/// Where a Council letterhead's lines began: each match starts a line.
static COUNCIL_BREAKS: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = COUNCIL_MARKS.iter().map(|m| regex::escape(m)).collect();
    let subjects: Vec<String> = SUBJECT_KEYS.iter().map(|k| regex::escape(k)).collect();
    let re = [
        format!("(?:{}|{WITHOUT_N}|{IGC_MARK}|General Secretariat of the Council)", names.join("|")),
        format!(r"(?:{SEATS})(?:,| den| le|, den|, le) \d"),
        r"\(OR\. [a-z]".to_string(),
        "Interinstitutional File:".to_string(),
        r"(?:\b(?:ST|CM|WK|SN|DS|CONV|CIG|CONF) )?\b\d{3,6}(?:/\d{1,2})? ?/ ?(?:\d{4}|\d{2})\b(?: (?:REV|ADD|COR|DCL|EXT|AMD) \d{1,2}| INIT)*(?: [A-Z]{2,12} \d{1,5})*".to_string(),
        // The European Council's short numbers (`EUCO 7/21 CO EUR 4 CONCL 4`).
        r"\bEUCO \d{1,4}/\d{2}\b(?: (?:REV|ADD|COR) \d{1,2})*(?: [A-Z]{2,12} \d{1,5})*".to_string(),
        // (`'I/A'` opens with a quote, where `\b` finds no word's start.)
        r#"'I/A' ITEM NOTE\b|"I/A" ITEM NOTE\b|“I/A” ITEM NOTE\b|\b(?:I/A ITEM NOTE|COVER NOTE|PRESIDENCY NOTE|NOTE|NOTA|OUTCOME OF PROCEEDINGS|SUMMARY RECORD|LIMITE|PUBLIC)\b"#.to_string(),
        // A cover note's kind in the Council's other languages.
        r"\b(?:FØLGESKRIVELSE|ÜBERMITTLUNGSVERMERK|FÖLJENOT|NOTE DE TRANSMISSION|NOTA DE TRANSMISIÓN|NOTA DI TRASMISSIONE|BEGELEIDENDE NOTA)\b".to_string(),
        // A note's kind in the Council's other languages (`9666/19 VERMERK`).
        r"\b(?:VERMERK|NOTITIE|NOTAT|MUISTIO|PROMEMORIA|NOTATKA|POZNÁMKA|FELJEGYZÉS|NOTĂ|MÄRKUS|PIEZĪME|PASTABA|OPOMBA|BILJEŠKA|ЗАБЕЛЕЖКА|ΔΙΑΒΙΒΑΣΤΙΚΟ ΣΗΜΕΙΩΜΑ|ΣΗΜΕΙΩΜΑ)\b".to_string(),
        r"\b(?:From|To|No\. prev\. doc\.|No\. Cion doc\.) ?:".to_string(),
        format!("(?:{}) ?:", subjects.join("|")),
        // `To:`'s usual value, run on after `From:`'s (`General Secretariat of the Council Delegations`).
        r"\bDelegations\b".to_string(),
        // From, To and No. prev. doc. in the Council's other languages.
        r"\b(?:Origine|Destinatario|n\. doc\. prec\.|Destinataire|N° doc\. préc\.|Od|Do|Komu|Nr poprz\. dok\.|Nr dok\. Kom\.|N° doc\. Cion|Nr\. Komm\.dok\.|Nr\. Vordok\.|n\. doc\. Comm\.|Nr\. Comdoc\.|N\.° doc\. Ción|N\.° doc\. Com\.|Para|[Vv]an|[Aa]an|Feladó|Címzett|Expeditor|Destinatar|Saatja|Saaja|Lähettäjä|Vastaanottaja|Från|Till|[Ττ]ης|[Ππ]ρος|[Αα]ριθ\. προηγ\. εγγρ\.) ?:".to_string(),
        r"\bNOTA PUNTO ".to_string(),
        // From and To in Danish and German (`fra: formandskabet til: delegationerne`).
        r"\b(?:[Ff]ra|[Tt]il|Absender|Empfänger) ?:".to_string(),
        // The body's first numbered paragraph or roman-numbered heading.
        r"\b(?:1|I)\. +[A-Z]".to_string(),
        // The cover sentence that opens an unnumbered body.
        r"\b(?:Delegations will find|Following the|Further to the|With a view to|In view of|Building (?:up)?on the|In accordance with|On the basis of|In the light of|As a follow-up to) ".to_string(),
        "(?:För delegationerna|Les délégations|Die Delegationen|Las delegaciones|Delegationerne|Hermed følger|Delegacje otrzymują|W załączeniu) ".to_string(),
    ]
    .join("|");
    Regex::new(&re).expect("the Council letterhead breaks are a valid regex")
});

/// Where a UN masthead's lines began.
static UN_BREAKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:Security Council|General Assembly|Economic and Social Council)\b",
        r"|\b[A-Z]{1,2}/(?:RES/|PRST/)?[A-Z0-9./-]*\d[A-Z0-9./-]*(?: \((?:19|20)\d{2}\))?",
        r"|Distr\.:? (?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)",
        r"|\bORIGINAL: [A-Z]+",
        r"|\b(?:LETTER DATED|Letter dated|NOTE BY THE|Note by the) ",
        // A letter's first words, after its title in capitals.
        r"|\b(?:I have the honour|Pursuant to|On behalf of|Upon instructions|On instructions) ",
        r"|\b\d{2}-\d{5} \([A-Z]\)",
        r"|\b(?:Resolution|Statement by the President) ",
        r"|\bAdopted by ",
        // A verbatim record's session, meeting and date (`Fifty-fifth session 27th plenary meeting Thursday, …`).
        r"|\b[A-Z][a-z]+(?:-[a-z]+)? session\b",
        r"|\b\d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting\b",
        r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d",
        r"|\bOfficial Records\b",
        r"|The (?:Security Council|General Assembly|Human Rights Council|Economic and Social Council) ?,",
        // A resolution's number before its title (`51/23. Human rights and transitional justice`).
        r"|\b\d{1,3}/\d{1,4}\. [A-Z]",
    ))
    .expect("the UN masthead breaks are a valid regex")
});

/// The text with a flattened letterhead broken into lines, or `None` when
/// the opening has none (most documents: two substring searches decide).
pub fn unflatten(text: &str) -> Option<String> {
    let head = &text[..floor_char_boundary(text, REACH)];
    let has = |s: &str| memchr::memmem::find(head.as_bytes(), s.as_bytes()).is_some();
    // Every check below reads 8 kB, so each runs only where its field label is.
    let council = if has("Subject") {
        flattened_line(head, &COUNCIL_MARKS[..2], &["Subject:", "Subject :"])
            // A letterhead cut above its name (`Brussels, 23 September 2020 WK 9998/2020 INIT …`).
            .or_else(|| {
                flattened_line(head, &["Brussels, "], &["Subject:"]).filter(|&at| head[at..].starts_with("Brussels, "))
            })
            // The European Council's own letterhead (`European Council Brussels,
            // 25 June 2021 (OR. en) EUCO 7/21 … NOTE From: …`).
            .or_else(|| flattened_line(head, &["European Council Brussels, "], &["Subject:", "Subject :"]))
            .or_else(|| flattened_line(head, &[WITHOUT_N], &["Subject:", "Subject :"]))
            // An Intergovernmental Conference's letterhead (`CONFERENCE OF THE
            // REPRESENTATIVES OF THE GOVERNMENTS OF THE MEMBER STATES`, its
            // words interleaved with the date's column), numbered `CONF`/`CIG`.
            .or_else(|| flattened_line(head, &[IGC_MARK], &["Subject:", "Subject :"]))
    } else {
        // The Subject's label in any of the Council's languages.
        foreign_subject_key(head).and_then(|k| flattened_line(head, &COUNCIL_MARKS[2..], &[k]))
    }
    // A note with no Subject (a Coreper summary record): the letterhead's
    // original language after the Council's name.
    .or_else(|| {
        has("(OR. ")
            .then(|| flattened_line(head, &COUNCIL_MARKS[..2], &["(OR. "]))
            .flatten()
    });
    let (at, breaks) = if let Some(at) = council {
        (at, &*COUNCIL_BREAKS)
    } else {
        // A verbatim record's masthead holds `Official Records` where others hold `Distr.:`.
        let Some(at) = flattened_line(
            head,
            &["United Nations ", "UNITED NATIONS "],
            &["Distr.:", "Distr. ", "Official Records"],
        ) else {
            // A press office's letterhead has neither a Subject nor `Distr.`.
            return super::press_flat::unflatten_press(text);
        };
        (at, &*UN_BREAKS)
    };
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    // A space becomes a line break: every byte stays where it was, so page
    // and footnote offsets taken before still hold.
    let mut bytes = text.as_bytes().to_vec();
    for m in breaks.find_iter(&text[at..line_end]) {
        let p = at + m.start();
        // `Adopted by the Security Council at its 7587th meeting`: the
        // meeting of an adoption line, not a record's masthead.
        if is_act_number(&text[at..p], &text[at + m.end()..line_end])
            || names_earlier_document(&text[at..p])
            || text[at..p].ends_with("at its ")
            || text[at..p].ends_with("by the ")
            // `conclusions of the Council of the European Union on …`: the
            // Council named inside a Subject starts no letterhead line.
            || text[at..p].ends_with("of the ")
        {
            continue;
        }
        if p > at && bytes[p - 1] == b' ' {
            bytes[p - 1] = b'\n';
        }
    }
    break_stacked_values(&text[at..line_end], at, &mut bytes);
    let out = String::from_utf8(bytes).ok()?;
    Some(out)
}

/// Whether the text before a break ends with the label of an earlier or
/// the Commission's document (`No. prev. doc.: `, `Nr. Komm.dok.: `): its
/// number stays on the label's line, never read as the note's own.
fn names_earlier_document(before: &str) -> bool {
    const LABEL_ENDS: &[&str] = &[
        "doc.: ",
        "doc.:",
        "dok.: ",
        "dok.:",
        "Vordok.: ",
        "Komm.dok.: ",
        "prec.: ",
        "préc.: ",
        "Cion: ",
        "Ción: ",
        "Comm.: ",
        "Com.: ",
        "Kom.: ",
        "Comdoc.: ",
        "εγγρ.: ",
        "εγγρ.:",
    ];
    LABEL_ENDS.iter().any(|e| before.ends_with(e))
}

/// The From and To values a Council note prints, as one regex anchored at
/// the value's start (`Presidency`, `Permanent Representatives
/// Committee/Council`, `General Secretariat of the Council`), in English and
/// in the languages the Council's notes are most often kept in (`het
/// secretariaat-generaal van de Raad`, `le Comité des représentants
/// permanents/le Conseil`, `Generalsekretariat des Rates`).
static STACKED_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:The )?Presidency|General Secretariat(?: of the Council)?|(?:European )?Commission",
        r"|(?:Permanent Representatives Committee|Coreper|COREPER)(?: \(Part [12]\))?(?:/Council)?",
        r"|Council|Delegations|[A-Z][a-z]+ delegation",
        // Dutch, French, German, Spanish, Italian: the article, then the body.
        r"|(?:(?:het|de|la|le|les|der|die|el|los|las|il|i) )?(?:",
        r"[Ss]ecretariaat-[Gg]eneraal van de Raad|[Vv]oorzitterschap|[Dd]elegaties|Commissie",
        r"|Comité van permanente vertegenwoordigers(?:/de Raad)?|Raad",
        r"|[Ss]ecrétariat général du Conseil|[Pp]résidence|[Dd]élégations",
        r"|Comité des représentants permanents(?:/(?:le )?Conseil)?|Conseil",
        r"|Generalsekretariat des Rates|Vorsitz|Delegationen|Ausschuss der Ständigen Vertreter(?:/(?:der )?Rat)?|Rat",
        r"|Secretaría General del Consejo|Presidencia|[Dd]elegaciones|Comité de Representantes Permanentes(?:/(?:el )?Consejo)?|Consejo",
        r"|Segretariato generale del Consiglio|Presidenza|[Dd]elegazioni|Comitato dei rappresentanti permanenti(?:/(?:il )?Consiglio)?|Consiglio",
        r"))\b",
    ))
    .expect("the stacked values are a valid regex")
});

/// `From: To: Subject:` printed one under the other, as a flattened line
/// keeps them, in English and the Council's other languages (`van: aan:
/// Betreft:`, `Origine: Destinataire: Objet:`, `Absender: Empfänger: Betr.:`).
static STACKED_LABELS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:From|[Vv]an|Origine|Absender|De|[Ff]ra|Från) ?: ",
        r"(?:To|[Aa]an|Destinataire|Destinatario|Empfänger|A|[Tt]il|Till) ?: ",
        r"(?:Subject|Betreft|Objet|Oggetto|Betr\.|Betrifft|Asunto|Vedr\.|Ärende) ?: ",
    ))
    .expect("the stacked labels are a valid regex")
});

/// `NOTE From: To: Subject: Presidency Permanent Representatives
/// Committee/Council Proposal for …`: the labels printed one under the other,
/// then their values. Each value known as a sender's or recipient's goes on
/// a line of its own after the Subject's label, so the header reader meets
/// the labels and values it meets in a PDF's columns.
fn break_stacked_values(line: &str, at: usize, bytes: &mut [u8]) {
    let Some(labels) = STACKED_LABELS.find(line).map(|m| m.end()) else {
        return;
    };
    let mut p = labels;
    bytes[at + p - 1] = b'\n';
    for _ in 0..2 {
        let Some(m) = STACKED_VALUE.find(&line[p..]) else {
            return;
        };
        p += m.end();
        if line.as_bytes().get(p) != Some(&b' ') {
            return;
        }
        bytes[at + p] = b'\n';
        p += 1;
    }
}

/// `Directive 2006/66/EC`, `Regulation (EU) No 2019/1020`: an act's number
/// inside the Subject is no document number starting a line.
fn is_act_number(before: &str, after: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    after.starts_with('/')
        || matches!(
            word,
            "Directive"
                | "Regulation"
                | "Decision"
                | "No"
                | "No."
                | "(EU)"
                | "(EC)"
                | "(EEC)"
                | "(CFSP)"
                // `n°` with its sign lost in extraction (`Regulation (EU) n 1052/2013`), and `Nr`.
                | "n"
                | "n°"
                | "nº"
                | "Nr"
                | "Nr."
        )
}

/// The start of a long line in `head` that holds one of `marks` and, after
/// it, `then`: a letterhead's fields on one line.
fn flattened_line(head: &str, marks: &[impl AsRef<str>], then: &[&str]) -> Option<usize> {
    // memchr's searcher: most documents hold no mark, and 8 kB is read for each.
    // Every occurrence is tried: a document-sharing site prints the
    // letterhead's first words as a short title line above the page's text.
    marks.iter().map(AsRef::as_ref).find_map(|mark: &str| {
        memchr::memmem::find_iter(head.as_bytes(), mark.as_bytes()).find_map(|mark_at| {
            let start = head[..mark_at].rfind('\n').map_or(0, |i| i + 1);
            let end = head[mark_at..].find('\n').map_or(head.len(), |i| mark_at + i);
            let line = &head[start..end];
            let after = &line[mark_at - start + mark.len()..];
            (line.len() > 200 && then.iter().any(|t| after.contains(t))).then_some(start)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::unflatten;

    #[test]
    fn an_intergovernmental_conferences_letterhead_on_one_line_is_broken_into_its_lines() {
        let flat = "Transcription\n\n1 CONFERENCE OF THE REPRESENTATIVES Brussels, 29 March 1996 OF THE GOVERNMENTS (OR. f) OF THE MEMBER STATES CONF 3835/96 PRESIDENCY NOTE Subject: Organization of work at the Intergovernmental Conference Working on the basis of the Madrid conclusions, the Presidency is proposing to organize the Conference along the lines set out in the Annex.\n";
        assert!(unflatten(flat).is_some());
        let seg = crate::segment::segment(flat);
        assert_eq!(seg.meta.number.as_deref(), Some("CONF 3835/96"));
        assert_eq!(seg.meta.date.as_deref(), Some("1996-03-29"));
    }

    #[test]
    fn a_council_letterhead_on_one_line_is_broken_into_its_lines() {
        let flat = "Transcription\n\n1 Council of the European Union Brussels, 28 April 2017 (OR. en) Interinstitutional File: 2016/0287 (COD) 8459/17 TELECOM 87 FC 32 CODEC 640 NOTE From: To: Presidency Delegations No. Cion doc.: 12259/16 TELECOM 170 Subject: Proposal for a regulation on Internet connectivity in local communities - Analysis of EP position 1. Following the vote, delegations will find the text.\n";
        let sv = "1 Europeiska unionens råd Bryssel den 7 september 2017 (OR. en) 11432/07 DCL 1 RECH 203 NZ 8 Ärende: Rekommendation från kommissionen till rådet om ett avtal med Nya Zeelands regering För delegationerna bifogas ovannämnda dokument för vilket säkerhetsskyddsklassificeringen tagits bort.\n";
        let out = unflatten(sv).expect("a flattened Swedish letterhead");
        assert!(out.lines().any(|l| l == "Bryssel den 7 september 2017"), "{out}");
        assert!(
            out.lines()
                .any(|l| l
                    == "Ärende: Rekommendation från kommissionen till rådet om ett avtal med Nya Zeelands regering"),
            "{out}"
        );
        let wk = "Brussels, 23 September 2020 WK 9998/2020 INIT LIMITE JAI WORKING DOCUMENT From: General Secretariat of the Council To: Strategic Committee on Immigration, Frontiers and Asylum Subject: Strategic Committee on Immigration, Frontiers and Asylum - presentations Delegations will find enclosed the presentations given during the videoconference.\n";
        let out = unflatten(wk).expect("a letterhead cut above its name");
        assert!(out.lines().any(|l| l.starts_with("WK 9998/2020 INIT")), "{out}");
        let pv = "United Nations A/55/PV.27 General Assembly Fifty-fifth session 27th plenary meeting Thursday, 21 September 2000, 3 p.m. New York Official Records This record contains the text of speeches delivered in English and of the interpretation of speeches delivered in the other languages.\n";
        let out = unflatten(pv).expect("a verbatim record's masthead");
        assert!(out.lines().any(|l| l == "27th plenary meeting"), "{out}");
        let out = unflatten(flat).expect("a flattened letterhead");
        let lines: Vec<&str> = out.lines().collect();
        for want in [
            "Brussels, 28 April 2017",
            "8459/17 TELECOM 87 FC 32 CODEC 640",
            "Subject: Proposal for a regulation on Internet connectivity in local communities - Analysis of EP position",
            "1. Following the vote, delegations will find the text.",
        ] {
            assert!(lines.contains(&want), "{want:?} not in {lines:#?}");
        }
        // The first paragraph's label with the wide spacing PDF text keeps.
        let flat = "Council of the European Union Brussels, 2 May 2017 (OR. en) 8601/17 NOTE From: General Secretariat To: Delegations Subject: Adoption of the agenda for the meeting of the Working Party on General Questions 1.   Adoption of the agenda follows the Presidency's proposal.\n";
        let out = unflatten(flat).expect("a flattened letterhead");
        assert!(out.lines().any(|l| l.starts_with("1.   Adoption")), "{out}");
        // Below a short line that repeats the letterhead's first words.
        let shared =
            format!("PUBLIC 9489/17 Council of the European Union Brussels, 1 June 2017\n\nTranscription\n\n{flat}");
        let out = unflatten(&shared).expect("the flattened letterhead below the title line");
        assert!(out.lines().any(|l| l.starts_with("Subject: Adoption")), "{out}");
    }

    #[test]
    fn a_un_masthead_on_one_line_is_broken_into_its_lines() {
        let flat = "United Nations S/RES/2253 (2015) Security Council Distr.: General 17 December 2015 15-22456 (E) *1522456* Resolution 2253 (2015) Adopted by the Security Council at its 7587th meeting, on 17 December 2015 The Security Council , Recalling its resolutions 1267 (1999) and 1333 (2000), Reaffirming that terrorism in all forms constitutes one of the most serious threats";
        let out = unflatten(flat).expect("a flattened masthead");
        let lines: Vec<&str> = out.lines().collect();
        for want in [
            "S/RES/2253 (2015)",
            "Distr.: General 17 December 2015",
            "Resolution 2253 (2015)",
        ] {
            assert!(lines.contains(&want), "{want:?} not in {lines:#?}");
        }
    }

    #[test]
    fn a_letterhead_in_any_of_the_councils_languages_is_broken_into_its_lines() {
        let pl = "1 Rada Unii Europejskiej Bruksela, 1 grudnia 2016 r. (OR. en) 14827/16 JUSTCIV 309 DATAPROTECT 102 CODEC 1734 NOTA Od: Do: Prezydencja Rada Nr poprz. dok.: 9768/16 Nr dok. Kom.: 15251/15 Dotyczy: Wniosek dotyczący dyrektywy w sprawie treści cyfrowych I. Wprowadzenie 1. Komisja przyjęła dwa wnioski.\n";
        let out = unflatten(pl).expect("a Polish letterhead");
        for line in [
            "Bruksela, 1 grudnia 2016 r.",
            "14827/16 JUSTCIV 309 DATAPROTECT 102 CODEC 1734",
            "Nr dok. Kom.: 15251/15",
            "Dotyczy: Wniosek dotyczący dyrektywy w sprawie treści cyfrowych",
        ] {
            assert!(out.lines().any(|l| l == line), "{line}: {out}");
        }
    }

    #[test]
    fn labels_printed_above_their_values_get_the_values_on_lines_of_their_own() {
        let flat = "1 Council of the European Union Brussels, 3 December 2018 (OR. en) Interinstitutional File: 2018/0330(COD) 14860/1/18 REV 1 LIMITE FRONT 416 NOTE From: To: Subject: Presidency Permanent Representatives Committee/Council Proposal for a Regulation on the European Border and Coast Guard and repealing Regulation (EU) n 1052/2013 and Regulation (EU) n 2016/1624 Building upon the European Council Conclusions of June last, the Commission has proposed a new mandate.\n";
        let out = unflatten(flat).expect("a flattened letterhead");
        let lines: Vec<&str> = out.lines().collect();
        let subject = lines.iter().position(|l| *l == "Subject:").expect("the label alone");
        assert_eq!(lines[subject + 1], "Presidency");
        assert_eq!(lines[subject + 2], "Permanent Representatives Committee/Council");
        assert_eq!(
            lines[subject + 3],
            "Proposal for a Regulation on the European Border and Coast Guard and repealing Regulation (EU) n 1052/2013 and Regulation (EU) n 2016/1624"
        );
        assert!(lines[subject + 4].starts_with("Building upon"), "{out}");
    }

    #[test]
    fn labels_above_their_values_in_the_councils_other_languages() {
        let nl = "1 Raad van de Europese Unie Brussel, 8 december 2017 (OR. en) 15598/17 LIMITE CORLX 582 CFSP/PESC 1129 NOTA I/A-PUNT van: aan: Betreft: het secretariaat-generaal van de Raad het Comité van permanente vertegenwoordigers/de Raad Richtsnoeren inzake sancties - actualisering 1. De Raad heeft de richtsnoeren inzake sancties op 8 december 2003 goedgekeurd.\n";
        let out = unflatten(nl).expect("a flattened Dutch letterhead");
        let lines: Vec<&str> = out.lines().collect();
        let subject = lines.iter().position(|l| *l == "Betreft:").expect("the label alone");
        assert_eq!(lines[subject - 2..subject], ["van:", "aan:"]);
        assert_eq!(lines[subject + 1], "het secretariaat-generaal van de Raad");
        assert_eq!(
            lines[subject + 2],
            "het Comité van permanente vertegenwoordigers/de Raad"
        );
        assert_eq!(lines[subject + 3], "Richtsnoeren inzake sancties - actualisering");
    }

    #[test]
    fn a_human_rights_council_resolutions_number_title_and_preamble_break_apart() {
        let flat = "A/HRC/RES/51/23 United Nations General Assembly Distr.: General 12 October 2022 Original: English Human Rights Council Fifty-first session 12 September–7 October 2022 Agenda item 3 Promotion and protection of all human rights Resolution adopted by the Human Rights Council on 7 October 2022 51/23. Human rights and transitional justice The Human Rights Council, Guided by the Charter of the United Nations,\n";
        let out = unflatten(flat).expect("a flattened masthead");
        assert!(
            out.lines().any(|l| l == "51/23. Human rights and transitional justice"),
            "{out}"
        );
        assert!(
            out.lines().any(|l| l.starts_with("The Human Rights Council, Guided")),
            "{out}"
        );
    }

    #[test]
    fn the_european_councils_letterhead_on_one_line_is_broken_too() {
        let flat = "EUCO 7/21 Delegations Will Find Attached the Conclusions Adopted\n\n1 European Council Brussels, 25 June 2021 (OR. en) EUCO 7/21 CO EUR 4 CONCL 4 NOTE From: General Secretariat of the Council To: Delegations Subject: European Council meeting (24 and 25 June 2021) – Conclusions Delegations will find attached the conclusions adopted by the European Council at the above meeting.\n";
        let out = unflatten(flat).expect("broken");
        assert!(out.lines().any(|l| l.starts_with("EUCO 7/21 CO EUR")), "{out}");
        assert!(out.lines().any(|l| l.starts_with("Subject:")), "{out}");
    }

    #[test]
    fn a_summary_record_with_no_subject_is_broken_at_its_letterhead() {
        let flat = "041243/EU XXVII. GP Eingelangt am 26/11/20 Council of the European Union Brussels, 26 November 2020 (OR. en) 13307/20 CRS CRP 45 SUMMARY RECORD PERMANENT REPRESENTATIVES COMMITTEE 4 and 6 November 2020 I. Adoption of the agenda 12351/1/20 REV 1 OJ CRP1 41 The Committee adopted the agenda.\n";
        let out = unflatten(flat).expect("broken");
        assert!(out.lines().any(|l| l == "Brussels, 26 November 2020"), "{out}");
        assert!(
            out.lines()
                .any(|l| l == "SUMMARY RECORD PERMANENT REPRESENTATIVES COMMITTEE 4 and 6 November 2020"),
            "{out}"
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        assert!(unflatten("Council of the European Union\nBrussels, 3 March 2021\nSubject: x\n").is_none());
        assert!(unflatten("The Council of the European Union met. Subject: none.").is_none());
    }

    #[test]
    fn an_acts_number_stays_in_a_flattened_subject_and_the_cover_sentence_ends_it() {
        let flat = "Council of the European Union Brussels, 18 January 2023 (OR. en) 5469/23 Interinstitutional File: 2020/0353(COD) ENV 41 OUTCOME OF PROCEEDINGS From: To: General Secretariat of the Council Delegations Subject: Proposal for a Regulation concerning batteries, repealing Directive 2006/66/EC and amending Regulation (EU) No 2019/1020 Letter to the Chair (ENVI) Following the Permanent Representatives Committee meeting of 18 January 2023, delegations are informed.\n";
        let out = unflatten(flat).expect("a flattened letterhead");
        assert!(
            out.lines().any(|l| l
                == "Subject: Proposal for a Regulation concerning batteries, repealing Directive 2006/66/EC and amending Regulation (EU) No 2019/1020 Letter to the Chair (ENVI)"),
            "{out}"
        );
    }

    #[test]
    fn a_danish_cover_note_and_a_un_adoption_line_break_where_they_were_printed() {
        let da = "1 RÅDET FOR DEN EUROPÆISKE UNION Bruxelles, den 26. november 2002 (27.11) (OR. en) 14702/02 POLGEN 67 FØLGESKRIVELSE fra: formandskabet til: delegationerne Vedr.: DET EUROPÆISKE RÅD I BRUXELLES DEN 24. OG 25. OKTOBER 2002 Hermed følger til delegationerne den reviderede udgave.\n";
        let out = unflatten(da).expect("a Danish letterhead");
        for line in [
            "14702/02 POLGEN 67",
            "Vedr.: DET EUROPÆISKE RÅD I BRUXELLES DEN 24. OG 25. OKTOBER 2002",
        ] {
            assert!(out.lines().any(|l| l == line), "{line}: {out}");
        }
        let un = "United Nations S/RES/2253 (2015) Security Council Distr.: General 17 December 2015 Resolution 2253 (2015) Adopted by the Security Council at its 7587th meeting, on 17 December 2015 The Security Council, Recalling its resolutions\n";
        let out = unflatten(un).expect("a UN masthead");
        assert!(
            out.lines()
                .any(|l| l == "Adopted by the Security Council at its 7587th meeting, on 17 December 2015"),
            "{out}"
        );
    }

    #[test]
    fn an_ia_item_notes_kind_in_quotes_is_broken_off_its_number() {
        let text = "1 Council of the European Union Brussels, 8 December 2017 (OR. en) Interinstitutional File: 2017/0125 (COD) 15536/17 'I/A' ITEM NOTE From: To: No. prev. doc.: 15165/17 General Secretariat of the Council Subject: Proposal for a Regulation 1. On 7 June 2017, the Commission submitted its proposal.\n";
        let out = unflatten(text).expect("a letterhead");
        assert!(out.lines().any(|l| l == "15536/17"), "{out}");
        assert!(out.lines().any(|l| l == "'I/A' ITEM NOTE"), "{out}");
    }

    #[test]
    fn an_older_un_masthead_and_an_italian_letterhead_break_where_they_were_printed() {
        let un = "UNITED NATIONS S Security Council Distr. GENERAL S/1996/796 26 September 1996 ENGLISH ORIGINAL: ARABIC LETTER DATED 24 SEPTEMBER 1996 FROM THE PERMANENT OBSERVER FOR THE LEAGUE OF ARAB STATES ADDRESSED TO THE SECRETARY-GENERAL Pursuant to Article 54 of the Charter of the United Nations, I have the honour to transmit the statement.\n";
        let out = unflatten(un).expect("a UN masthead");
        assert!(out.lines().any(|l| l.starts_with("S/1996/796")), "{out}");
        assert!(
            out.lines().any(|l| l
                == "LETTER DATED 24 SEPTEMBER 1996 FROM THE PERMANENT OBSERVER FOR THE LEAGUE OF ARAB STATES ADDRESSED TO THE SECRETARY-GENERAL"),
            "{out}"
        );
        let it = "1 Consiglio dell'unione europea Bruxelles, 10 giugno 2016 (OR. en) 9308/16 INF 86 API 59 NOTA PUNTO \"I/A\" Origine: Destinatario: n. doc. prec.: 8942/16 Oggetto: Quattordicesima relazione annuale del Consiglio\n";
        let out = unflatten(it).expect("an Italian letterhead");
        assert!(out.lines().any(|l| l == "9308/16 INF 86 API 59"), "{out}");
        assert!(
            out.lines()
                .any(|l| l == "Oggetto: Quattordicesima relazione annuale del Consiglio"),
            "{out}"
        );
    }

    #[test]
    fn a_german_note_keeps_earlier_documents_numbers_beside_their_labels() {
        let text = "1 Rat der Europäischen Union Brüssel, den 27. Mai 2019 (OR. en) 9666/19 VERMERK Absender: Empfänger: Nr. Vordok.: Vorsitz Rat 9289/19 REV1 Nr. Komm.dok.: 6102/19 ADD 1 Betr.: JAI 576 COPEN 234 ADDENDUM zur Empfehlung für einen BESCHLUSS DES RATES - Annahme 1. Die Kommission hat am 5. Februar 2019 zwei Empfehlungen angenommen.\n";
        let out = unflatten(text).expect("a letterhead");
        assert!(out.lines().any(|l| l == "9666/19"), "{out}");
        assert!(out.lines().any(|l| l == "Nr. Komm.dok.: 6102/19 ADD 1"), "{out}");
        let h = crate::segment::header::read_header(&crate::segment::lines::split_lines(&out));
        assert_eq!(h.meta.number.as_deref(), Some("9666/19"));
        assert_eq!(
            h.meta.title.as_deref(),
            Some("ADDENDUM zur Empfehlung für einen BESCHLUSS DES RATES - Annahme")
        );
    }
}
