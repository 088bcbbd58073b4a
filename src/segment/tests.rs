use super::*;

fn summary(s: &Segmented) -> Vec<String> {
    s.clauses
        .iter()
        .map(|c| {
            let t = &s.text[c.text.start as usize..c.text.end as usize];
            let short: String = t.chars().take(40).collect();
            format!("{}|{}|{}|{}", c.label, c.kind.as_str(), c.depth, short)
        })
        .collect()
}

#[test]
fn numbered_paragraphs_become_labelled_clauses() {
    let s = segment("Title line\n\n1) The Council notes.\n\n2) The Council\nwelcomes it.\n");
    assert_eq!(s.meta.title.as_deref(), Some("Title line"));
    assert_eq!(
        summary(&s),
        [
            "1)|numbered|0|The Council notes.",
            "2)|numbered|0|The Council welcomes it."
        ]
    );
}

#[test]
fn indented_continuation_lines_join_their_clause() {
    let s = segment(
        "Joint Statement\n\n1.  The United States and\n    the European Union reaffirm.\n\n2.  We condemn\n    terrorism.\n",
    );
    assert_eq!(
        summary(&s),
        [
            "1.|numbered|0|The United States and the European Union",
            "2.|numbered|0|We condemn terrorism."
        ]
    );
}

#[test]
fn markdown_and_bold_headings_take_their_number_as_label() {
    let s = segment(
        "Joint Statement\n\n**1. Semiconductors**\n\n***Supply chain***\n\nText here.\n\n## **2. Beyond 5G/6G**\n\nMore.\n\n### **Next meeting**\n\nLast.",
    );
    assert_eq!(
        summary(&s),
        [
            "1.|heading|0|Semiconductors",
            "§1|heading|1|Supply chain",
            "¶1|paragraph|0|Text here.",
            "2.|heading|0|Beyond 5G/6G",
            "¶2|paragraph|0|More.",
            "§2|heading|1|Next meeting",
            "¶3|paragraph|0|Last."
        ]
    );
    assert_eq!(s.clauses[2].section, Some(1));
    assert_eq!(s.clauses[1].section, Some(0));
}

#[test]
fn bold_heading_may_wrap_over_two_lines() {
    let s = segment(
        "Joint Statement\n\n    **Russia’s War against Ukraine and Support for Regional\n    Stability**  \n\n3.  The United States.",
    );
    assert_eq!(summary(&s)[0], "§1|heading|0|Russia’s War against Ukraine and Support");
    assert_eq!(s.clauses[1].section, Some(0));
}

#[test]
fn nested_bullets_get_depth_from_indentation() {
    let s = segment(
        "Joint Statement\n\n**The Quad Vaccine Partnership**  \nWhile ensuring vaccines,\nwe act.\n\n-   Drawing on strengths, we\n    tackle this.\n    -   The United States will\n        work.\n-   Our commitment.\n",
    );
    assert_eq!(
        summary(&s),
        [
            "§1|heading|0|The Quad Vaccine Partnership",
            "¶1|paragraph|0|While ensuring vaccines, we act.",
            "•1|bullet|0|Drawing on strengths, we tackle this.",
            "•2|bullet|1|The United States will work.",
            "•3|bullet|0|Our commitment."
        ]
    );
}

#[test]
fn letter_items_nest_under_numbered_paragraphs() {
    let s = segment("Joint Statement\n\n1. The Council:\n\n(a) welcomes;\n\n(b) notes.\n\n2. Next.");
    assert_eq!(
        summary(&s),
        [
            "1.|numbered|0|The Council:",
            "(a)|numbered|1|welcomes;",
            "(b)|numbered|1|notes.",
            "2.|numbered|0|Next."
        ]
    );
}

#[test]
fn short_line_over_prose_is_a_sub_heading() {
    let s = segment(
        "Joint Statement\n\nIntro text.\n\nThe United Nations High-Level Panel\nThe High-level Panel on Digital Cooperation was established by the Secretary-General in July 2018.\n",
    );
    assert_eq!(summary(&s)[1], "§1|heading|1|The United Nations High-Level Panel");
    assert_eq!(s.clauses.len(), 3);
}

#[test]
fn drops_trailing_site_chrome_datelines_and_menus() {
    let s = segment(
        "Joint Statement\n\n1. Real text.\n\n Jakarta 13 August\n\n 13 August 2001\n\n Media Releases 2001 | 2000 | 1999\n\n top\n\n Home | Links | Search\n\n Send comments about this site to the Webmaster\n\n  Quick Find:\n",
    );
    assert_eq!(summary(&s), ["1.|numbered|0|Real text."]);
    assert_eq!(s.meta.date.as_deref(), Some("2001-08-13"));
    let s = segment("Joint Statement\n\nRead more about it.\n\n\nStay Connected\nMust Read\nRelated News");
    assert_eq!(summary(&s), ["¶1|paragraph|0|Read more about it."]);
}

#[test]
fn repeated_title_under_the_header_is_not_a_clause() {
    let s = segment(
        "Subject: Council conclusions on Digital Diplomacy\n\nCouncil Conclusions on Digital Diplomacy\n\n1) The Council notes.",
    );
    assert_eq!(summary(&s), ["1)|numbered|0|The Council notes."]);
}

#[test]
fn clause_text_has_no_markup_and_source_ranges_cover_the_clause() {
    let src = "T\n\n1) The meeting was co-chaired by Thierry **Breton**.\n";
    let s = segment(src);
    let c = &s.clauses[0];
    assert_eq!(
        &s.text[c.text.start as usize..c.text.end as usize],
        "The meeting was co-chaired by Thierry Breton."
    );
    assert!(src[c.source.clone()].starts_with("1) The meeting"));
    assert_eq!(c.spans.len(), 1);
}

#[test]
fn a_mid_paragraph_number_does_not_split_the_paragraph() {
    let s = segment("Joint Statement\n\nThe parties met on\n12. They agreed.\n");
    assert_eq!(s.clauses.len(), 1);
}

#[test]
fn empty_and_markup_only_input_yield_no_clauses() {
    assert!(segment("").clauses.is_empty());
    assert!(segment("###\n\n---\n\n** **").clauses.is_empty());
}

#[test]
fn a_council_header_laid_out_as_a_table_gives_the_same_metadata() {
    let s = segment(
        "| Council of the European Union | Brussels, 17 November 2020 (OR. en) |\n| | 12804/20 |\n| | LIMITE |\n| | CFSP/PESC 1204 COPS 455 |\n\n| NOTE | |\n|---|---|\n| From: | General Secretariat of the Council |\n| To: | Delegations |\n| Subject: | Council conclusions on Digital Diplomacy |\n\nDelegations will find attached the conclusions.\n\n1. The Council notes.\n",
    );
    assert_eq!(
        s.meta.title.as_deref(),
        Some("Council conclusions on Digital Diplomacy")
    );
    assert_eq!(s.meta.date.as_deref(), Some("2020-11-17"));
    assert_eq!(s.meta.number.as_deref(), Some("12804/20"));
    assert_eq!(s.meta.marking.as_deref(), Some("LIMITE"));
    assert_eq!(s.meta.codes, ["CFSP/PESC 1204", "COPS 455"]);
    assert_eq!(s.meta.from.as_deref(), Some("General Secretariat of the Council"));
    assert_eq!(s.meta.to.as_deref(), Some("Delegations"));
    assert_eq!(
        summary(&s),
        [
            "¶1|paragraph|0|Delegations will find attached the concl",
            "1.|numbered|0|The Council notes."
        ]
    );
}

#[test]
fn body_table_rows_are_clauses_with_their_cells_side_by_side() {
    let s = segment("Title\n\n| Ref | Name | Listed |\n|---|---|---|\n| QDi.001 | A \\| B | 2001 |\n\nAfter.\n");
    assert_eq!(
        summary(&s),
        [
            "¶1|paragraph|0|Ref │ Name │ Listed",
            "¶2|paragraph|0|QDi.001 │ A | B │ 2001",
            "¶3|paragraph|0|After."
        ]
    );
}

#[test]
fn footnotes_attach_to_the_clause_citing_them_and_pages_to_where_clauses_start() {
    let s = segment(
        "<!-- page 1 -->\n\nTitle\n\n1. On 11 February 2026[^2] the Council[^1] met.\n\n<!-- page 2 -->\n\n2. It met again[^1].\n\n[^1]: First note, page 1.\n[^2]: Second note.\n[^1]: First note, page 2.\n",
    );
    let notes = |i: usize| -> Vec<(String, u32, String)> {
        s.clauses[i]
            .notes
            .iter()
            .map(|n| (n.marker.clone(), n.at, n.text.clone()))
            .collect()
    };
    assert_eq!(s.clause_text_for_test(0), "On 11 February 2026 the Council met.");
    assert_eq!(
        notes(0),
        [
            ("2".to_string(), 19, "Second note.".to_string()),
            ("1".to_string(), 31, "First note, page 1.".to_string())
        ]
    );
    assert_eq!(notes(1), [("1".to_string(), 12, "First note, page 2.".to_string())]);
    assert_eq!((s.clauses[0].page, s.clauses[1].page), (Some(1), Some(2)));
}

#[test]
fn a_note_nobody_cites_joins_the_clause_before_it_and_stray_references_go() {
    let s = segment("Joint Statement\n\n1. A[^9].\n\n[^3]: Lost note.\n\n2. B.\n");
    assert!(s.clauses[0].notes.iter().all(|n| n.marker == "3"));
    assert_eq!(s.clauses[0].notes.len(), 1);
    assert!(s.clauses[1].notes.is_empty());
    assert_eq!(s.clauses[0].page, None);
}

#[test]
fn an_empty_front_matter_before_a_letterhead_keeps_clause_sources_in_order() {
    // Found by the property test: each clause's source lies after the last.
    let source = "---\n---\nThe Council a LIMITE\nCouncil of the\nEuropean Union ";
    let s = segment(source);
    let mut end = 0;
    for c in &s.clauses {
        assert!(
            c.source.start >= end && c.source.end <= source.len(),
            "{:?} after {end}",
            c.source
        );
        end = c.source.end;
    }
}

#[test]
fn a_clause_after_a_removed_tag_keeps_its_source_line() {
    // Found by the property test: a tag removed from a line shortened the
    // text, and clause sources pointed before their lines.
    let source = "\u{80}]( Subject: Council conclusions on   ***To: Delegations <A> a \" NOTE\n\nº";
    let s = segment(source);
    for c in &s.clauses {
        let text = &s.text[c.text.start as usize..c.text.end as usize];
        let from = &source[c.source.clone()];
        for ch in text.chars().filter(|c| c.is_alphanumeric()) {
            assert!(from.contains(ch), "{ch:?} of {text:?} not in its source {from:?}");
        }
    }
}

#[test]
fn a_one_letter_numbered_paragraph_is_kept() {
    let s = segment("1. o.\n\n");
    assert_eq!(summary(&s), ["1.|numbered|0|o."], "{:?}", s.meta);
}

#[test]
fn letterhead_lines_join_only_where_a_name_runs_on() {
    let lines = split_lines(
        "COUNCIL OF\nTHE EUROPEAN UNION\nCouncil of the European Union\nGeneral Secretariat\nBrussels, 1 February 2017\nFor Immediate Release\nOffice of the Press Secretary\n(Helsinki, Finland)\n",
    );
    let all: Vec<usize> = (0..lines.len()).collect();
    assert_eq!(
        super::header_paragraphs(&lines, &all),
        [
            "COUNCIL OF THE EUROPEAN UNION",
            "Council of the European Union",
            "General Secretariat",
            "Brussels, 1 February 2017",
            "For Immediate Release",
            "Office of the Press Secretary",
            "(Helsinki, Finland)",
        ]
    );
    // A blank line inside the name, as a PDF page's copy prints it.
    let lines = split_lines("Council of the\n\nEuropean Union\nBrussels, 19 June 2017\n");
    let some: Vec<usize> = vec![0, 2, 3];
    assert_eq!(
        super::header_paragraphs(&lines, &some),
        ["Council of the European Union", "Brussels, 19 June 2017"]
    );
}

#[test]
fn numbered_paragraphs_a_line_each_without_blank_lines_between() {
    let text = "Outcomes\n\nThe first standing meeting of Pacific Islands Forum Foreign Ministers was held at the Pacific Islands Forum Secretariat in Suva, Fiji, on 12 August 2016, and was chaired by Papua New Guinea.\n2. Ministers expressed their appreciation to the Government of Fiji for the warm hospitality accorded delegations at the welcome ceremony.\n3. Ministers commended the preparations for the 47th Pacific Islands Forum.\n";
    let s = segment(text);
    let labels: Vec<&str> = s.clauses.iter().map(|c| c.label.as_str()).collect();
    assert!(labels.contains(&"2.") && labels.contains(&"3."), "{labels:?}");
    // A page's wrapped line is continued, its full stop notwithstanding.
    let wrapped =
        "Outcomes\n\nThe Ministers met in Suva on 12 August 2016 and adopted the text in\n2. The Ministers agreed.\n";
    let s = segment(wrapped);
    assert!(s.clauses.iter().all(|c| c.label != "2."), "{:?}", summary(&s));
}

#[test]
fn a_list_the_text_announces_at_its_end_is_kept() {
    let text = "Council meeting\n\nThe Governments were represented as follows:\n\nBelgium:\n\nMr Renaat VAN ELSLANDE\n\nDenmark:\n\nMr Paul DALSAGER\n";
    let s = segment(text);
    assert_eq!(s.clauses.len(), 5, "{:?}", summary(&s));
    // A page's footer after the text is not.
    let s = segment(
        "Council meeting\n\nThe Council adopted the conclusions on the situation in the Middle East and asked the Presidency to report.\n\nShare this page\n\nContact us\n",
    );
    assert_eq!(s.clauses.len(), 1, "{:?}", summary(&s));
}

#[test]
fn a_numbered_paragraph_after_a_wrapped_paragraphs_short_last_line() {
    let text = "Conclusions\n\nThe EU welcomes the Declaration of Liberation of Libya made on October 23, which\nmarks the beginning of a new era for the country and its people, and the appointment\nof a Transitional Government, including participation of women, and\nnon discrimination.\n2. The EU encourages the National Transitional Council to pursue its calls for justice and\nreconciliation.\n";
    let s = segment(text);
    assert!(s.clauses.iter().any(|c| c.label == "2."), "{:?}", summary(&s));
}

#[test]
fn a_double_spaced_pdfs_sentence_runs_on_past_its_blank_lines() {
    let text = "Final Communiqué\n\n1. In response to the kind invitation of the President of the Republic of Senegal,\n\nthe Summit was held in Dakar.\n\n2. The session was preceded by the Senior Officials’ Meeting held on 8-9\n\nMarch 2008, which was followed by the Preparatory Ministerial Meeting.\n\n3. The Conference elected its bureau.\n\nUN Refugee Agency expresses gratitude to the United States for latest global funding\n\n30 March 2016\n";
    let s = segment(text);
    let texts: Vec<&str> = (0..s.clauses.len()).map(|i| s.clause_text_for_test(i)).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.ends_with("held on 8-9 March 2008, which was followed by the Preparatory Ministerial Meeting.")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.ends_with("of Senegal, the Summit was held in Dakar.")),
        "{texts:?}"
    );
    // A headline ending in a noun is not carried on into the date below it.
    assert!(
        texts.contains(&"UN Refugee Agency expresses gratitude to the United States for latest global funding"),
        "{texts:?}"
    );
}

#[test]
fn a_line_per_paragraph_without_blank_lines_and_a_signature_blocks_date() {
    let text = "We convey our deepest condolences to the people and Government of the Russian Federation on the tragic attack carried out at the Crocus Concert Hall in Moscow that resulted in the death of innocent people.\nThe Government and people of Nigeria commiserate with the victims of this tragic attack and pray for the repose of their souls.\nWe also pray for the quick recovery of those injured.\nAt this challenging time, we stand in brotherhood with the government and Russian Federation and send our deepest sympathy and condolences to the Russian President.\nMINISTRY OF FOREIGN AFFAIRS\nABUJA, NIGERIA\n23 March 2024";
    let s = segment(text);
    assert!(s.clauses.len() >= 4, "{:?}", summary(&s));
    assert_eq!(s.meta.date.as_deref(), Some("2024-03-23"));
    // A store's excerpt cut mid-sentence: its last line carries the paragraph on.
    let cut = "Remarks\n\nThe confluence of crises we face should drive us to do even more to live up to the promise of equality for all women and girls everywhere in the world today.\nWe must urgently stand against abuses. I am outraged by targeted attacks on women and girls in conflict, and on those who defend them.\nSecurity Council resolution 1325 (2";
    let s = segment(cut);
    let last = s.clause_text_for_test(s.clauses.len() - 1);
    assert!(
        last.ends_with("who defend them. Security Council resolution 1325 (2"),
        "{:?}",
        summary(&s)
    );
}

#[test]
fn a_menu_bar_run_into_prose_and_a_lead_read_as_the_title_stay_in_the_body() {
    let text = "EU-verklaring over de Europese toekomst van de Westelijke Balkan (en)\nMet dank overgenomen van Raad van de Europese Unie (Raad) i, gepubliceerd op zaterdag 11 maart 2006.\nC/06/77 Brussels, 11 March 2006, 7283/06 (Presse 77) |\n---|\nSalzburg EU/Western Balkans Joint Press Statement |\n-\n1.The Ministers of Foreign Affairs of the Member States of the European Union met in Salzburg at the occasion of the informal Foreign Ministers' meeting with their Western Balkan partners.\n";
    let s = segment(text);
    let all: Vec<&str> = (0..s.clauses.len()).map(|i| s.clause_text_for_test(i)).collect();
    assert!(all.iter().any(|t| t.contains("met in Salzburg")), "{all:?}");
    let lead = "14 JANUARY 2016\nThe Peace and Security Council of the African Union (AU), at its 567th meeting held on 14 January 2015, adopted the following decision on regional and international efforts to combat the Boko Haram terrorist group:\nTakes note of the briefing provided by the Commission on regional and international efforts to combat the Boko Haram terrorist group.\nRecalls its earlier decisions on the activities of Boko Haram and the efforts aimed at neutralizing this terrorist group.\n";
    let s = segment(lead);
    let all: Vec<&str> = (0..s.clauses.len()).map(|i| s.clause_text_for_test(i)).collect();
    assert!(
        all.iter()
            .any(|t| t.starts_with("The Peace and Security Council of the African Union")),
        "{all:?}"
    );
}

#[test]
fn a_sites_title_that_adds_its_section_to_the_pages_heading_gives_way_to_it() {
    let s = segment(
        "---\ndate: 2016-09-23\ntitle: Minister for Foreign Affairs - Joint Investigation Team Meeting\n---\n\n# Joint Investigation Team Meeting\n\nNew York\n\n22 September 2016\n\nThe ministers of Foreign Affairs met in New York to discuss the investigation.\n",
    );
    assert_eq!(s.meta.title.as_deref(), Some("Joint Investigation Team Meeting"));
    // A site's title that is not the heading and more stays the title.
    let s = segment(
        "---\ntitle: Statement on the elections in Albania\n---\n\n# Albania\n\nFrance welcomes the holding of the elections.\n",
    );
    assert_eq!(s.meta.title.as_deref(), Some("Statement on the elections in Albania"));
}

#[test]
fn a_title_dropped_from_the_body_as_a_repeat_is_read_with_the_header() {
    let s = segment(
        "Address in Helsinki Before the Conference on Security and Cooperation in Europe.\n\nAugust 01, 1975\n\nMay I begin by thanking Finland.\n",
    );
    assert_eq!(
        s.meta.title.as_deref(),
        Some("Address in Helsinki Before the Conference on Security and Cooperation in Europe.")
    );
    assert!(
        s.header.iter().any(|h| h.contains("Conference on Security")),
        "{:?}",
        s.header
    );
}

#[test]
fn a_wrapped_names_middle_initial_at_a_lines_start_is_no_lettered_item() {
    let s = segment(
        "Attending on the Soviet side were Members of the Politburo, Minister of Foreign Affairs of the USSR Eduard\nA. Shevardnadze; Member of the Politburo of the CPSU Central Committee, Secretary\nof the CPSU Central Committee Alexander N. Yakovlev.\n\nA. The first item of a list.\n",
    );
    let labels: Vec<String> = summary(&s)
        .iter()
        .map(|c| c.split('|').next().unwrap_or("").to_string())
        .collect();
    assert_eq!(labels.len(), 2, "{:?}", summary(&s));
    assert_eq!(labels[1], "A.");
}

#[test]
fn a_title_repeated_with_its_day_dates_the_text() {
    let s = segment(
        "Foreign minister Soini's opening address in a press conference in Haikko\n\nForeign minister Soini's opening address in a press conference in Haikko on 4 May 2017.\n\nDear colleague, ladies and gentlemen,\n\nToday I have had the pleasure of welcoming my colleague to springtime Haikko and the century-old Finland.\n",
    );
    assert_eq!(s.meta.date.as_deref(), Some("2017-05-04"));
    assert!(
        summary(&s).iter().all(|c| !c.contains("on 4 May 2017")),
        "{:?}",
        summary(&s)
    );
}

#[test]
fn a_pages_stored_or_updated_date_dates_only_a_text_nothing_else_dates() {
    let s = segment(
        " date 2022-03-01 WiredGov Newswire (news from other organisations)\nStatement by UNICEF Executive Director Catherine Russell calling for a suspension of hostilities in Ukraine\n“The situation for children caught up in the conflict in Ukraine grows worse by the minute, and we appeal for calm.\n",
    );
    assert_eq!(s.meta.date.as_deref(), Some("2022-03-01"));
    let s = segment(
        "Last Updated: Feb 13, 2017 - 1:45:37 AM |\nNassau, Bahamas - The following is a statement by the Hon. Fred Mitchell, Minister of Foreign Affairs and Immigration at a Press conference prior to departure to OAS General Assembly:\n1st June 2014\nTomorrow I will depart with a foreign service team to the annual General Assembly meeting of the Organization of American States in Asuncion, Paraguay. I return to the country for Labour Day.\nThe conference is the annual get together of Ministers of Foreign Affairs from across the hemisphere. It includes every country in the hemisphere except Cuba.\n",
    );
    assert_eq!(s.meta.date.as_deref(), Some("2014-06-01"));
}

#[test]
fn a_title_opening_with_the_acts_kind_and_symbol_numbers_the_text() {
    let s = segment(
        "Rezoluția CM/Res(2022)1 privind consecințele suspendării Federației Ruse din drepturile sale de reprezentare în Consiliul Europei\n” The Committee of Ministers,\nConsidering the serious violation by the Russian Federation of its obligations under Article 3 of the Statute\nof the Council of Europe;\nReiterating its decision on the situation in Ukraine of 24 February 2022 (CM/Del/Dec(2022)1426bis/2.3)\nurging the Russian Federation to immediately and unconditionally cease its military operations in Ukraine;\n",
    );
    assert_eq!(
        s.meta.title.as_deref(),
        Some(
            "Rezoluția CM/Res(2022)1 privind consecințele suspendării Federației Ruse din drepturile sale de reprezentare în Consiliul Europei"
        )
    );
    assert_eq!(s.meta.number.as_deref(), Some("CM/Res(2022)1"));
    // The preamble's decisions are cited, not the text's own date.
    assert_eq!(s.meta.date, None);
}
