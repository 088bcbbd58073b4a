//! Site furniture above a title: menus, breadcrumbs, contact lines, banners
//! in spaced capitals, a mailing list's or document site's notices and a
//! language switcher. None of it is ever the title.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::super::lines::Line;

/// `This is historical material "frozen in time". The website is no longer
/// updated and links … may not work.`: an archived site's banner, a
/// sentence above every page it keeps.
pub(super) fn is_archive_banner(text: &str) -> bool {
    // `This was published under the 2019 to 2022 Johnson Conservative
    // government` (GOV.UK), `Indholdet på denne side vedrører regeringen
    // Mette Frederiksen I (2019-2022)` (the Danish government's): the
    // government a kept page dates from.
    // `The State Department web site below is a permanent electronic archive
    // of information released online from January 1, 1997 to January 20,
    // 2001. …`, `Innehållet publicerades under perioden …` (the Swedish
    // government's): an archive's notice, however long.
    (text.len() <= 300
        && (text.starts_with("This is historical material")
            || text.starts_with("This was published under the ")
            || text.starts_with("Indholdet på denne side vedrører")
            || text.contains(" no longer updated")
            || text.contains(" no longer being updated")))
        || (text.len() <= 800
            && (text.contains("permanent electronic archive")
                || text.contains("Archive sites are not updated")
                || text.starts_with("Innehållet publicerades under perioden")))
}

/// A site's own notice above the story it reposts: its disclaimer (`Hold
/// the Presses is in no way responsible for the content of the press
/// releases`) or a template's unfilled text (`Optional Sidebar Info` / `Any
/// information can be placed in the sidebar …`, `Lorem ipsum`).
pub(super) fn is_site_notice(text: &str) -> bool {
    // (Asked of every header line: the phrases' rare stems first, no copy.)
    if text.len() > 700 || !(text.contains("esponsib") || text.contains("idebar") || text.contains("orem ipsum")) {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "no way responsible for the content",
        "not responsible for the content",
        "no responsibility for the content",
        "sidebar info",
        "in the sidebar",
        "a sidebar box",
        "lorem ipsum",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Site furniture, archive stamps and contact details that sit above titles.
pub(super) fn is_chrome(text: &str) -> bool {
    // Furniture is short: a long line holding `share on` or a link is prose
    // (the long furniture of `is_furniture_opening` is asked about before).
    if text.chars().count() > 100 {
        return text.len() < 200
            && (is_bilingual_letterhead(text) || is_multilingual_banner(text) || is_media_notice(text));
    }
    let lower = text.to_lowercase();
    if is_furniture_opening(&lower) {
        return true;
    }
    is_short_chrome(text, &lower)
        || is_bilingual_letterhead(text)
        || is_doubled(text)
        || is_multilingual_banner(text)
        || is_media_notice(text)
}

/// `For information media. Not an official record.`, `UNITED NATIONS Press
/// Services Office of Public Information United Nations, N.Y. (FOR USE OF
/// INFORMATION MEDIA -- NOT AN OFFICIAL RECORD)`: the UN press release's
/// notice, alone or with the office's masthead it closes.
fn is_media_notice(text: &str) -> bool {
    text.contains("ot an official record") || text.contains("OT AN OFFICIAL RECORD")
}

/// `TALSMANDSTJENESTEN - DIENST DES SPRECHERS - SPOKESMAN'S SERVICE - …`,
/// `PRESSE·MEDDELELSE • MITTEILUNG AN DIE PRESSE • PRESS RELEASE • …`: the
/// Community's old letterhead, one service or kind of text named in each of
/// its languages in turn. Three or more parts, mostly capitals,
/// two of them naming the press or a spokesman in some language (OCR may
/// garble the others).
fn is_multilingual_banner(text: &str) -> bool {
    const STEMS: [&str; 10] = [
        "PRESS",
        "STAMPA",
        "PRENSA",
        "IMPRENSA",
        "SPOKESM",
        "SPRECHER",
        "PORTE-PAROLE",
        "PORTAVOCE",
        "WOORDVOERDER",
        "TALSMAND",
    ];
    // (Asked of every short header line: most have no separator.)
    if !(text.contains('•') || text.contains(" - ")) {
        return false;
    }
    // Mostly capitals: OCR reads some Greek capitals as lower case.
    let (upper, lower) = text.chars().fold((0, 0), |(u, l), c| {
        (u + usize::from(c.is_uppercase()), l + usize::from(c.is_lowercase()))
    });
    if text.len() > 200 || lower * 4 > upper {
        return false;
    }
    // ` - ` between parts, not `-` (`PORTE-PAROLE` is one part).
    let joined = text.replace(" - ", "•");
    let parts: Vec<&str> = joined.split('•').filter(|p| p.trim().len() > 2).collect();
    parts.len() >= 3 && parts.iter().filter(|p| STEMS.iter().any(|s| p.contains(s))).count() >= 2
}

/// `ASEAN Regional Forum ASEAN Regional Forum`, `126e Session 126e
/// Session`: a site's banner printed twice (its logo's text, then the
/// banner's), which a page's text runs into one line.
fn is_doubled(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let half = words.len() / 2;
    words.len().is_multiple_of(2) && (2..=8).contains(&half) && words[..half] == words[half..]
}

/// `INTERGOVERNMENTAL AUTHORITY AUTORITÉ INTERGOUVERNEMENTALE ON DEVELOPMENT
/// (IGAD) POUR DÉVELOPPEMENT (IGAD)`: a letterhead set in two languages side
/// by side, which a PDF's text runs into one line: the body's acronym in
/// brackets twice.
fn is_bilingual_letterhead(text: &str) -> bool {
    let mut acronyms = text.match_indices('(').filter_map(|(at, _)| {
        let inner = &text[at + 1..at + 1 + text[at + 1..].find(')')?];
        ((2..=8).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase())).then_some(inner)
    });
    match (acronyms.next(), acronyms.next()) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// `Ministry of Foreign Affairs Press service Statements`: a site's
/// breadcrumb with its separators lost, the issuer's name and the sections
/// down to a list of texts (a plural kind of text) the page is filed under.
pub(super) fn is_issuer_breadcrumb(text: &str) -> bool {
    if text.len() > 90 || !text.ends_with('s') {
        return false;
    }
    let Some((head, last)) = text.rsplit_once(' ') else {
        return false;
    };
    let lower = head.to_lowercase();
    last.starts_with(char::is_uppercase)
        && super::kinds::is_kind_label(&last.to_lowercase())
        && super::score::is_issuer(&lower)
        && !lower
            .split_whitespace()
            .any(|w| matches!(w, "on" | "about" | "regarding" | "by"))
}

/// `General Secretariat - Riyadh`, `Ministry of Foreign Affairs – Manama`:
/// the issuing office and its seat under a Gulf agency's headline, no title.
pub(super) fn is_issuer_and_seat(text: &str) -> bool {
    const OFFICES: &[&str] = &[
        "Secretariat",
        "Ministry",
        "Office",
        "Agency",
        "Embassy",
        "Mission",
        "Department",
        "Affairs",
        "Council",
    ];
    if text.len() > 80 {
        return false;
    }
    let Some((issuer, seat)) = text.split_once(" - ").or_else(|| text.split_once(" – ")) else {
        return false;
    };
    let seat_ok = !seat.is_empty()
        && seat.split(' ').count() <= 2
        && seat
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase));
    seat_ok && issuer.split(' ').next_back().is_some_and(|w| OFFICES.contains(&w))
}

/// A lower-cased line whose fields between bars are all empty or a page
/// tool's link, one at least.
pub(super) fn is_tool_bar(lower: &str) -> bool {
    const TOOLS: &[&str] = &[
        "print",
        "e-mail",
        "email",
        "mail",
        "share",
        "pdf",
        "rss",
        "tweet",
        "send",
        "listen",
        "download",
        "bookmark",
        "a",
        "a+",
        "a-",
        "font size",
        "text size",
        "print version",
        "printer friendly",
        "send to a friend",
    ];
    if !lower.contains('|') {
        return false;
    }
    let fields = lower.split('|').map(str::trim);
    fields.clone().all(|f| f.is_empty() || TOOLS.contains(&f)) && fields.filter(|f| !f.is_empty()).count() >= 1
}

pub(super) fn is_furniture_opening(lower: &str) -> bool {
    // A mailing list's or a document-sharing site's furniture, however long
    // the line (`You are subscribed to Press Releases for …`, `Download "<the
    // document's first line>"`, `Start display at page:`).
    const OPENINGS: &[&str] = &[
        "you are subscribed",
        "you are receiving this",
        "download \"",
        // Australia's ParlInfo over a release it holds.
        "note: where available, the pdf",
        "download “",
        "start display at page",
        // A blog's archive heading (`Category Archives: Statements from …`).
        "category archives:",
        "tag archives:",
        "size: px",
        // A freedom-of-information site's wrapper (`Dieses Dokument ist Teil der Anfrage „…"`).
        "dieses dokument ist teil der anfrage",
        "this document is part of the request",
        "this is an html version of an attachment",
        "ceci est une version html",
        "dies ist eine html-version",
        "dies ist eine html version",
        "esta es una versión html",
        "questa è una versione html",
        "dit is een html-versie",
        // A page's stylesheet left in its text.
        "@import url(",
        // A page's warning to old browsers (`Note:Your browser doesn't
        // correctly display this page because of a bad stylesheets …`).
        "your browser ",
        "note:your browser ",
        "note: your browser ",
        // An Australian minister's transcript lists what was asked about
        // under its heading (`Subjects: Commonwealth Foreign Ministers’
        // meeting, Press Freedom, …`); a Council's `Subject:` is singular.
        "subjects: ",
        "topics: ",
        // A breadcrumb of one step (`Top > Speeches and Statements by Prime
        // Minister`: the Japanese Prime Minister's pages).
        "top > ",
        "home > ",
        "home » ",
        // (`Home> Press Releases`: its arrow glued to the first step.)
        "home> ",
        "home>",
        "home »",
        "home / ",
        // A site's promotion of its other pages (`Visit our archive of
        // Documents on Greece …`, `Read the Convention Relating to …`).
        "visit our ",
        // A site's greeting (`Willkommen auf den Seiten des Auswärtigen
        // Amts`) and a logo's alternative text (`Logo of the 2020 Riyadh
        // Summit`).
        "welcome to the website",
        "welcome to the official",
        "welcome to our ",
        "willkommen auf ",
        "willkommen bei ",
        "bienvenue sur ",
        "bienvenido a ",
        "bienvenidos a ",
        "logo of ",
        "logo: ",
        // A mailing list's web archive: its links between messages
        // (Hypermail's `New Message Reply About this list Date view Thread
        // view …`, Pipermail's `Messages sorted by: [ date ] [ thread ] …`,
        // MHonArc's `[Date Prev][Date Next][Thread Prev]…`).
        "new message reply about this list",
        "messages sorted by:",
        "[date prev]",
        "[ date ] [ thread ]",
        "previous message: ",
        "next message: ",
        "next in thread: ",
    ];
    // A document-sharing site's `Size: px` in its reader's language
    // (`Størrelse: px`, `Storlek: px`) and its transcript heading.
    // `Gudlaugur Thor Thordarson, Minister for Foreign Affairs - mynd`: a
    // picture's caption, its word for picture after a dash.
    const PICTURE: &[&str] = &[
        " - mynd",
        " - bild",
        " - billede",
        " - kuva",
        " - photo",
        " - image",
        " logo",
    ];
    OPENINGS.iter().any(|o| lower.starts_with(o))
        || PICTURE.iter().any(|p| lower.ends_with(p))
        || (lower.ends_with(": px") && lower.len() <= 24)
        || matches!(
            lower,
            "transcription"
                | "transcript of the pdf"
                | "transkript"
                | "transkription"
                | "transcripción"
                | "trascrizione"
                // The same transcripts' stamp: errors and omissions excepted.
                | "transcript, e&oe"
                | "transcript e&oe"
                | "e&oe"
                // ReliefWeb's fields over a text it reposts: its format, and
                // the labels of a source's date and link whose values were lost.
                | "news and press release"
                | "originally published"
                | "view original"
        )
}

/// Phrases of site furniture, found as whole words in a lower-cased line.
const PHRASES: &[&str] = &[
    "skip to",
    // A document-sharing site's note over its transcript (readkong's).
    "does not render page correctly",
    "page content transcription",
    // `Click here to see the full document`: an archive's link over an excerpt;
    // `Back to Press Releases 2003 to 2005 click here`, `Quick links (click
    // to jump)`: its links to other pages.
    "click here",
    "click to jump",
    // `+ larger fontnormal font- Smaller font`: a page's text-size tools.
    "smaller font",
    "larger font",
    // A site's appeal for money over every page (`UNITED24 - Make a charitable donation …`).
    "make a donation",
    "make a charitable donation",
    "donate now",
    // A site's tagline (`Search engine for the United Nations Security Council Resolutions`).
    "search engine",
    "search this site",
    "search the site",
    "skip all menus",
    "skip first menu",
    "access key",
    "navigation",
    "additional tools",
    "other available languages",
    // The European Parliament's language chooser, in its reader's language.
    "choisissez la langue",
    "choose the language",
    "wählen sie die sprache",
    "an additional part or version",
    "cookie",
    "javascript",
    "print this",
    "share this",
    "share on",
    "follow us",
    "subscribe",
    "sign in",
    "log in",
    "back to top",
    "you are here",
    // (The same breadcrumb's label in the other languages of the EU and the Americas.)
    "usted está en",
    "vous êtes ici",
    "sie sind hier",
    "você está em",
    "voi siete qui",
    "u bent hier",
    // `You are on page 1of 25`: a document-sharing site's pager.
    "you are on page",
    // (The same pager in the site's French.)
    "vous êtes sur la page",
    "press contacts",
    "press contact",
    "media contact",
    "media enquiries",
    "media inquiries",
    "contact us",
    "send us feedback",
    "send feedback",
    "for further information",
    "for further details",
    "return to:",
    "symbol of the government",
    "for more information",
    "check against delivery",
    // The same in French, German, Spanish, Italian and the Nordic languages.
    "le prononcé fait foi",
    "le texte prononcé fait foi",
    "es gilt das gesprochene wort",
    "cotejar con el discurso pronunciado",
    "fa fede il discorso pronunciato",
    "det talade ordet gäller",
    "det talte ord gælder",
    "télécharger",
    "page 1 of",
    // A UN text's original language, any of the six official ones.
    "original: english",
    "original: french",
    "original: arabic",
    "original: spanish",
    "original: russian",
    "original: chinese",
    "download",
    "pdf version",
    "printer friendly",
    "related links",
    "related documents",
    "table of contents",
    "about us",
    "site map",
    "sitemap",
    "herunterladen",
    "télécharger",
    "open in a new browser window",
    // A page's skip link in its reader's language.
    "hoppa yfir valmynd",
    "hopp til hovedinnhold",
    "gå til hovedindhold",
    "hoppa till huvudinnehåll",
    "siirry pääsisältöön",
    "zum inhalt springen",
    "direkt zum inhalt",
    "aller au contenu",
    "ga naar de inhoud",
    "naar hoofdinhoud",
    "przeskocz do treści",
    "přejít na obsah",
    // A sharing site's link to the rest of the document, in its reader's language.
    "continue reading",
    "continuer à lire",
    "seguir leyendo",
    "weiterlesen",
    // A government site's notes on a past government's page.
    "who have left the government",
    "this content was published in the period",
    "statsråd på denna sida som har entledigats",
    "innehållet publicerades under perioden",
    // An archived page's banner and a release's note to editors (`Historisk
    // arkiv`, `Priv. til red.`).
    "historisk arkiv",
    "historiskt arkiv",
    "priv. til red",
    "til redaktionen",
    "til redaksjonen",
    // A page's note that it has no copy in the reader's language
    // (`Denne siden finnes ikke på bokmål. Til bokmål forside`).
    "this page is not available in",
    "denne siden finnes ikke på",
    "denne side findes ikke på",
    "siden findes ikke på",
    "sidan finns inte på",
    "den här sidan finns inte på",
    "tätä sivua ei ole saatavilla",
    "diese seite ist nicht auf",
    "cette page n'est pas disponible en",
    "esta página no está disponible en",
    // gov.ie's fields in its Irish interface (`Foilsithe`, published; `An
    // t-eolas is déanaí`, the latest; `Teanga: Níl leagan Gaeilge …`, no
    // Irish version of the item).
    "foilsithe",
    "an t-eolas is déanaí",
    "níl leagan gaeilge",
    "nuashonraithe",
    // An archived site's banner (`This site has been archived on 28 of April 2017`).
    "this site has been archived",
    "this page has been archived",
    "open in a new window",
    // A news site's live banners (`In progress at UNHQ`, `Live now`).
    "in progress at",
    "live now",
    "breaking news",
    "latest news",
    // An aggregator's box of links on the body that issued the text
    // (`Recent News about Council of Europe`).
    "recent news",
    // A site's section of new items (`Embassy Archives What's New/Press Releases`).
    "what's new",
    "what’s new",
    // A site's note for screen readers (`Note on navigating with support
    // technologies`, `On this page you will find two navigation aids`).
    "navigating with support",
    "navigation aids",
    "accessibility statement",
    // An empty widget's message (`• There is no data available`).
    "no data available",
    "no results found",
];

/// Every phrase above in one automaton: a line is read once, not once per
/// phrase (building a searcher per phrase and line was a visible share of a
/// load's header reading).
static PHRASE_FINDER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(PHRASES).expect("the chrome phrases build an automaton"));

/// `13 Min. Lesedauer`, `5 min read`, `Reading time: 4 minutes`: how long a
/// page takes to read, as news and government sites print it over the text.
fn is_reading_time(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "read",
        "lesedauer",
        "de lecture",
        "de lectura",
        "läsning",
        "lesetid",
        "reading time",
    ];
    const UNITS: &[&str] = &[
        "min", "min.", "mins", "minute", "minutes", "minuten", "minutter", "minuter",
    ];
    if lower.len() > 40 || !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().map(|w| w.trim_matches([':', ','])).collect();
    let unit = words.iter().any(|w| UNITS.contains(w));
    let said = WORDS.iter().any(|w| lower.contains(w));
    unit && said && words.len() <= 5
}

fn is_short_chrome(text: &str, lower: &str) -> bool {
    // Whole words: `sign in` is not in `TO SIGN INTERNATIONAL …`.
    if PHRASE_FINDER
        .find_overlapping_iter(lower)
        .any(|m| at_word_bounds(lower, m.start(), m.end(), PHRASES[m.pattern().as_usize()]))
    {
        return true;
    }
    if is_term_note(lower) {
        return true;
    }
    // `• Added widget FAQs Detail>>>`: a link to more, a site's widget.
    if lower.ends_with(">>") {
        return true;
    }
    // `Full text` / `Texte intégral`: the link to the text a verbatim
    // report's page sets over its date (alone; `Full text of the …` is a title).
    if matches!(
        lower.trim(),
        "full text" | "texte intégral" | "volltext" | "texto íntegro"
    ) {
        return true;
    }
    // `Post on 27-Aug-2020`: the day it was uploaded.
    if lower
        .strip_prefix("post on ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    // `0 views`, `1,234 views`: the same sites' counter.
    if let Some(n) = lower.strip_suffix(" views").or_else(|| lower.strip_suffix(" view"))
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit() || b == b',')
    {
        return true;
    }
    // `Tag: Foreign Office`, `Filed under: Statements`: a site's filing labels.
    const LABELS: &[&str] = &[
        "tag:",
        "tags:",
        // A document-sharing site's record of the upload (`Upload: others`).
        "upload:",
        "category:",
        "categories:",
        "filed under:",
        "topics:",
        "topic:",
        "publisher:",
        "published under:",
        "published by:",
        "publisert under:",
        "publicerad under:",
        "udgivet under:",
        "utgiver:",
        "udgiver:",
        "utgivare:",
        "julkaisija:",
        "status: arkivert",
        "status: arkiverad",
        "source:",
        // `Updated: 18 June 1999 NATO Press Releases`: the day a site last
        // touched its page, not the text's.
        "updated:",
        "last updated:",
        "last modified:",
        "page last updated",
        // A blog's archive of a tag or category, in the languages its
        // software ships (`Archivo de la etiqueta: Ministerio de …`).
        "tag archives:",
        "category archives:",
        "archivo de la etiqueta:",
        "archivo de la categoría:",
        "archives de l'étiquette",
        "archives de l’étiquette",
        "archives de catégorie",
        "archives de la catégorie",
        "schlagwort-archive:",
        "kategorie-archive:",
        "archivio tag:",
        "archivio categoria:",
        "arquivo da tag:",
        "arquivo da categoria:",
        "arquivos da categoria:",
    ];
    if LABELS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }

    if is_reading_time(lower) {
        return true;
    }
    // `PRIME MINISTER` alone over a statement's heading: the letterhead of a
    // prime minister's release (Australia's, on paper and in its OCR'd
    // archive), a role with no name, never a title.
    if matches!(
        lower.trim(),
        "prime minister" | "the prime minister" | "deputy prime minister" | "minister for foreign affairs"
    ) && text.trim().chars().all(|c| !c.is_lowercase())
    {
        return true;
    }
    // `Statements on behalf of the EU`, `Statements by the HR/VP`: the
    // sections the EEAS and the EU's delegations file a page under (each
    // page's own heading is singular: `EU Statement – …`, `Statement by …`).
    if matches!(
        lower.trim(),
        "statements on behalf of the eu"
            | "statements by the hr/vp"
            | "statements by the high representative"
            | "statements by the spokesperson"
            | "statements by the high representative/vice-president"
    ) {
        return true;
    }
    // `Press releases 2010-2014 - Carl Bildt`: a collection's heading over
    // the releases it holds, not one's title.
    const COLLECTIONS: &[&str] = &[
        "press releases",
        "news releases",
        "media releases",
        "press statements",
        "speeches and statements",
    ];
    // (`Press statements following Russian-Indian talks` goes on as a
    // headline does, in lower case: a title.)
    let collection = COLLECTIONS.iter().find(|c| lower.starts_with(**c));
    let headline = collection.is_some_and(|c| {
        lower[c.len()..].split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "following" | "on" | "by" | "after" | "at" | "of" | "from" | "regarding"
            )
        })
    });
    if collection.is_some() && !headline && text.split_whitespace().count() <= 8 {
        return true;
    }
    // `On August 15, 2018 In Statements and Speeches`, `Posted on 3 May 2019
    // by admin`: a blog's posting line, the day the page went up and where
    // it is filed; the text's own dateline, if any, says when it was issued.
    if let Some(rest) = lower.strip_prefix("on ").or_else(|| lower.strip_prefix("posted on "))
        && let Some((at, _)) = crate::dates::first_full_date_at(rest)
        && at == 0
        && let Some(filed) = rest.find(" in ").or_else(|| rest.find(" by "))
        && rest[filed + 4..].split_whitespace().count() <= 5
        && rest[..filed].split_whitespace().count() <= 4
        // (`On 15 May 2019 in Brussels, ministers met.`: a sentence, not a filing.)
        && !rest[filed..].contains([',', '.', ';'])
    {
        return true;
    }
    // `Fact sheet President Bush Meets with …`, `Fact sheet In Focus: …`:
    // the White House archive's related links, the kind run into the linked
    // page's headline with no colon (its own fact sheets read `Fact Sheet: …`).
    if let Some(rest) = text.trim_start().strip_prefix("Fact sheet ")
        && rest.starts_with(char::is_uppercase)
    {
        return true;
    }
    // `(Stock Image)`, `(File photo)`, `(Check against delivery)`: a short
    // note in brackets over the text is a picture's credit or a reading note.
    if text.starts_with('(')
        && text.ends_with(')')
        && text.split_whitespace().count() <= 4
        && !super::run::is_configuration(text)
    {
        return true;
    }
    // `Afghanistan + 5 more`: an aggregator's (ReliefWeb's) country tags.
    if let Some((_, more)) = text.rsplit_once(" + ")
        && let Some(n) = more.strip_suffix(" more")
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    // `| Print | |`, `Print | E-mail | Share`: a page's tool bar, its links
    // set between bars.
    if is_tool_bar(lower) {
        return true;
    }
    // `[Place] Toronto`, `[Source] …`, `[Full text]`: a database's field labels.
    if text.starts_with('[') && text.find(']').is_some_and(|e| e <= 20) {
        return true;
    }
    let file = [
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".pdf", ".docx", ".htm", ".html",
    ]
    .iter()
    .any(|e| lower.ends_with(e));
    let address =
        lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || text.contains('@');
    // A number's label (`Tel.: +32 …`, `Phone (202) …`), not a headline's
    // word (`Telephone conversation between …`, `Tel Aviv`, `Phone call with …`).
    let label = |word: &str| {
        lower.strip_prefix(word).is_some_and(|rest| {
            rest.trim_start()
                .starts_with(|c: char| matches!(c, ':' | '.' | '+' | '(') || c.is_ascii_digit())
        })
    };
    let phone = ["tel", "telephone", "phone", "fax", "mobile"].iter().any(|w| label(w))
        || lower.starts_with('+')
        || holds_phone_number(text);
    // A site's menu button and search box (`MENU`, `Search`).
    // A page's loading notice, in the languages its reader's browser spoke.
    let control = matches!(
        lower,
        "menu"
            | "main menu"
            | "search"
            | "open menu"
            | "close menu"
            // A screen reader's landmarks (`Content` over the page's own text).
            | "content"
            | "main content"
            // (In the languages of the EU's sites: `Hauptinhalt` over an
            // Auswärtiges Amt briefing.)
            | "hauptinhalt"
            | "contenu principal"
            | "contenido principal"
            | "contenuto principale"
            | "hoofdinhoud"
            | "huvudinnehåll"
            | "hovedindhold"
            | "hovedinnhold"
            | "pääsisältö"
            | "loading..."
            | "laden..."
            | "chargement..."
            // A government site's stamp on a past government's pages.
            | "historical archive"
    );
    file || address || phone || control || social_links(lower) || meetings_line(lower) || spaced_capitals(text)
}

/// `Follow UNISPAL Twitter RSS`, `Facebook X LinkedIn`: a page's row of
/// social-media links.
/// `• Compartir en Facebook`, `• Imprimir la página`, `• Escuchar
/// contenido`: a page's tools set as a list, in the languages of the sites
/// that do so. Takes lower case.
pub(super) fn is_page_tool(lower: &str) -> bool {
    const TOOLS: &[&str] = &[
        "print",
        "imprimir",
        "imprimer",
        "drucken",
        "stampa",
        "share",
        "compartir",
        "partager",
        "teilen",
        "condividi",
        "send to",
        "enviar",
        "envoyer",
        "e-mail",
        "email",
        "listen",
        "escuchar",
        "écouter",
        "subscribe",
        "suscribirse",
        "s'abonner",
        "download",
        "descargar",
        "télécharger",
    ];
    // `• Diminuer la taille du texte`, `• Increase text size`: the page's
    // text-size buttons.
    const SIZES: &[&str] = &[
        "text size",
        "font size",
        "taille du texte",
        "taille des caractères",
        "tamaño del texto",
        "tamaño de letra",
        "schriftgröße",
        "dimensione del testo",
    ];
    social_links(lower)
        || (lower.split_whitespace().count() <= 6 && SIZES.iter().any(|s| lower.contains(s)))
        || (lower.split_whitespace().count() <= 6
            && TOOLS.iter().any(|t| {
                lower
                    .strip_prefix(t)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
            }))
}

/// `• Eng` / `• Рус` / `• O‘zb`: a language switcher's short names.
pub(super) fn is_language_code(item: &str) -> bool {
    let n = item.chars().count();
    (2..=4).contains(&n) && item.chars().all(|c| c.is_alphabetic() || matches!(c, '‘' | 'ʻ' | '\''))
}

fn social_links(lower: &str) -> bool {
    const NETWORKS: &[&str] = &[
        "twitter",
        "facebook",
        "rss",
        "linkedin",
        "instagram",
        "youtube",
        "flickr",
        "whatsapp",
        "telegram",
    ];
    // Asked of every short header line: no word list is collected.
    let mut words = 0;
    let mut network = false;
    for w in lower.split_whitespace() {
        words += 1;
        network |= NETWORKS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()));
    }
    words <= 8 && network
}

/// `Between 3 October 2014 and 30 November 2021 he was Prime Minister.`: a
/// government site's note on a minister's term (a sentence, so asked before
/// the body's prose is). Takes lower case.
/// A government site's note on a past minister's page of when they held
/// office (`Between 2014 and 2019 she was …`, `Mellan den 3 oktober 2014
/// och den 10 september 2019 var hon utrikesminister.`).
pub(super) fn is_term_note(lower: &str) -> bool {
    lower.len() <= 160
        && TERM_OPENINGS.iter().any(|o| lower.starts_with(o))
        && [" he was ", " she was ", " var hon ", " var han ", " var hun "]
            .iter()
            .any(|h| lower.contains(h))
}

/// How a term note opens, in the languages of the sites that print one.
pub(super) const TERM_OPENINGS: &[&str] = &["between ", "mellan den ", "mellom "];

/// A letterhead's postal address or switchboard: a post-office box, or a
/// telephone and a fax number together.
pub(super) fn is_postal_contact(text: &str) -> bool {
    // (Asked of every line above a body: an `x` of `Box` or `Fax` first.)
    if !text.bytes().any(|b| b == b'x' || b == b'X') {
        return false;
    }
    let lower = text.to_lowercase();
    ["p. o. box", "p.o. box", "p.o.box", "po box"]
        .iter()
        .any(|p| lower.starts_with(p))
        || (lower.contains("tel") && lower.contains("fax") && lower.bytes().filter(u8::is_ascii_digit).count() >= 8)
        // `3350 M Street, NW · Washington DC 20007 · 202/333-0606 ·
        // 202/333-0817 (fax)`: an embassy's address and its numbers, unlabelled
        // but for the fax.
        || (lower.contains("(fax)") && lower.bytes().filter(u8::is_ascii_digit).count() >= 16 && text.len() <= 200)
}

/// A cookie notice or its buttons (`Questo sito utilizza cookie`, `Preferenze
/// cookies`, `Accept all cookies`).
pub(super) fn mentions_cookies(text: &str) -> bool {
    if !(text.contains("ookie") || text.contains("OOKIE")) {
        return false;
    }
    holds_phrase(&text.to_lowercase(), "cookie")
}

/// Whether `lower` holds `phrase` at a word's start; a phrase ending in a
/// short word (`sign in`) also at a word's end (`cookie` still finds `cookies`).
fn holds_phrase(lower: &str, phrase: &str) -> bool {
    lower
        .match_indices(phrase)
        .any(|(at, _)| at_word_bounds(lower, at, at + phrase.len(), phrase))
}

/// Whether `phrase`, found at `start..end` of `lower`, starts a word there
/// and, when its last word is short (`sign in`), ends one.
fn at_word_bounds(lower: &str, start: usize, end: usize, phrase: &str) -> bool {
    let short_end = phrase.rsplit(' ').next().is_some_and(|w| w.len() <= 3);
    let before = lower[..start].chars().next_back();
    let after = lower[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && (!short_end || after.is_none_or(|c| !c.is_alphanumeric()))
}

/// `Michael Mann +32 498 999 780`: a contact line names a press officer
/// beside an international number (a `+` and eight or more digits).
fn holds_phone_number(text: &str) -> bool {
    text.match_indices('+').any(|(at, _)| {
        let rest = &text[at + 1..];
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let run = rest
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '(' | ')' | '.' | '-' | '/')))
            .unwrap_or(rest.len());
        rest[..run].chars().filter(char::is_ascii_digit).count() >= 8
    })
}

/// `46th & 47th Meetings (AM & PM)`, `8904th Meeting (PM)`: the meeting line
/// of a UN press release, above its headline.
fn meetings_line(lower: &str) -> bool {
    let Some(at) = lower.find(" meeting") else {
        return false;
    };
    let (head, tail) = (&lower[..at], &lower[at..]);
    let ordinals = head
        .split(|c: char| c == '&' || c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
        .all(|w| {
            let digits = w.trim_end_matches(char::is_alphabetic);
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && w.len() - digits.len() == 2
        });
    ordinals && !head.is_empty() && (tail.contains("(am") || tail.contains("(pm") || tail.contains("(night"))
}

/// `M E D I A   R E L E A S E`: a banner set in spaced capitals.
fn spaced_capitals(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let singles = words.iter().filter(|w| w.chars().count() == 1).count();
    words.len() >= 4 && singles * 10 >= words.len() * 7
}

/// `Ministry of Foreign Affairs, pressrelease - Meeting of Nordic Foreign
/// Ministers in Oslo, 4-5 February 1997. Press release.` over the page's
/// stamps and the same heading alone: the page's title, its site and
/// section before the heading the page prints again below (given back).
pub(super) fn page_title_of_heading<'a>(lines: &[Line<'a>], i: usize) -> Option<&'a str> {
    let text = lines[i].text.trim();
    let (site, heading) = text.split_once(" - ")?;
    // (Words on both sides: `26.1.2018 - (2017/2054(INL) …)` is a day and a file.)
    let shaped = site.split_whitespace().count() <= 8
        && site.starts_with(char::is_alphabetic)
        && heading.starts_with(char::is_alphabetic)
        && heading.split_whitespace().count() >= 3;
    // (Above the text: a paragraph between is the text's, the heading after
    // it a section's.)
    let printed = lines[i + 1..]
        .iter()
        .filter(|l| !l.is_blank())
        .take(15)
        .take_while(|l| l.text.len() <= 150 || l.text.trim() == heading)
        .any(|l| l.text.trim() == heading);
    (shaped && printed).then_some(heading)
}

/// `Minister Biruta participated in …` / `Minister of Foreign Affairs … Dr.
/// Vincent Biruta attended a global video conference jointly organised by
/// the foreign...` / …: a news page's list of other items above its own,
/// each a headline and its teaser cut with an ellipsis. Two such pairs at
/// least, from the top, where they stand; their lines, none of them the title.
pub(super) fn news_teasers(lines: &[Line]) -> Vec<usize> {
    let shown: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .take(super::HEADER_LINES)
        .collect();
    let teaser = |text: &str| {
        let t = text.trim_end();
        (t.ends_with("...") || t.ends_with('…')) && (60..=400).contains(&t.len()) && t.contains(' ')
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k + 1 < shown.len() {
        let (head, next) = (lines[shown[k]].text.trim(), lines[shown[k + 1]].text);
        if teaser(next) && !teaser(head) && head.len() <= 200 && !head.ends_with(['.', ':']) {
            out.extend([shown[k], shown[k + 1]]);
            k += 2;
        } else if out.is_empty() {
            k += 1;
        } else {
            break;
        }
    }
    if out.len() < 4 {
        out.clear();
    }
    out
}

/// `HomeDenmarkDenmark supports X` followed by `Denmark supports X`: a scraped
/// breadcrumb that ends with the real title.
pub(super) fn is_breadcrumb_of_next(lines: &[Line], i: usize) -> bool {
    let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank()) else {
        return false;
    };
    let (this, next) = (lines[i].text, next.text);
    // (A headline ending with its date, the date printed again below, is no breadcrumb.)
    // (`… of External affairs Minister Mr. Pranab Mukherjee in New York` /
    // `New York`: a headline ending in the place of the dateline below; a
    // crumb ends with a menu's word or mark, not a sentence's `in`.)
    let head = this.strip_suffix(next).unwrap_or_default();
    let sentence = head
        .strip_suffix(' ')
        .and_then(|h| h.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    this.len() > next.len()
        && next.len() >= 8
        && this.ends_with(next)
        && !sentence
        && crate::dates::parse_dateline(next).is_none_or(|(_, d)| d.is_none())
}

/// `Accueil A la une CEDEAO : le montant … l’équivalent de...` over `CEDEAO :
/// le montant … l’équivalent de 50 dollars américain`: a breadcrumb whose last
/// crumb is the headline below, cut short by an ellipsis.
pub(super) fn is_cut_crumb_of_next(lines: &[Line], i: usize) -> bool {
    let this = lines[i].text;
    let Some(stem) = this.strip_suffix("...").or_else(|| this.strip_suffix('…')) else {
        return false;
    };
    let Some(next) = lines[i + 1..].iter().find(|l| !l.is_blank()).map(|l| l.text) else {
        return false;
    };
    let stem = stem.trim_end();
    // The crumb starts at a word: after a space, or the line's start.
    stem.char_indices()
        .filter(|&(at, _)| at == 0 || stem.as_bytes()[at - 1] == b' ')
        .map(|(at, _)| &stem[at..])
        .find(|crumb| next.starts_with(crumb))
        .is_some_and(|crumb| crumb.chars().count() >= 25 && next.len() > crumb.len())
}

/// Languages by their own names, as a site's language switcher lists them:
/// the UN's six, the EU's and a few more.
pub(super) const LANGUAGES: &[&str] = &[
    "English",
    "Français",
    "Español",
    "Русский",
    "العربية",
    "中文",
    "Deutsch",
    "Italiano",
    "Nederlands",
    "Português",
    "Polski",
    "Svenska",
    "Dansk",
    "Suomi",
    "Norsk",
    "Ελληνικά",
    "Čeština",
    "Magyar",
    "Română",
    "Български",
    "Hrvatski",
    "Slovenčina",
    "Slovenščina",
    "Eesti",
    "Latviešu",
    "Lietuvių",
    "Malti",
    "Gaeilge",
    "日本語",
    "한국어",
    "Türkçe",
    "Українська",
    "فارسی",
    "Bahasa Indonesia",
    "हिन्दी",
];
