//! Word lists for the name rules: head words of institutions and programmes,
//! role cues before personal names, and capitalised words that are never names.

/// Words that end an organisation's name.
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "Agency", "Council", "Panel", "Forum", "Centre", "Center", "Group", "Undertaking", "Ministry",
    "Commission", "Commissions", "Committee", "Office", "Bank", "Organisation", "Organization", "Institute",
    "Authority", "Authorities", "Service", "Network", "Secretariat", "Assembly", "Parliament", "Court",
    "Union", "Association", "Foundation", "Corporation", "Force", "Hub", "Hubs", "Team", "Dialogue",
    "Consultations", "Platform", "Department", "Board", "Federation", "League", "Alliance", "Coalition",
    "Party", "University", "Academy", "Company", "Ltd.", "Inc.", "Observatory", "Consortium",
    "Cooperation Agency", "Presidency", "Delegation", "Directorate", "Directorate-General",
    "Secretariat-General", "Tribunal", "Mission",
];

/// Words that end a programme's, law's or agreement's name.
#[rustfmt::skip]
pub const PROGRAMME_HEADS: &[&str] = &[
    "Programme", "Program", "Strategy", "Initiative", "Declaration", "Agreement", "Agreements", "Act", "Plan",
    "Pact", "Convention", "Treaty", "Charter", "Framework", "Roadmap", "Agenda", "Partnership", "Compact",
    "Law", "Mechanism", "Facility", "Formula", "Corridor", "Pledge", "Arrangement", "Accord", "Accords",
    "Protocol", "Statute", "Principles", "Guidelines", "Goals", "Instrument", "Regulation", "Directive",
    "Process", "Sprint",
];

/// Heads that open a name followed by `of`/`for`/`on` (`Ministry of …`, `Declaration on …`).
#[rustfmt::skip]
pub const ORG_HEADS_FIRST: &[&str] = &[
    "Ministry", "Department", "Office", "Council", "Secretariat", "Court", "Bank", "Committee", "Commission",
    "Organisation", "Organization", "Agency", "Union", "House", "Federation", "League", "Association",
    "Institute", "Board", "Assembly", "Conference", "Parliament", "Group", "Centre", "Center", "Forum", "Fund",
    "Presidency",
];

#[rustfmt::skip]
pub const PROGRAMME_HEADS_FIRST: &[&str] = &[
    "Declaration", "Convention", "Treaty", "Roadmap", "Agreement", "Strategy", "Programme", "Program", "Plan",
    "Charter", "Agenda", "Framework", "Initiative", "Pact", "Protocol", "Bill", "Act", "Statute", "Accord",
    "Partnership", "Arrangement",
];

/// Lower-case words that may join the capitalised words of one name.
#[rustfmt::skip]
pub const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "&", "de", "du", "des", "von", "van", "to",
];

/// Particles inside personal names (`Staffan de Mistura`, `von der Leyen`).
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "del", "la", "le", "bin", "al", "el",
    "ter", "ten",
];

/// Capitalised sentence openers that never start a name.
#[rustfmt::skip]
pub const OPENERS: &[&str] = &[
    "The", "A", "An", "This", "These", "That", "Those", "Both", "Following", "At", "In", "On", "For", "With",
    "As", "By", "Since", "We", "Our", "It", "Its", "They", "Their", "He", "She", "His", "Her", "Together",
    "Moreover", "However", "Furthermore", "Concerning", "Through", "Under", "To", "From", "And", "Also", "All",
    "Each", "Every", "Today", "Further", "Finally", "Meanwhile", "Under", "Within", "Among", "Between",
    "During", "After", "Before", "Recalling", "Welcoming", "Noting", "Recognising", "Recognizing", "Stressing",
    "Underlining", "If", "When", "While", "Where", "Any", "Some", "Many", "Most", "Other", "Such", "There",
    "Here", "Yet", "But", "Or", "Nor", "Read", "See", "More", "New", "Next", "Last", "First", "Second", "Third", "Several", "Current", "Existing",
    "Relevant",
];

/// Role cues before a personal name. Multi-word roles end in one of these.
#[rustfmt::skip]
pub const CUES: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "H.E.", "Sir", "Dame", "Lord",
    "Lady", "President", "Vice-President", "Minister", "Secretary-General", "Secretary", "Commissioner",
    "Ambassador", "Chancellor", "King", "Queen", "Prince", "Princess", "Sheikh", "Senator", "Governor",
    "Mayor", "Admiral", "Excellency", "Honourable", "Honorable", "Hon.", "Chairman", "Chairperson",
    "Chairwoman", "Chair", "Speaker", "Envoy", "envoy", "Representative", "Rapporteur", "co-chairs",
    "co-chair", "co-chaired", "Co-chairs", "spokesperson", "Spokesperson", "Judge", "Pope", "Emir", "Sultan",
    "Premier", "Taoiseach", "Director-General", "Director", "Deputy", "HON.", "MR.", "DR.", "PRESIDENT",
    "MINISTER",
];

/// Capitalised words of roles, portfolios and institutions: never part of a personal name.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "Affairs", "Foreign", "Development", "Cooperation", "Minister", "Secretary", "General", "State", "Trade",
    "Defence", "Defense", "Finance", "Economy", "Economic", "Justice", "Interior", "Home", "Health",
    "Education", "Science", "Technology", "ICT", "Energy", "Environment", "Climate", "Digital", "Internal",
    "Market", "European", "Commission", "Commissioner", "Union", "United", "Nations", "Republic", "Kingdom",
    "Federal", "National", "International", "Security", "High", "Representative", "Policy", "President",
    "Vice", "Prime", "Deputy", "Chief", "Executive", "Director", "Ambassador", "Special", "Envoy", "Head",
    "Chair", "Chairman", "Council", "Ministry", "Department", "Office", "Government", "Neighbourhood",
    "Enlargement", "Crisis", "Management", "Humanitarian", "Aid", "Industry", "Industrial", "Innovation",
    "Research", "Agriculture", "Fisheries", "Transport", "Migration", "Competition", "Values", "Transparency",
    "Democracy", "Labour", "Employment", "Social", "Rights", "Culture", "Youth", "Sport", "Communications",
    "Information", "Planning", "Budget", "Administration", "Parliament", "Assembly", "Senate", "Congress",
    "Excellency", "Honourable", "MP", "Mr", "Mrs", "Ms", "Dr", "Her", "His", "The", "Of", "And", "For",
    "Vice-President", "Secretary-General", "Minister-President", "Co-operation", "Relations", "External",
    "Overseas", "Commerce", "Investment", "Infrastructure", "Water", "Resources", "Planning", "Tourism",
    "Welfare", "Women", "Children", "Family", "Gender", "Equality", "Food", "Maritime", "Ocean", "Oceans",
    "Urban", "Rural", "Regional", "Local", "Communities", "Housing", "Land", "Mines", "Mining", "Petroleum",
    "Oil", "Gas", "Power", "Electricity", "Telecommunications", "Posts", "Public", "Works", "Services",
    "Service", "Civil", "Armed", "Forces", "Army", "Navy", "Staff", "Police", "Intelligence", "Cabinet",
    "Chamber", "Court", "Supreme", "Constitutional", "Speaker", "Mission", "Permanent", "Delegation",
    "Chancellor", "Leader", "Opposition", "Party", "Coordinator", "Spokesperson", "Adviser", "Advisor",
    "Counsellor", "Consul", "Attaché", "Governor", "Mayor", "Senator", "Congressman", "Congresswoman",
    "Member", "Members", "Team", "Said", "Today", "Quad", "Consultative", "People's", "People’s",
    "Representatives", "House", "Affair", "Political", "Coordinating",
];

#[rustfmt::skip]
/// Common nouns that name a coinage as an initiative (`TechPlomacy initiative`).
pub const INITIATIVE_NOUNS: &[&str] = &[
    "initiative", "programme", "program", "track", "project", "strategy", "platform", "campaign",
];

/// Possessives that are part of a name (`People’s Republic`, `Women's Forum`).
#[rustfmt::skip]
pub const NAME_POSSESSIVES: &[&str] = &[
    "People's", "People’s", "Women's", "Women’s", "Children's", "Children’s", "Workers'", "Peoples'",
];

/// Month and day names are capitalised but never part of an institution's name.
#[rustfmt::skip]
pub const CALENDAR: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

/// Roles that open a run but are not part of the institution (`President of the Security Council`).
#[rustfmt::skip]
pub const ROLES: &[&str] = &[
    "President", "Vice-President", "Chair", "Chairman", "Chairperson", "Speaker", "Secretary",
    "Secretary-General", "Minister", "Head", "Member", "Members", "Director", "Director-General",
    "Commissioner", "Ambassador", "Governor", "Representative", "Spokesperson",
];

/// Capitalised phrases that read like names but are concepts.
#[rustfmt::skip]
pub const NOT_INSTITUTIONS: &[&str] = &[
    "Rule of Law", "Member States", "Member State", "Heads of State", "Chapter",
];

/// Compass words that make a region of a known place (`Eastern Indonesia`, `North Viet-Nam`).
#[rustfmt::skip]
pub const COMPASS: &[&str] = &[
    "Eastern", "Western", "Northern", "Southern", "Central", "North", "South", "East", "West", "Northeast",
    "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West", "Upper", "Lower",
];
