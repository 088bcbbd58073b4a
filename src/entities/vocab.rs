//! Word lists for the name rules: head words of institutions and programmes,
//! role cues before personal names, and capitalised words that are never names.
//! One table, built once, answers which lists a word is in.

use std::sync::OnceLock;

use super::surfaces;

/// Words that end an organisation's name.
#[rustfmt::skip]
pub static ORG_HEADS: WordSet = WordSet::new(0, &[
    "Academy", "Agency", "Alliance", "Assembly", "Association", "Authorities", "Authority", "Bank", "Board",
    "Center", "Centre", "Chamber", "Coalition", "Command", "Commission", "Commissions", "Committee", "Company",
    "Consortium", "Consultations", "Cooperation Agency", "Corporation", "Council", "Court", "Delegation",
    "Department", "Dialogue", "Directorate", "Directorate-General", "Division", "Embassy", "Federation", "Force",
    "Forum", "Foundation", "GmbH", "Government", "Group", "Guard", "Hub", "Hubs", "Inc", "Inc.", "Institute",
    "LLC", "League", "Limited", "Ltd", "Ltd.", "Ministry", "Mission", "Navy", "Network", "Observatory", "Office",
    "Organisation", "Organization", "PLC", "Panel", "Parliament", "Party", "Platform", "Police", "Secretariat",
    "Secretariat-General", "Senate", "Service", "Society", "Structure", "Team", "Tribunal", "Troika",
    "Undertaking", "Union", "University",
]);

/// Words that end a programme's, law's or agreement's name.
#[rustfmt::skip]
pub static PROGRAMME_HEADS: WordSet = WordSet::new(1, &[
    "Accord", "Accords", "Act", "Agenda", "Agreement", "Agreements", "Appeal", "Arrangement", "Arrangements",
    "Charter", "Compact", "Convention", "Corridor", "Covenant", "Covenants", "Declaration", "Directive", "Facility",
    "Formula", "Framework", "Goals", "Guidelines", "Initiative", "Instrument", "Law", "Mechanism", "Memorandum",
    "Package", "Pact", "Paper", "Partnership", "Plan", "Pledge", "Principles", "Process", "Program", "Programme", "Protocol",
    "Regulation", "Roadmap", "Round", "Sprint", "Statute", "Strategy", "Talks", "Treaty", "Vision",
]);

/// Heads that open a name followed by `of`/`for`/`on` (`Ministry of …`, `Declaration on …`).
#[rustfmt::skip]
pub static ORG_HEADS_FIRST: WordSet = WordSet::new(2, &[
    "Agency", "Assembly", "Association", "Authority", "Bank", "Board", "Center", "Centre", "Chamber", "Commission",
    "Committee", "Conference", "Council", "Court", "Delegation", "Department", "Directorate", "Division",
    "Embassy", "Federation", "Force", "Forum", "Fund", "Group", "House", "Institute", "League", "Ministry",
    "Mission", "Office", "Organisation", "Organization", "Parliament", "Party", "Presidency", "Secretariat",
    "Senate", "Service", "Team", "Union", "University",
]);

#[rustfmt::skip]
pub static PROGRAMME_HEADS_FIRST: WordSet = WordSet::new(3, &[
    "Accord", "Act", "Agenda", "Agreement", "Arrangement", "Bill", "Charter", "Code", "Convention", "Covenant", "Covenants",
    "Declaration", "Framework", "Initiative", "Memorandum", "Pact", "Partnership", "Plan", "Program",
    "Programme", "Protocol", "Roadmap", "Statute", "Strategy", "Treaty",
]);

/// Lower-case words that may join the capitalised words of one name.
#[rustfmt::skip]
pub static CONNECTORS: WordSet = WordSet::new(4, &[
    "&", "and", "de", "des", "du", "for", "of", "on", "to", "van", "von",
]);

/// Particles inside personal names (`Staffan de Mistura`, `von der Leyen`,
/// the Kalenjin `arap` of `Daniel arap Moi`).
#[rustfmt::skip]
pub static PARTICLES: WordSet = WordSet::new(5, &[
    "Bin", "Bint", "Ibn", "al", "arap", "ben", "bin", "bint", "binte", "binti", "da", "das", "de", "del", "den",
    "der", "di", "do", "dos", "du", "el", "ibn", "ibni", "la", "le", "ten", "ter", "van", "von", "wa",
]);

/// Capitalised sentence openers that never start a name.
#[rustfmt::skip]
pub static OPENERS: WordSet = WordSet::new(6, &[
    "A", "Accordingly", "Acknowledges", "Acknowledging", "Additionally", "Affirms", "After", "Again", "All",
    "Also", "Among", "An", "And", "Any", "Appeals", "As", "At", "Aware", "Bearing", "Before", "Believes",
    "Between", "Both", "But", "By", "Calls", "Commends", "Concerned", "Concerning", "Condemns", "Consequently",
    "Considering", "Considers", "Convinced", "Current", "Dear", "Decides", "Deeply", "Demands", "Deplores",
    "During", "Each", "Earlier", "Emphasises", "Emphasising", "Emphasizes", "Emphasizing", "Encourages",
    "Endorses", "Every", "Existing", "Expresses", "Expressing", "Finally", "First", "Following", "For", "From",
    "Further", "Furthermore", "Gravely", "Having", "He", "Hence", "Her", "Here", "His", "However", "If", "In",
    "Indeed", "Insists", "Instead", "Instructs", "Invites", "It", "Its", "Last", "Later", "Likewise", "Many",
    "Meanwhile", "Meets", "Mindful", "More", "Moreover", "Most", "Nevertheless", "New", "Next", "Nor", "Notes",
    "Noting", "Now", "On", "Or", "Other", "Our", "Read", "Reaffirming", "Reaffirms", "Recalling", "Recalls",
    "Recognising", "Recognizing", "Regrets", "Reiterates", "Reiterating", "Relevant", "Requests", "Second",
    "See", "Several", "She", "Similarly", "Since", "Some", "Stresses", "Stressing", "Subsequently", "Such",
    "Supports", "Takes", "Taking", "That", "The", "Their", "Then", "There", "Therefore", "These", "They",
    "Third", "This", "Those", "Through", "Thus", "To", "Today", "Together", "Tomorrow", "Tonight", "Under",
    "Underlines", "Underlining", "Urges", "We", "Welcomes", "Welcoming", "When", "Where", "While", "With",
    "Within", "Yesterday", "Yet", "Your",
]);

/// Role cues before a personal name. Multi-word roles end in one of these.
/// (With honorifics of many states: Ethiopia's `Ato` and `Woizero`, Fiji's
/// `Ratu`, and a sovereign's style, `His Imperial Majesty`.)
#[rustfmt::skip]
pub static CUES: WordSet = WordSet::new(7, &[
    "Adm", "Adm.", "Admiral", "Adviser", "Advisor", "Afdelingschef", "Al-Hajj", "Alh.", "Alhaj", "Alhaji",
    "Alhajj", "Alteza", "Amb", "Amb.", "Ambasciatore", "Ambassadeur", "Ambassador", "Ambassadör", "Ambassadør",
    "Archbishop", "Ato", "Außenminister", "Außenministerin", "Avdelingsdirektør", "Awang", "Ayatollah", "Bapak",
    "Barrister", "Begum", "Botschafter", "Botschafterin", "Brig", "Brig.", "Brigadier", "Bundeskanzler",
    "Bundeskanzlerin", "Bundeskanzlers", "Bundesminister", "Bundesministerin", "Bundespräsident", "Canciller",
    "Capt", "Capt.", "Captain", "Cardinal", "Chair", "Chairman", "Chairperson", "Chairwoman", "Chancelier",
    "Chancelière", "Chancellor", "Cheikh", "Chief", "Co-chairs", "Col", "Col.", "Colonel", "Commander",
    "Commissioner", "Congressman", "Congresswoman", "Consul", "Contact", "Councillor", "Councilor", "Counsellor",
    "Counselor", "DR.", "Dame", "Dasho", "Datin", "Dato", "Dato'", "Dato’", "Datuk", "Daw", "Dayang",
    "Departementsråd", "Deputy", "Director", "Director-General", "Docteur", "Doctor", "Dr", "Dr.", "Dronning",
    "Ekspedisjonssjef", "Embajador", "Embajadora", "Emir", "Envoy", "Excelencia", "Excellence", "Excellencies",
    "Excellency", "Excelência", "Frau", "Gen", "Gen.", "Gov.", "Governor", "H.E.", "HE", "HON.", "Hajah", "Haji",
    "Head", "Heer", "Herr", "Highness", "Hon", "Hon'ble", "Hon.", "Honorable", "Honourable", "Hon’ble", "Imam",
    "Informationschef", "Judge", "Kansliråd", "Kanzler", "Kanzlerin", "King", "Kommunikasjonsrådgiver",
    "Kommunikasjonssjef", "Kommunikationschef", "Kong", "Kontorchef", "Kung", "Lady", "Lord", "Lt", "Lt.",
    "Lyonpo", "Lähetystöneuvos", "MINISTER", "MR.", "Madam", "Madame", "Maitre", "Maj", "Maj.", "Majestad",
    "Majestade", "Majesty", "Majesté", "Marshal", "Mayor", "Maître", "Mevrouw", "Minister", "Ministerpräsident",
    "Ministerpräsidenten", "Ministerpräsidentin", "Ministre", "Ministro", "Miss", "Mme", "Mme.", "Monsieur", "Mr",
    "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Osastopäällikkö", "PRESIDENT", "Pak", "Pehin", "Pengiran", "Pope",
    "Premier", "President", "Presschef", "Presseattaché", "Pressechef", "Pressekontakt", "Pressekreterare",
    "Presserådgiver", "Pressesekretær", "Pressesjef", "Pressesprecher", "Pressesprecherin", "Pressetalskvinde",
    "Pressetalsmand", "Prince", "Princess", "Princesse", "Prof", "Prof.", "Profesor", "Profesora", "Professeur",
    "Professor", "Professora", "Präsident", "Präsidenten", "Präsidentin", "Président", "Présidente", "Queen",
    "Rabbi", "Rainha", "Rapporteur", "Ratu", "Regierungssprecher", "Regierungssprecherin", "Rei", "Reina",
    "Reine", "Rep.", "Representative", "Rey", "Roi", "Rt", "Rt.", "Samdech", "Sayyid", "Sayyida", "Secretary",
    "Secretary-General", "Sen.", "Senator", "Senhor", "Senhora", "Seniorrådgiver", "Seri", "Setia", "Seyed",
    "Seyyed", "Señor", "Señora", "Shaikh", "Shaykh", "Shaykha", "Sheik", "Sheikh", "Sheikha", "Shri", "Shrimati",
    "Signed", "Signor", "Signora", "Sir", "Smt", "Smt.", "Speaker", "Spokesman", "Spokesperson", "Spokeswoman",
    "Sra.", "Staatsminister", "Staatsministerin", "Staatspräsident", "Staatspräsidenten", "Staatssecretaris",
    "Staatssekretär", "Staatssekretärin", "Statsminister", "Statssekreterare", "Statssekretær", "Sultan",
    "Tanaiste", "Taoiseach", "Tengku", "Tunku", "Tánaiste", "Udenrigsminister", "Ulkoministeri",
    "Under-Secretary", "Under-Secretary-General", "Underdirektør", "Undersecretary", "Undersecretary-General",
    "Utenriksminister", "Utrikesminister", "Vice-Chairman", "Vice-Chancellor", "Vice-Minister", "Vice-Premier",
    "Vice-President", "Vice-Président", "Vice-president", "Vicepresidente", "Viestintäpäällikkö", "Woizero",
    "co-chair", "co-chaired", "co-chairs", "envoy", "heer", "mevrouw", "minister", "ministra", "ministre",
    "ministro", "signed", "spokesman", "spokesperson", "spokeswoman", "statsminister", "udenrigsminister",
    "ulkoministeri", "utenriksminister", "utrikesminister", "Émir",
]);

/// Capitalised words of roles, portfolios and institutions, and nationalities
/// (`Toshio Isogai` / `Japanese Ambassador to Fiji`): never part of a personal name.
#[rustfmt::skip]
pub static NOT_NAMES: WordSet = WordSet::new(8, &[
    "Abroad", "Administration", "Adviser", "Advisor", "Afdelingschef", "Affair", "Affaires", "Affairs", "Affari",
    "Afghan", "Afghanistan", "African", "Agency", "Agreement", "Agriculture", "Aid", "Albanian", "Algerian",
    "Ambassade", "Ambassador", "Ambassadors", "Ambassadör", "Ambassadør", "American", "Amerikaanse", "Amirs",
    "And", "Andorran", "Angolan", "Annex", "Antiguan", "Arab", "Architect", "Argentine", "Argentinian", "Armed",
    "Armenian", "Armes", "Army", "Asian", "Assembly", "Assistant", "Asuntos", "Attaché", "Attorney", "Australian",
    "Australische", "Austrian", "Authority", "Avdelingsdirektør", "Avenue", "Aviation", "Azerbaijani", "Bahamian",
    "Bahraini", "Bangladeshi", "Barbadian", "Basotho", "Belarusian", "Belgian", "Belgische", "Belizean",
    "Beninese", "Betrekkingen", "Bhutanese", "Bilateral", "Binnenlandse", "Bolivian", "Bosnian", "Botswanan",
    "Boulevard", "Box", "Branch", "Brazilian", "British", "Briton", "Britons", "Britse", "Broadcasting",
    "Brothers", "Bruneian", "Budget", "Buitenlandse", "Bulgaarse", "Bulgarian", "Bureau", "Burkinabe", "Burmese",
    "Burundian", "CBE", "CMG", "Cabinet", "Calle", "Cambodian", "Cameroonian", "Canadese", "Canadian",
    "Cancillería", "Ceremony", "Chadian", "Chair", "Chairman", "Chairs", "Chamber", "Chancelier", "Chancelière",
    "Chancellor", "Charge", "Chargé", "Chief", "Children", "Chilean", "Chinese", "Civil", "Climate",
    "Co-operation", "Co-ordinator", "Colombian", "Comisario", "Comisión", "Commerce", "Commissaire", "Commission",
    "Commissione", "Commissioner", "Commissioners", "Communication", "Communications", "Communiqué",
    "Communities", "Comorian", "Competition", "Comptroller", "Conference", "Congolese", "Congress", "Congressman",
    "Congresswoman", "Conseil", "Consejo", "Conservative", "Constitutional", "Consul", "Consular", "Consultative",
    "Context", "Cooperation", "Cooperatives", "Coordinating", "Coordinator", "Corp", "Council", "Councillor",
    "Councilor", "Counsel", "Counsellor", "Court", "Courts", "Crest", "Crisis", "Croatian", "Crown", "Cuban",
    "Culture", "Cyber", "Cypriot", "Cypriotische", "Czech", "Czechoslovak", "DBE", "Danish", "Declaración",
    "Declaration", "Declaração", "Deense", "Defence", "Defense", "Delegate", "Delegates", "Delegation",
    "Delegations", "Democracy", "Democrat", "Departementsråd", "Department", "Deputy", "Derechos", "Desarme",
    "Designate", "Desk", "Development", "Dialogue", "Diaspora", "Digital", "Diplomacy", "Diplomatic", "Director",
    "Directorate", "Directors", "Disabilities", "Distinguished", "Division", "Djiboutian", "Dominican", "Dr",
    "Droits", "Duitse", "Dutch", "Dutchman", "Día", "Economic", "Economy", "Ecuadorian", "Education", "Egyptian",
    "Ekspedisjonssjef", "Elect", "Electoral", "Electricity", "Embajada", "Embassy", "Emigrants", "Emirati",
    "Emirs", "Employment", "Endowments", "Energy", "Englishman", "Enlargement", "Environment", "Envoy", "Envoys",
    "Equality", "Equatoguinean", "Eritrean", "Estado", "Estados", "Esteri", "Estonian", "Estrangeiros", "Estse",
    "Etats", "Ethiopian", "European", "Europese", "Excellency", "Executive", "Expatriates", "Export", "Exports",
    "Exteriores", "External", "Extranjeros", "Extérieures", "Family", "Faroese", "Faso", "Federal", "Fijian",
    "Filipino", "Finance", "Finnish", "Finse", "Fisheries", "Flag", "Food", "For", "Forces", "Foreign",
    "Forestry", "Forum", "Franse", "French", "Frenchman", "Friend", "GBE", "GCB", "GCMG", "GCVO", "Gabonese",
    "Gambian", "Gas", "Gender", "General", "Generale", "Gentlemen", "Georgian", "German", "Ghanaian", "Gobierno",
    "Gouvernement", "Government", "Governor", "Greek", "Greenlander", "Greenlanders", "Grenadian", "Griekse",
    "Growth", "Guatemalan", "Guests", "Guinean", "Guyanese", "Haitian", "Head", "Heads", "Health", "Help", "Her",
    "Heritage", "High", "Highnesses", "His", "Home", "Honduran", "Hongaarse", "Honorary", "Honourable", "House",
    "Housing", "Humanitarian", "Humanos", "Hungarian", "ICT", "Icelander", "Icelanders", "Icelandic", "Ierse",
    "Indian", "Indigenous", "Indonesian", "Industrial", "Industry", "Information", "Infrastructure", "Innovation",
    "Intelligence", "Interior", "Internal", "International", "Investment", "Iranian", "Iraqi", "Irish",
    "Irishman", "Islamic", "Islander", "Islanders", "Israeli", "Italiaanse", "Italian", "Ivorian", "Jamaican",
    "Japanese", "Japanse", "Jordanian", "Jr", "Jr.", "Justice", "KBE", "KC", "KCB", "KCMG", "KCVO", "Kansliråd",
    "Kazakh", "Keeper", "Kenyan", "Kingdom", "Kings", "Kommunikasjonsrådgiver", "Kommunikasjonssjef",
    "Kontorchef", "Korean", "Kosovar", "Kroatische", "Kurdish", "Kuwaiti", "Kyrgyz", "Labor", "Labour", "Ladies",
    "Land", "Lands", "Lankan", "Lao", "Laotian", "Latvian", "Law", "Leader", "Leaders", "Lebanese", "Legal",
    "Legislative", "Leonean", "Les", "Letse", "Liberal", "Liberian", "Libyan", "Lithuanian", "Litouwse", "Local",
    "Luxembourger", "Luxembourgish", "Luxemburgse", "Lähetystöneuvos", "MBE", "MHR", "MP", "Macedonian",
    "Majesties", "Malagasy", "Malawian", "Malaysian", "Maldivian", "Malian", "Maltese", "Management", "Maritime",
    "Market", "Marshallese", "Matters", "Mauritanian", "Mauritian", "Mayor", "Media", "Meeting", "Meetings",
    "Member", "Members", "Mesdames", "Messieurs", "Mexican", "Micronesian", "Migration", "Mines", "Mining",
    "Minister", "Minister-President", "Ministerio", "Ministero", "Ministerpräsident", "Ministerpräsidentin",
    "Ministers", "Ministra", "Ministre", "Ministres", "Ministro", "Ministros", "Ministry", "Ministère",
    "Minorities", "Mission", "Moldovan", "Monegasque", "Mongolian", "Montenegrin", "Moroccan", "Mosques",
    "Mozambican", "Mr", "Mrs", "Ms", "Multilateral", "Naciones", "Namibian", "National", "Nations", "Nauruan",
    "Navy", "Nederlandse", "Negotiations", "Negócios", "Neighbourhood", "Nepalese", "Nepali", "Netherlander",
    "Nicaraguan", "Nigerian", "Nigerien", "Noorse", "Norwegian", "OBE", "Ocean", "Oceans", "Oekraïense", "Of",
    "Office", "Officials", "Oil", "Omani", "Oostenrijkse", "Operations", "Opposition", "Osastopäällikkö",
    "Overseas", "Pakistani", "Palace", "Palauan", "Palestinian", "Panamanian", "Paraguayan", "Parliament",
    "Parliamentary", "Partes", "Party", "Paymaster", "Peace", "People's", "People’s", "Permanent", "Persian",
    "Personal", "Personnel", "Peruvian", "Petroleum", "Planning", "Police", "Policy", "Polish", "Political",
    "Poolse", "Portugese", "Portuguese", "Posts", "Power", "Presidency", "President", "Presidente", "Presidentes",
    "Presidents", "Press", "Presseattaché", "Prime", "Princes", "Prisons", "Project", "Protection", "Protocol",
    "Président", "Public", "Published", "QC", "Qatari", "Quad", "Queens", "Readout", "Records", "Reform",
    "Reforms", "Regierungssprecher", "Regierungssprecherin", "Region", "Regional", "Relaciones", "Relations",
    "Relações", "Release", "Religious", "Representative", "Representatives", "Repubblica", "Republic",
    "Republican", "República", "Research", "Resources", "Retreat", "Rican", "Right", "Rights", "Roemeense",
    "Romanian", "Royal", "Rue", "Rule", "Rural", "Russian", "Russische", "Rwandan", "République", "Said",
    "Salvadoran", "Sammarinese", "Samoan", "Saudi", "Science", "Scotsman", "Scottish", "Search", "Secretariat",
    "Secretaries", "Secretario", "Secretary", "Secretary-General", "Secrétaire", "Section", "Security",
    "Seguridad", "Senate", "Senator", "Senegalese", "Senhoras", "Senhores", "Seniorrådgiver", "Seniors",
    "Serbian", "Service", "Services", "Session", "Sessions", "Seychellois", "Señoras", "Señores", "Singaporean",
    "Sisters", "Site", "Slovak", "Sloveense", "Slovene", "Slovenian", "Slowaakse", "Social", "Solicitor",
    "Solidarity", "Somali", "Somalian", "Soviet", "Spaanse", "Spanish", "Speaker", "Special", "Speech",
    "Spokesperson", "Spokespersons", "Sport", "Sports", "Sr", "Sr.", "Staatsministerin", "Staff", "State",
    "Statement", "States", "Statistics", "Statssekreterare", "Statssekretær", "Strategic", "Street", "Sudanese",
    "Summit", "Summits", "Summoned", "Supreme", "Surinamese", "Sustituto", "Swazi", "Swedish", "Swiss", "Syrian",
    "Sécurité", "Tajik", "Tanaiste", "Tanzanian", "Taoiseach", "Team", "Technology", "Telecommunications",
    "Territories", "Thai", "The", "Timorese", "Today", "Togolese", "Tongan", "Tourism", "Trade", "Transcript",
    "Transcripts", "Transparency", "Transport", "Transportation", "Treasurer", "Treasury", "Treaties",
    "Trinidadian", "Tsjechische", "Tunisian", "Turkish", "Turkmen", "Turkse", "Tuvaluan", "Tánaiste", "Ugandan",
    "Ukrainian", "Underdirektør", "Unidas", "Unies", "Union", "Unit", "United", "Urban", "Uruguayan", "Us",
    "Uzbek", "Values", "Vanuatuan", "Venezuelan", "Ver", "Verdean", "Veterans", "Via", "Vice", "Vice-President",
    "Vice-president", "Video", "Viestintäpäällikkö", "Vietnamese", "Water", "Welfare", "Wildlife", "Women",
    "Works", "Worldwide", "Yemeni", "Youth", "Yugoslav", "Zaken", "Zambian", "Zealander", "Zealanders",
    "Zimbabwean", "Zweedse", "États", "Étrangères",
]);

/// Common nouns that name a coinage as an initiative (`TechPlomacy initiative`).
#[rustfmt::skip]
pub static INITIATIVE_NOUNS: WordSet = WordSet::new(9, &[
    "campaign", "initiative", "platform", "program", "programme", "project", "strategy", "track",
]);

/// Possessives that are part of a name (`People’s Republic`, `Women's Forum`).
#[rustfmt::skip]
pub static NAME_POSSESSIVES: WordSet = WordSet::new(10, &[
    "Children's", "Children’s", "People's", "Peoples'", "People’s", "Women's", "Women’s", "Workers'",
]);

/// Month and day names are capitalised but never part of an institution's name.
#[rustfmt::skip]
pub static CALENDAR: WordSet = WordSet::new(11, &[
    "April", "August", "December", "February", "Friday", "January", "July", "June", "March", "May", "Monday",
    "November", "October", "Saturday", "September", "Sunday", "Thursday", "Tuesday", "Wednesday",
]);

/// Roles that open a run but are not part of the institution (`President of the Security Council`).
#[rustfmt::skip]
pub static ROLES: WordSet = WordSet::new(12, &[
    "Adviser", "Advisor", "Ambassador", "Assistant", "Chair", "Chairman", "Chairperson", "Chief", "Chiefs",
    "Co-Founder", "Co-founder", "Co-ordinator", "Commissioner", "Commissioners", "Coordinator", "Counsellor",
    "Delegate", "Directive", "Director", "Director-General", "Envoy", "Experts", "Founder", "General", "Governor",
    "Head", "Highlights", "Leader", "Meeting", "Member", "Members", "Minister", "Monitor", "Observer", "Officer",
    "Participants", "Parties", "President", "Proposal", "Rapporteur", "Record", "Regulation", "Representative",
    "Results", "Secretary", "Secretary-General", "Session", "Signatories", "Speaker", "Spokesman", "Spokesperson",
    "Spokeswoman", "Under-Secretary", "Under-Secretary-General", "Undersecretary", "Undersecretary-General",
    "Vice-President", "Vice-president", "Welcome", "results",
]);

/// Capitalised phrases that read like names but are concepts.
#[rustfmt::skip]
pub static NOT_INSTITUTIONS: WordSet = WordSet::new(13, &[
    // (With a gathering's members, a site's menu, a role and a committee of
    // any assembly: no body's name on their own.)
    "Chapter", "EU Special Representative", "Heads of Government", "Heads of State", "Main Committee",
    "Media Center", "Media Centre", "Member State", "Member States", "Rule of Law", "Special Representative",
]);

/// Compass words that make a region of a known place (`Eastern Indonesia`, `North Viet-Nam`).
#[rustfmt::skip]
pub static COMPASS: WordSet = WordSet::new(14, &[
    "Central", "East", "Eastern", "Lower", "North", "North-East", "North-West", "Northeast", "Northern",
    "Northwest", "South", "South-East", "South-West", "Southeast", "Southern", "Southwest", "Upper", "West",
    "Western",
]);

/// Words that end a place's or a landmark's name: a given name before one
/// (`Solomon Island`, `Nelson Mandela Square`) is no person.
#[rustfmt::skip]
pub static PLACE_HEADS: WordSet = WordSet::new(15, &[
    "Airport", "Avenue", "Award", "Bay", "Bridge", "Building", "Canal", "City", "Coast", "Cup", "Gulf", "Hall",
    "Harbour", "Highway", "Hotel", "Island", "Islands", "Lake", "Lecture", "Memorial", "Mountain", "Mountains",
    "Palace", "Park", "Peninsula", "Port", "Prize", "Province", "Region", "River", "Road", "Sea", "Square",
    "Stadium", "Station", "Strait", "Street", "Valley",
]);

/// Words of a document's kind or state glued before a name (`Draft Report to
/// the European Parliament`), and an agenda item's nouns before the body it
/// is about (`Preparation of the Spring European Council`, `Activities of
/// the Korean Peninsula Energy Development Organization`), and an archive's
/// field (`Period of Service: 11/03/1983 - 20/12/1991`): never a name's first
/// word.
#[rustfmt::skip]
pub static DOCUMENT_WORDS: WordSet = WordSet::new(16, &[
    "Activities", "Address", "Annex", "Annotated", "Communique", "Communiqué", "Concluding", "Database", "Draft",
    "Election", "Introductory", "Letter", "List", "Manual", "Message", "Note", "Outcome", "Period", "Preparation",
    "Preparations", "Record", "Reform", "Regarding", "Release", "Remarks", "Report", "Reports", "Resolution",
    "Resolutions", "Session", "Speech", "Statement", "Statements", "Summary", "Terms", "Text", "Transcript",
    "Visit",
]);

/// Verbs of a headline in title case (`Security Council Extends Mandate of
/// …`, `Secretary-General Condemns …`): a name never goes on through one.
#[rustfmt::skip]
pub static HEADLINE_VERBS: WordSet = WordSet::new(17, &[
    "Adopts", "Agrees", "Announces", "Appeals", "Approves", "Attends", "Briefs", "Calls", "Commends",
    "Concludes", "Condemns", "Congratulates", "Deplores", "Discusses", "Elects", "Endorses", "Expresses",
    "Extends", "Hails", "Hears", "Holds", "Inaugurates", "Launches", "Leads", "Meets", "Participates",
    "Praises", "Reaffirms", "Receives", "Reiterates", "Renews", "Says", "Signs", "Stresses", "Unanimously",
    "Urges", "Visits", "Votes", "Warns", "Welcomes",
]);

/// A word list: one bit in the table of every listed word.
pub struct WordSet {
    words: &'static [&'static str],
    bit: u32,
}

/// Every list, in bit order.
const LISTS: [&WordSet; 18] = [
    &ORG_HEADS,
    &PROGRAMME_HEADS,
    &ORG_HEADS_FIRST,
    &PROGRAMME_HEADS_FIRST,
    &CONNECTORS,
    &PARTICLES,
    &OPENERS,
    &CUES,
    &NOT_NAMES,
    &INITIATIVE_NOUNS,
    &NAME_POSSESSIVES,
    &CALENDAR,
    &ROLES,
    &NOT_INSTITUTIONS,
    &COMPASS,
    &PLACE_HEADS,
    &DOCUMENT_WORDS,
    &HEADLINE_VERBS,
];

impl WordSet {
    const fn new(index: u32, words: &'static [&'static str]) -> WordSet {
        WordSet { words, bit: 1 << index }
    }

    pub fn contains(&self, word: &str) -> bool {
        lists_of(word) & self.bit != 0
    }

    /// Whether the lists a word is in (from `lists_of`) include this one.
    pub fn has(&self, lists: u32) -> bool {
        lists & self.bit != 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.words.iter()
    }
}

/// The lists `word` is in, one bit each: one lookup answers every list, so
/// the tokenizer asks once per word and the name rules test bits.
pub fn lists_of(word: &str) -> u32 {
    lists_hashed(word, surfaces::hash(word, false))
}

/// `lists_of` for a word whose hash (`surfaces::hash`, as written) is known:
/// the tokenizer has it from reading the word.
#[inline]
pub fn lists_hashed(word: &str, hash: u64) -> u32 {
    TABLE.get_or_init(Table::build).get(word, hash)
}

static TABLE: OnceLock<Table> = OnceLock::new();

/// Every listed word with its list bits, in an open-addressed table indexed by
/// the word's hash and kept under a quarter full, so that most words, listed
/// in none, are answered by the first slot they probe. The probed part holds
/// only a tag per slot (16 KB, in the L1 cache: every word is looked up).
struct Table {
    /// Low bits of the hash, odd, or 0 for an empty slot.
    tags: Box<[u32]>,
    words: Box<[(&'static str, u32)]>,
    shift: u32,
}

impl Table {
    fn build() -> Table {
        let mut words: Vec<(&'static str, u32)> = Vec::new();
        for list in LISTS {
            for &w in list.words {
                match words.iter_mut().find(|(x, _)| *x == w) {
                    Some((_, bits)) => *bits |= list.bit,
                    None => words.push((w, list.bit)),
                }
            }
        }
        let bits = (words.len() * 4).next_power_of_two().trailing_zeros();
        let mut table = Table {
            tags: vec![0; 1 << bits].into_boxed_slice(),
            words: vec![("", 0); 1 << bits].into_boxed_slice(),
            shift: 64 - bits,
        };
        for (w, lists) in words {
            let h = surfaces::hash(w, false);
            let mut i = table.slot(h);
            while table.tags[i] != 0 {
                i = (i + 1) & (table.tags.len() - 1);
            }
            table.tags[i] = tag(h);
            table.words[i] = (w, lists);
        }
        table
    }

    fn slot(&self, h: u64) -> usize {
        (h >> self.shift) as usize
    }

    #[inline]
    fn get(&self, word: &str, h: u64) -> u32 {
        let (mut i, tag) = (self.slot(h), tag(h));
        while self.tags[i] != 0 {
            if self.tags[i] == tag && self.words[i].0 == word {
                return self.words[i].1;
            }
            i = (i + 1) & (self.tags.len() - 1);
        }
        0
    }
}

fn tag(h: u64) -> u32 {
    h as u32 | 1
}

/// Whether `word` is in `list`.
pub fn is_in(list: &WordSet, word: &str) -> bool {
    list.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_finds_its_words() {
        let lists = LISTS;
        for list in lists {
            let words = list.words;
            assert!(
                words.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                words.windows(2).find(|w| w[0] >= w[1])
            );
            assert!(words.iter().all(|w| is_in(list, w)));
        }
    }
}
