//! Word lists: reporting verbs with their inflections, pronouns, titles,
//! role nouns, organisation words, unnamed-source nouns and first names.
//!
//! All lookups take lowercase (ASCII-lowercased) words. The reporting-verb
//! list is built once from lemmas so every inflection ("warn", "warns",
//! "warned", "warning") is covered without listing it by hand.
//!
//! The tables hash with Fx rather than SipHash: every token of an article
//! is looked up in several of them, and their keys are fixed words, so no
//! input can fill them with colliding keys.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// How a reporting verb may frame its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CueVerb {
    /// A verb of saying (may frame direct quotes and inverted "…, X said").
    /// False for verbs of thinking ("believe"), which only frame "X believes …".
    pub speech: bool,
    /// Whether a person object stands before its content ("told reporters
    /// that …").
    pub object: ObjectSlot,
    /// May take an infinitive as its content ("vowed to …").
    pub takes_infinitive: bool,
    /// A verb of stance whose content is a noun phrase ("endorsed Trump",
    /// "called for a ban"): only "X endorsed …" with a named subject.
    pub stance: bool,
    /// A verb that takes its content through a preposition ("pointed to",
    /// "railed against"): the preposition is skipped.
    pub particle: bool,
    /// An adjective after a copula ("is critical of", "was confident
    /// that"): the copula before it does not make it a passive.
    pub adjective: bool,
    /// What the verb's words need, when no "that" opens them, to be a
    /// report rather than one of the verb's other uses.
    pub needs: ContentNeed,
}

impl CueVerb {
    /// True when a person object may stand before the content.
    pub fn takes_object(self) -> bool {
        self.object != ObjectSlot::None
    }
}

/// Whether a reporting verb takes the person addressed as its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ObjectSlot {
    /// No object: "said the plan was dead".
    #[default]
    None,
    /// An object that may be left out, so a name right after the verb may
    /// be the content's subject ("warned Norland would retaliate").
    Optional,
    /// An object always stated: the name right after the verb is the one
    /// addressed ("told the BBC Mr Howard had …").
    Always,
}

/// What a reporting verb's words need, when no "that" opens them, for the
/// verb to report them: most verbs report whatever their content's shape
/// allows, while a few report only in some constructions and do something
/// else in the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ContentNeed {
    /// Whatever the content's shape allows.
    #[default]
    Any,
    /// Nothing without "that": to continue reports words only as a frame
    /// of a quotation or before "that" ("is continuing its investigation").
    That,
    /// A tense within reach, quoted or not ("added the plan was dead",
    /// "added Alexander “was not an easy movie”"), not a thing added ("added
    /// the relay crown to his indoor title").
    TenseInReach,
    /// A clause with its own tense before any comma ("wrote the plan was
    /// flawed"), not a thing written ("wrote a song", "writes books").
    Clause,
    /// A view: how something is seen ("sees the changes as part of a
    /// revolution") or a clause an auxiliary makes ("can see this guy is a
    /// fraud"), not an event seen ("the deal sees Mr Fuller receive £64m",
    /// "saw its shares rise").
    View,
    /// Someone pressed to act, an infinitive after its object ("pushed
    /// Democrats to reject the deal"), not a thing moved ("pushed prices
    /// higher", "pushed his kick wide", "pushed the deficit to a record").
    Infinitive,
}

/// The verbs that report only in some constructions (see [`ContentNeed`]).
const CONTENT_NEEDS: &[(&str, ContentNeed)] = &[
    ("continue", ContentNeed::That),
    ("push", ContentNeed::Infinitive),
    ("add", ContentNeed::TenseInReach),
    ("write", ContentNeed::Clause),
    ("see", ContentNeed::View),
];

/// Verbs of saying. A trailing `+` doubles the final consonant ("admit+" →
/// "admitted"); irregular forms are listed in [`IRREGULAR`].
const SPEECH_VERBS: &[&str] = &[
    "say",
    "call",
    "add",
    "note",
    "declare",
    "announce",
    "explain",
    "insist",
    "claim",
    "assert",
    "argue",
    "contend",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "underscore",
    "reiterate",
    "reaffirm",
    "reassert",
    "repeat",
    "comment",
    "remark",
    "observe",
    "acknowledge",
    "admit+",
    "concede",
    "confirm",
    "deny",
    "reveal",
    "disclose",
    "report",
    "reply",
    "respond",
    "retort",
    "counter",
    "rebut+",
    "answer",
    "write",
    "tweet",
    "testify",
    "allege",
    "complain",
    "boast",
    "brag+",
    "joke",
    "quip+",
    "muse",
    "predict",
    "forecast",
    "estimate",
    "caution",
    "warn",
    "suggest",
    "hint",
    "imply",
    "indicate",
    "recall",
    "recount",
    "describe",
    "continue",
    "conclude",
    "exclaim",
    "proclaim",
    "shout",
    "yell",
    "chant",
    "scream",
    "whisper",
    "mutter",
    "murmur",
    "sigh",
    "lament",
    "bemoan",
    "concur+",
    "object",
    "protest",
    "charge",
    "accuse",
    "criticize",
    "criticise",
    "question",
    "wonder",
    "ask",
    "tell",
    "inform",
    "assure",
    "reassure",
    "remind",
    "advise",
    "urge",
    "demand",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "guarantee",
    "swear",
    "affirm",
    "aver+",
    "speculate",
    "surmise",
    "theorize",
    "posit",
    "specify",
    "clarify",
    "elaborate",
    "summarize",
    "mention",
    "relate",
    "confide",
    "volunteer",
    "interject",
    "echo",
    "email",
    "text",
    "read",
    "cite",
    "tout",
    "dismiss",
    "reject",
    "decry",
    "denounce",
    "condemn",
    "defend",
    "propose",
    "recommend",
    "order",
    "instruct",
    "request",
    "plead",
    "beg+",
    "contest",
    "dispute",
    "challenge",
    "blast",
    "slam+",
    "brief",
    "notify",
    "stipulate",
    "concede",
    "broadcast",
    "preach",
    "opine",
    "predict",
    "point",
    "quote",
    "say",
];

/// Verbs of thinking and wanting: they frame content only as "X believes …".
const COGNITIVE_VERBS: &[&str] = &[
    "think",
    "believe",
    "feel",
    "hope",
    "fear",
    "expect",
    "worry",
    "doubt",
    "know",
    "suspect",
    "assume",
    "guess",
    "reckon",
    "sense",
    "understand",
    "realize",
    "realise",
    "recognize",
    "recognise",
    "want",
    "wish",
    "agree",
    "decide",
    "learn",
    "discover",
    "determine",
    "find",
    "show",
    "hear",
    "see",
    "figure",
    "calculate",
    "bet+",
    "imagine",
    "envision",
    "foresee",
    "trust",
];

/// Verbs of stance: their content is what the speaker takes a position on.
const STANCE_VERBS: &[&str] = &[
    "endorse",
    "liken",
    "support",
    "oppose",
    "criticize",
    "criticise",
    "praise",
    "attack",
    "back",
    "blame",
    "welcome",
    "applaud",
    "favor",
    "favour",
    "prefer+",
    "seek",
    "pledge",
    "reject",
    "condemn",
    "denounce",
    "dismiss",
    "defend",
    "embrace",
    "champion",
    "push",
    "tout",
    "celebrate",
    "mock",
    "ridicule",
    "target",
    "question",
    "challenge",
    "slam+",
    "blast",
    "fault",
    "assail",
    "lambaste",
    "rebuke",
    "chide",
    "downplay",
    "bemoan",
    "portray",
    "envision",
    "commend",
    "hail",
    "laud",
    "thank",
    "credit",
    "oppose",
    "propose",
    "request",
    "offer",
    "promise",
    "demand",
    "want",
    "recommend",
    "advocate",
    "discuss",
    "mention",
    "address",
    "acknowledge",
    "highlight",
    "stress",
    "emphasize",
    "cite",
    "invoke",
    "decline",
    "refuse",
    "plan+",
    "intend",
    "vote",
    "urge",
];

/// Verbs that frame their content through a preposition, with the
/// prepositions they take ("talked about", "pointed to", "voted against").
const PREPOSITIONAL_VERBS: &[(&str, &[&str])] = &[
    ("talk", &["about", "of"]),
    ("speak", &["about", "of", "on", "against", "out"]),
    ("comment", &["on", "about"]),
    ("complain", &["about", "of"]),
    ("worry", &["about"]),
    ("joke", &["about"]),
    ("boast", &["about", "of"]),
    ("brag+", &["about"]),
    ("write", &["about", "of", "on"]),
    ("testify", &["about", "on", "against"]),
    ("focus", &["on"]),
    ("weigh", &["in"]),
    ("reflect", &["on"]),
    ("elaborate", &["on"]),
    ("insist", &["on"]),
    ("point", &["to", "out"]),
    ("refer+", &["to"]),
    ("object", &["to"]),
    ("respond", &["to"]),
    ("react", &["to"]),
    ("appeal", &["to", "for"]),
    ("allude", &["to"]),
    ("nod+", &["to"]),
    ("rail", &["against", "at"]),
    ("argue", &["against", "for"]),
    ("vote", &["against", "for"]),
    ("campaign", &["against", "for", "on"]),
    ("fight", &["against", "for"]),
    ("warn", &["against", "of", "about"]),
    ("caution", &["against"]),
    ("lash", &["out"]),
    ("lay", &["out"]),
    ("push", &["for", "back"]),
    ("call", &["for", "on"]),
    ("advocate", &["for"]),
    ("ask", &["for", "about"]),
    ("apologize", &["for"]),
    ("agree", &["with", "on", "to"]),
    ("disagree", &["with", "on"]),
    ("side", &["with"]),
    ("sympathize", &["with"]),
    ("hint", &["at"]),
    ("take", &["aim"]),
    ("clash", &["over", "with"]),
    ("spar+", &["over", "with"]),
    ("think", &["about", "of"]),
    ("care", &["about"]),
    ("hear", &["about", "of"]),
    ("learn", &["about", "of"]),
    ("know", &["about", "of"]),
    ("express", &["concern", "support", "frustration", "skepticism", "doubt", "doubts", "hope", "confidence"]),
];

/// Adjectives of stance and the words that may follow them ("critical of",
/// "confident that").
const STANCE_ADJECTIVES: &[(&str, &[&str])] = &[
    ("critical", &["of"]),
    ("supportive", &["of"]),
    ("skeptical", &["of", "about", "that"]),
    ("sceptical", &["of", "about", "that"]),
    ("concerned", &["about", "that", "by", "with"]),
    ("worried", &["about", "that", "by"]),
    ("confident", &["that", "of", "about"]),
    ("sure", &["that", "of"]),
    ("convinced", &["that", "of"]),
    ("optimistic", &["that", "about"]),
    ("pessimistic", &["about"]),
    ("hopeful", &["that", "about"]),
    ("aware", &["that", "of"]),
    ("afraid", &["that", "of"]),
    ("angry", &["about", "at", "with", "that"]),
    ("upset", &["about", "with", "that", "by"]),
    ("furious", &["about", "at", "with", "that"]),
    ("frustrated", &["by", "with", "that"]),
    ("disappointed", &["by", "with", "that", "in"]),
    ("proud", &["of", "that"]),
    ("opposed", &["to"]),
    ("committed", &["to"]),
    ("open", &["to"]),
    ("clear", &["that"]),
    ("adamant", &["that"]),
    ("certain", &["that"]),
    ("unhappy", &["with", "about"]),
    ("happy", &["with", "about", "that"]),
    ("pleased", &["with", "by", "that"]),
    ("fond", &["of"]),
    ("wary", &["of"]),
    ("suspicious", &["of"]),
    ("dismissive", &["of"]),
    ("enthusiastic", &["about"]),
    ("excited", &["about"]),
    ("unaware", &["of", "that"]),
    ("reluctant", &["to"]),
    ("eager", &["to"]),
    ("willing", &["to"]),
    ("unwilling", &["to"]),
    ("determined", &["to"]),
    ("ready", &["to"]),
];

/// Verbs that always state the person addressed before the content.
const ALWAYS_OBJECT_VERBS: &[&str] = &["tell"];

/// Verbs that may take a person object before the content.
const OBJECT_VERBS: &[&str] = &[
    "inform", "assure", "reassure", "remind", "advise", "warn", "urge", "ask", "brief", "notify", "promise",
    "instruct", "order", "caution", "beg", "email", "text",
];

/// Verbs whose content may be an infinitive ("vowed to fight").
const INFINITIVE_VERBS: &[&str] = &[
    "vow",
    "pledge",
    "promise",
    "threaten",
    "agree",
    "decide",
    "want",
    "hope",
    "urge",
    "ask",
    "demand",
    "order",
    "instruct",
    "advise",
    "beg",
    "plead",
    "request",
    "expect",
    "wish",
    "swear",
    "offer",
    "remind",
    "tell",
    "encourage",
    "refuse",
    "decline",
    "plan",
    "intend",
];

/// Irregular inflections: lemma and its other forms.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["says", "said", "saying"]),
    ("tell", &["tells", "told", "telling"]),
    ("write", &["writes", "wrote", "written", "writing"]),
    ("think", &["thinks", "thought", "thinking"]),
    ("feel", &["feels", "felt", "feeling"]),
    ("know", &["knows", "knew", "known", "knowing"]),
    ("find", &["finds", "found", "finding"]),
    ("show", &["shows", "showed", "shown", "showing"]),
    ("swear", &["swears", "swore", "sworn", "swearing"]),
    ("understand", &["understands", "understood", "understanding"]),
    ("hear", &["hears", "heard", "hearing"]),
    ("see", &["sees", "saw", "seen", "seeing"]),
    ("read", &["reads", "reading"]),
    ("broadcast", &["broadcasts", "broadcasting"]),
    ("forecast", &["forecasts", "forecasting"]),
    ("bet", &["bets", "betting"]),
    ("learn", &["learns", "learned", "learnt", "learning"]),
    ("lay", &["lays", "laid", "laying"]),
    ("foresee", &["foresees", "foresaw", "foreseen", "foreseeing"]),
    ("quote", &["quoted", "quoting"]),
];

/// Generates the regular inflections of a lemma (a trailing `+` doubles the
/// final consonant).
fn inflect(lemma: &str) -> Vec<String> {
    let (base, double) = match lemma.strip_suffix('+') {
        Some(b) => (b, true),
        None => (lemma, false),
    };
    if let Some((_, forms)) = IRREGULAR.iter().find(|(l, _)| *l == base) {
        let mut all: Vec<String> = forms.iter().map(|f| f.to_string()).collect();
        all.push(base.to_string());
        return all;
    }
    let mut forms = vec![base.to_string()];
    let last = base.chars().last().unwrap_or('x');
    let before_last = base.chars().rev().nth(1).unwrap_or('x');
    let vowel = |c: char| "aeiou".contains(c);
    if double {
        forms.push(format!("{base}s"));
        forms.push(format!("{base}{last}ed"));
        forms.push(format!("{base}{last}ing"));
    } else if last == 'e' {
        forms.push(format!("{base}s"));
        forms.push(format!("{base}d"));
        forms.push(format!("{}ing", &base[..base.len() - 1]));
    } else if last == 'y' && !vowel(before_last) {
        let stem = &base[..base.len() - 1];
        forms.push(format!("{stem}ies"));
        forms.push(format!("{stem}ied"));
        forms.push(format!("{base}ing"));
    } else {
        let sibilant = ["s", "sh", "ch", "x", "z", "o"].iter().any(|s| base.ends_with(s));
        forms.push(if sibilant { format!("{base}es") } else { format!("{base}s") });
        forms.push(format!("{base}ed"));
        forms.push(format!("{base}ing"));
    }
    forms
}

/// What the lexicon knows of one word as a cue: the three readings [`cue`]
/// tries, kept together so that a word is hashed once for all of them (a
/// lookup is made for nearly every word of an article).
#[derive(Default)]
struct CueWord {
    /// The prepositions after which the word frames content as a
    /// prepositional verb ("pointed" + "to").
    prepositions: &'static [&'static str],
    /// The words after which the word is an adjective of stance ("critical"
    /// + "of").
    adjective_complements: &'static [&'static str],
    /// The word as a reporting verb on its own ("said").
    verb: Option<CueVerb>,
    /// The word is a verb's bare form and no past of it ("tell", not
    /// "told" nor "read"): after "and" it continues the verb of a modal or
    /// an infinitive ("he would sit Putin down and tell him …"), while the
    /// verb of a report's own clause is past or has its "-s".
    bare_form: bool,
}

/// Every inflected form of every reporting verb, prepositional verb and
/// adjective of stance.
fn cue_words() -> &'static FxHashMap<String, CueWord> {
    static TABLE: OnceLock<FxHashMap<String, CueWord>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let bare = |l: &&str| l.trim_end_matches('+').to_string();
        let object_of = |base: &str| {
            if ALWAYS_OBJECT_VERBS.contains(&base) {
                ObjectSlot::Always
            } else if OBJECT_VERBS.contains(&base) {
                ObjectSlot::Optional
            } else {
                ObjectSlot::None
            }
        };
        let needs_of = |base: &str| {
            CONTENT_NEEDS.iter().find(|(verb, _)| *verb == base).map_or(ContentNeed::Any, |(_, need)| *need)
        };
        let infinitives: FxHashSet<String> = INFINITIVE_VERBS.iter().map(bare).collect();
        let mut table: FxHashMap<String, CueWord> = FxHashMap::default();
        let mut add_verb = |form: String, cue: CueVerb| table.entry(form).or_default().verb = Some(cue);
        // Past forms only: "state", "post" and "relay" are nouns far more
        // often ("Olympic relay star"), and so are "label", "brand" and
        // "dub" ("labeled Trump “unfit”", "branded the plan “a disgrace”").
        let plain_speech = CueVerb { speech: true, ..CueVerb::default() };
        for form in ["stated", "posted", "relayed"].iter().chain(LABELLING_PASTS) {
            add_verb(form.to_string(), plain_speech);
        }
        let stances: FxHashSet<String> = STANCE_VERBS.iter().map(bare).collect();
        for lemma in STANCE_VERBS {
            let base = bare(lemma);
            let cue = CueVerb {
                takes_infinitive: infinitives.contains(&base),
                stance: true,
                needs: needs_of(&base),
                ..CueVerb::default()
            };
            for form in inflect(lemma) {
                add_verb(form, cue);
            }
        }
        for (list, speech) in [(COGNITIVE_VERBS, false), (SPEECH_VERBS, true)] {
            for lemma in list {
                let base = bare(lemma);
                let cue = CueVerb {
                    speech,
                    object: object_of(&base),
                    takes_infinitive: infinitives.contains(&base),
                    stance: stances.contains(&base),
                    needs: needs_of(&base),
                    ..CueVerb::default()
                };
                for form in inflect(lemma) {
                    add_verb(form, cue);
                }
            }
        }
        for lemma in STANCE_VERBS.iter().chain(COGNITIVE_VERBS).chain(SPEECH_VERBS) {
            let base = bare(lemma);
            let past_is_bare = IRREGULAR
                .iter()
                .find(|(l, _)| *l == base)
                .is_some_and(|(_, forms)| forms.iter().all(|f| f.ends_with('s') || f.ends_with("ing")));
            if let Some(word) = table.get_mut(&base) {
                word.bare_form = !past_is_bare;
            }
        }
        for (lemma, prepositions) in PREPOSITIONAL_VERBS {
            for form in inflect(lemma) {
                table.entry(form).or_default().prepositions = prepositions;
            }
        }
        for (adjective, complements) in STANCE_ADJECTIVES {
            table.entry(adjective.to_string()).or_default().adjective_complements = complements;
        }
        table
    })
}

/// Looks up a lowercase word, followed by the lowercase word `next`, as a
/// cue: a prepositional verb ("pointed" + "to"), else an adjective of
/// stance ("critical" + "of"), else a reporting verb on its own.
pub fn cue(lower: &str, next: &str) -> Option<CueVerb> {
    let word = cue_words().get(lower)?;
    if word.prepositions.contains(&next) {
        // What the verb needs holds through its preposition ("writes about
        // the credit industry" reports nothing), but for an infinitive after
        // an object: the preposition shows the stance ("pushed for a ban").
        let needs = word.verb.map_or(ContentNeed::Any, |verb| verb.needs);
        return Some(CueVerb {
            stance: true,
            particle: true,
            needs: if needs == ContentNeed::Infinitive { ContentNeed::Any } else { needs },
            ..CueVerb::default()
        });
    }
    if word.adjective_complements.contains(&next) {
        return Some(CueVerb {
            takes_infinitive: next == "to",
            stance: next != "that",
            particle: next != "that" && next != "to",
            adjective: true,
            ..CueVerb::default()
        });
    }
    word.verb
}

/// True for a reporting verb's bare form that is no past of it (see
/// `CueWord::bare_form`).
pub fn is_bare_cue_form(lower: &str) -> bool {
    cue_words().get(lower).is_some_and(|word| word.bare_form)
}

/// True when `lower` is a form of the irregular verb `lemma`, from the
/// table of irregular inflections.
fn is_form_of(lemma: &str, lower: &str) -> bool {
    IRREGULAR.iter().any(|(listed, forms)| *listed == lemma && (lower == lemma || forms.contains(&lower)))
}

/// True for the forms of "write" ("wrote", "written").
pub fn is_writing_verb(lower: &str) -> bool {
    is_form_of("write", lower)
}

/// True for the forms of "ask": whoever asks, the one asked answers next.
pub fn is_asking_verb(lower: &str) -> bool {
    ASK.contains(&lower)
}

/// Looks up a lowercase word as a reporting verb form.
pub fn cue_verb(lower: &str) -> Option<CueVerb> {
    cue_words().get(lower)?.verb
}

/// True for the gerund/participle forms that open an adverbial clause
/// ("…, adding that …", "…, saying …").
pub fn is_gerund(lower: &str) -> bool {
    lower.ends_with("ing")
}

/// Builds a set from a word list once.
fn set(cell: &'static OnceLock<FxHashSet<&'static str>>, words: &[&'static str]) -> &'static FxHashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, [$($w:expr),* $(,)?]) => {
        $(#[$doc])*
        pub fn $name(lower: &str) -> bool {
            static CELL: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
            set(&CELL, &[$($w),*]).contains(lower)
        }
    };
}

/// True for the conjunctions that may open a clause before its subject
/// ("But officials said …", "and, according to the agency, …").
pub fn is_clause_conjunction(lower: &str) -> bool {
    matches!(lower, "but" | "and" | "yet" | "so")
}

word_set!(
    /// Words that open a subordinate clause: reported speech inside one ends
    /// at the clause's comma ("While Lane said X, she …").
    is_subordinator,
    [
        "while", "whilst", "although", "though", "when", "if", "as", "because", "since", "after", "before",
        "whereas", "unless", "once", "until"
    ]
);

/// Past forms that put a label on someone or something ("branded the plan
/// “a disgrace”", "a group dubbed the Gang of Eight"): reporting verbs, but
/// only in the past, as their bare forms are nouns far more often.
const LABELLING_PASTS: &[&str] = &["labeled", "labelled", "branded", "dubbed"];

/// True for the past forms that give someone or something a name ("a
/// drama called The Rise", "a group dubbed the Gang of Eight"), which as
/// often name as report.
pub fn is_naming_verb(w: &str) -> bool {
    w == "called" || LABELLING_PASTS.contains(&w)
}

word_set!(
    /// Verb forms whose next phrase is always their object ("told the BBC",
    /// "accused Mr Clarke of …", "urged Muslims not to …") or a name given
    /// ("a drama called The Rise"): never an inverted speaker ("…, said
    /// Ada Finch").
    is_object_first_verb,
    [
        "tell", "tells", "told", "called", "labeled", "labelled", "branded", "dubbed", "accuse", "accuses",
        "accused", "urge", "urges", "urged",
        "remind", "reminds", "reminded", "ask", "asks", "asked", "thank", "thanks", "thanked",
        "praise", "praises", "praised", "blame", "blames", "blamed"
    ]
);

word_set!(
    /// Words that may stand with an "-ly" adverb in a sentence adverb
    /// before an inverted cue ("Most importantly,", "But perhaps more
    /// crucially,").
    is_sentence_adverb_modifier,
    ["most", "more", "perhaps", "even", "but", "and"]
);

word_set!(
    /// Parts of a day that may follow a weekday ("on Monday night").
    is_part_of_day,
    ["morning", "afternoon", "evening", "night"]
);

word_set!(
    /// Kinds of organisation that "the …" names as it would "it" ("the
    /// company said", "the airline added").
    is_kind_of_organization,
    [
        "company", "firm", "airline", "carrier", "bank", "lender", "insurer", "carmaker",
        "retailer", "supermarket", "chain", "operator", "manufacturer", "maker", "giant", "conglomerate",
        "publisher", "broadcaster", "studio", "label", "club", "corporation", "utility"
    ]
);

word_set!(
    /// News organisations an article cites, whose name is no antecedent of
    /// "the company" ("…, Reuters reported. The company said …").
    is_news_organization,
    [
        "bbc", "bbc news", "reuters", "ap", "associated press", "the associated press", "afp", "bloomberg",
        "cnn", "nbc", "abc", "cbs", "fox news", "msnbc", "npr", "politico", "xinhua", "kyodo", "yonhap",
        "tass", "dow jones", "the financial times", "financial times", "the wall street journal",
        "wall street journal", "the new york times", "new york times", "the times", "the guardian"
    ]
);

word_set!(
    /// Media words appear in: after "wrote on" or "posted in" they say
    /// where, not what about.
    is_medium_noun,
    [
        "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "reddit", "blog",
        "website", "site", "page", "account", "feed", "newsletter", "column", "op-ed", "podcast"
    ]
);

word_set!(
    /// Nouns of polls and surveys, which report what a sentence they open
    /// or close says ("In a Fox poll, …").
    is_poll_noun,
    ["poll", "polls", "survey", "surveys"]
);

word_set!(
    /// Prepositions that tie a complement to the noun before it ("a
    /// spokesman for the party", "the head of the agency", "a fellow at the
    /// institute", "a senior adviser to the president"): the noun, not the
    /// complement, is who speaks.
    is_complement_preposition,
    ["of", "for", "at", "with", "from", "in", "on", "across", "to"]
);

word_set!(
    /// Abbreviations that end with a period which does not end a sentence.
    is_abbreviation_lower,
    [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
        "adm", "maj", "jr", "sr", "st", "prof", "rev", "hon", "pres", "supt", "jan", "feb", "mar",
        "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs",
        "etc", "mt", "ft", "ave", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
        "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont",
        "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
        "approx", "dept", "est", "fig", "govt", "univ", "assn", "bros"
    ]
);

word_set!(
    /// Abbreviations of US states that are also words ("Mass.", "Ill.",
    /// "Miss.", "Wash."): after a place and its comma ("Boston, Mass.")
    /// the period is the abbreviation's, elsewhere before a capital it ends
    /// a sentence ("his Christmas Midnight Mass. The cardinal …"). Not
    /// "Del.", which is also a delegate's title ("Del. Stacey Plaskett").
    is_state_abbreviation_word,
    ["mass", "ill", "ind", "miss", "wash", "ore", "ark", "la", "mo", "pa", "ga", "va"]
);

/// True for a word whose period is an abbreviation period: "Mr.", "MR.",
/// "Ft.", "SEN.", but not a two-letter acronym in capitals ("the FT.", "in
/// LA.", "PA.") that is no title.
pub fn is_abbreviation(word: &str) -> bool {
    let acronym = word.len() == 2
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(word, "MR" | "MS" | "DR" | "ST" | "LT" | "JR" | "SR" | "MT");
    word.len() <= 6 && !acronym && is_abbreviation_lower(&word.to_ascii_lowercase())
}

/// True for words whose ending marks an adjective or adverb ("a private",
/// "a well-organized"), which cannot head a speaker phrase. Wider than
/// [`ends_like_adjective`]: it takes "-er", "-ate", "-est" too, and short
/// words.
pub fn looks_adjectival(w: &str) -> bool {
    ["ly", "ed", "ing", "al", "ive", "ful", "ous", "ic", "ate", "able", "ible", "est", "er", "less"]
        .iter()
        .any(|suffix| w.ends_with(suffix))
}

/// True for a word with an ending only adjectives and participles have
/// ("constitutional", "leading", "unpledged", "monthly"); not "-er",
/// "-ent" or "-ary", which nouns share ("a danger", "the announcement",
/// "the secretary").
pub fn ends_like_adjective(w: &str) -> bool {
    ["al", "ive", "ic", "ous", "ful", "ly", "ing", "ed", "ish", "less", "ible", "able"]
        .iter()
        .any(|suffix| w.len() > suffix.len() + 2 && w.ends_with(suffix))
}

word_set!(
    /// Common adjectives with no adjective ending, which may stand between
    /// an article and a plural noun ("his own supporters", "the same
    /// candidates").
    is_plain_adjective,
    [
        "new", "old", "own", "same", "young", "top", "key", "senior", "junior", "former", "local",
        "late", "other", "few", "many", "main", "chief", "current", "recent", "past", "prominent"
    ]
);

word_set!(
    /// Singular nouns of nationality that name one person ("the American",
    /// "the Spaniard"); the forms that are also plurals ("the Swiss", "the
    /// Chinese") are left out.
    is_person_demonym,
    [
        "american", "briton", "scot", "spaniard", "frenchman", "frenchwoman", "englishman",
        "englishwoman", "welshman", "welshwoman", "irishman", "irishwoman", "dutchman", "dane", "swede",
        "finn", "pole", "czech", "german", "italian", "australian", "canadian", "russian", "serb",
        "croat", "argentine", "argentinian", "brazilian", "kenyan", "ethiopian", "moroccan", "belgian",
        "norwegian", "ukrainian", "indian", "pakistani", "israeli", "iraqi", "iranian", "egyptian",
        "nigerian", "chilean", "colombian", "mexican", "austrian", "hungarian", "romanian", "bulgarian",
        "greek", "zimbabwean", "jamaican", "new zealander", "kiwi", "aussie"
    ]
);

/// True for an age used as a noun ("31-year-old"), which describes a person.
pub fn is_age_description(w: &str) -> bool {
    w.strip_suffix("-year-old").is_some_and(|age| !age.is_empty() && age.chars().all(|c| c.is_ascii_digit()))
}

word_set!(
    /// Verbs of the manner of speaking that frame a quotation right next to
    /// it ("“…,” he laughed", "“…,” agreed Cram") but report nothing
    /// elsewhere ("he laughed at the joke", "they agreed to meet").
    is_manner_of_speaking,
    [
        "agreed", "agrees", "pressed", "presses", "laughed", "laughs", "teased", "teases", "scoffed",
        "scoffs", "snapped", "snaps", "cried", "smiled", "smiles", "grinned", "grins", "chuckled",
        "chuckles", "sneered", "sneers", "growled", "growls", "barked", "barks", "shrugged", "shrugs",
        "smirked", "smirks", "beamed", "beams", "gushed", "gushes", "fumed", "fumes", "cracked"
    ]
);

word_set!(
    /// Plural nouns of people with no plural "-s" ("people", "women").
    is_unmarked_plural,
    ["people", "men", "women", "children", "police"]
);

word_set!(
    /// Personal pronouns that can be the subject of a reporting verb.
    is_subject_pronoun,
    ["he", "she", "they", "it", "i", "we", "you", "who", "which"]
);

word_set!(
    /// Pronouns (and the pronoun "one") that cannot be a speaker's name: a
    /// speaker phrase that resolves to nothing better is the writer ("I",
    /// "we") or someone the article does not name.
    is_pronoun,
    [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
        "itself", "they", "them", "their", "theirs", "themselves", "one", "who", "whom", "which"
    ]
);

/// True for a word that may stand between a speaker and the reporting
/// verb: a listed modifier ("has also said") or a negated auxiliary ("Lopez
/// doesn't think", "he hasn’t said").
pub fn is_verb_modifier(lower: &str) -> bool {
    is_listed_verb_modifier(lower) || is_negated_auxiliary(lower)
}

/// True for an auxiliary contracted with "not", with either apostrophe
/// ("doesn't", "won’t", "can't").
fn is_negated_auxiliary(lower: &str) -> bool {
    lower.strip_suffix("n't").or_else(|| lower.strip_suffix("n’t")).is_some_and(|auxiliary| {
        matches!(
            auxiliary,
            "do" | "does"
                | "did"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "wo"
                | "would"
                | "could"
                | "should"
                | "ca"
                | "must"
                | "might"
        )
    })
}

word_set!(
    /// Auxiliaries and modals that can carry a clause's tense ("was",
    /// "will", "has"): after one a verb phrase has begun.
    is_finite_auxiliary,
    [
        "is", "was", "are", "were", "has", "have", "had", "do", "does", "did", "will", "would",
        "could", "should", "may", "might", "can", "must", "isn't", "wasn't", "aren't", "weren't",
        "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't", "won't", "wouldn't",
        "couldn't", "shouldn't", "can't", "mustn't", "isn’t", "wasn’t", "aren’t", "weren’t",
        "hasn’t", "haven’t", "hadn’t", "don’t", "doesn’t", "didn’t", "won’t", "wouldn’t",
        "couldn’t", "shouldn’t", "can’t", "mustn’t"
    ]
);

/// True for the time words and adverbs that may sit between a cue and its
/// content ("said on Monday", "noted this week", "added separately"),
/// which no speaker phrase opens with.
pub fn is_cue_adverbial(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "earlier"
            | "later"
            | "recently"
            | "previously"
            | "again"
            | "also"
            | "repeatedly"
            | "privately"
            | "publicly"
            | "last"
            | "this"
            | "next"
            | "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "weekend"
            | "monday’s"
            | "then"
            | "once"
            | "often"
            | "flatly"
            | "simply"
            | "bluntly"
            | "separately"
            | "further"
            | "late"
            | "early"
    )
}

word_set!(
    /// Words in "-ing" that belong to a role ("managing director", "chief
    /// operating officer"); any other "-ing" word before a name is a verb
    /// of the sentence ("reporters covering singer …").
    is_role_participle,
    [
        "managing", "acting", "leading", "ruling", "founding", "outgoing", "incoming", "reigning",
        "governing", "visiting", "running", "presiding", "sitting", "ranking", "commanding",
        "marketing", "publishing", "polling", "banking", "accounting", "engineering", "training",
        "advertising", "broadcasting", "consulting", "operating", "reporting", "recording",
        "organizing", "organising", "coaching"
    ]
);

word_set!(
    /// What a player or team wins, defends or strikes ("the title", "the
    /// crown", "the ball"), which a verb of claiming, defending or blasting
    /// takes without reporting anything.
    is_prize,
    [
        "title", "titles", "crown", "trophy", "trophies", "cup", "medal", "medals", "ball", "penalty",
        "penalties", "jersey", "belt", "pennant", "championship", "championships", "gold", "silver",
        "bronze", "treble", "slam", "slams", "singles", "doubles", "prize", "prizes"
    ]
);

/// True for a word in "-ing" that is no part of a role but a verb of the
/// sentence ("covering", "beating", "seeming"); "managing" and
/// "Oscar-winning" belong to roles.
pub fn is_verb_participle(lower: &str) -> bool {
    lower.ends_with("ing") && !lower.contains('-') && !is_role_participle(lower)
}

/// True for a common given name, female or male ("Ada", "Brian").
pub fn is_given_name(lower: &str) -> bool {
    is_female_name(lower) || is_male_name(lower) || is_unisex_name(lower)
}

word_set!(
    /// Given names borne by women and men alike ("Lee", "Kim", "Jean"):
    /// names, but no sign of gender.
    is_unisex_name,
    ["lee", "kim", "jean", "jamie", "robin", "leslie", "lindsey", "lindsay", "jordan", "dana"]
);

/// The pronouns that open a relative clause about a person or thing said
/// before ("the bill, which lawmakers said …", "aides, all of whom …").
pub fn is_relative_pronoun(lower: &str) -> bool {
    matches!(lower, "which" | "who" | "whom" | "that")
}

/// Closed-class words no noun phrase ends with: articles, conjunctions,
/// prepositions, subordinators and auxiliaries. A would-be speaker phrase
/// ending with one ("… at the time and", "… began by") has run into the
/// predicate.
pub fn ends_no_noun_phrase(lower: &str) -> bool {
    is_finite_auxiliary(lower) || is_listed_phrase_breaker(lower)
}

word_set!(
    /// The words of [`ends_no_noun_phrase`] that are not finite
    /// auxiliaries.
    is_listed_phrase_breaker,
    [
        "the", "a", "an", "and", "or", "but", "nor", "yet", "of", "to", "by", "with", "from", "as",
        "in", "on", "at", "for", "about", "into", "over", "under", "against", "between", "without",
        "within", "among", "despite", "like", "unlike", "after", "before", "during", "since",
        "while", "whilst", "through", "via", "toward", "towards", "upon", "across", "behind", "beyond",
        "beneath", "below", "above", "along", "amid", "around", "near", "throughout", "onto",
        "except", "regarding", "concerning", "that", "if", "because", "although", "though",
        "unless", "until", "when", "where", "whether", "whereas", "than", "be", "been", "being"
    ]
);

word_set!(
    /// Verbs that lead an infinitive report of their subject's own
    /// ("sought to reassure investors that …", "continued to insist that
    /// …"), unlike "declined to" or "was asked to".
    is_leading_verb,
    [
        "sought", "seek", "seeks", "seeking", "tried", "try", "tries", "trying", "continued", "continue",
        "continues", "continuing", "rushed", "hastened", "hurried", "proceeded", "moved", "paused"
    ]
);

word_set!(
    /// Linking verbs other than "be", which put an adjective of stance
    /// after its subject as "be" does ("appears confident that …").
    is_linking_verb,
    [
        "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
        "grow", "grows", "grew", "grown", "become", "becomes", "became", "sound", "sounds", "sounded",
        "look", "looks", "looked", "feel", "feels", "felt", "stay", "stays", "stayed"
    ]
);

word_set!(
    /// Words listed as standing between a speaker and the reporting verb.
    is_listed_verb_modifier,
    [
        "also", "meanwhile", "however", "nevertheless", "nonetheless", "later", "previously", "recently",
        "repeatedly", "has", "had", "have", "would",
        "will", "could", "may", "might", "did", "does", "do", "not", "never", "already", "again",
        "once", "then", "publicly", "privately", "reportedly", "separately", "earlier", "first",
        "often", "frequently", "further", "simply", "flatly", "bluntly", "openly", "quickly",
        "angrily", "firmly", "clearly", "explicitly", "last", "even", "still", "just", "always",
        "subsequently", "initially", "ultimately", "finally", "repeatedly", "has", "is", "was", "since",
        "were", "are", "been", "be", "should", "must", "can", "cannot", "allegedly", "herself",
        "himself", "themselves", "itself", "personally", "specifically", "told", "correctly",
        "rightly", "wrongly", "falsely", "accurately", "loudly", "quietly", "softly", "emphatically",
        "confidently", "proudly", "candidly", "frankly", "sarcastically", "bitterly", "optimistically",
        "now", "long", "afterwards", "afterward"
    ]
);

word_set!(
    /// Present forms of "say" and "tell", the commonest verbs of saying:
    /// no noun reads like them, so inside a would-be subject they are a
    /// reporting verb.
    is_present_say_or_tell,
    ["say", "says", "tell", "tells"]
);

word_set!(
    /// Words ending in "-ly" that are nouns or adjectives, not adverbs:
    /// before a verb they end its subject ("the family said", "a close
    /// ally said", "the elderly say").
    is_noun_in_ly,
    [
        "family", "ally", "rally", "assembly", "supply", "anomaly", "monopoly", "reply", "daily",
        "weekly", "monthly", "quarterly", "bully", "belly", "elderly", "july", "italy", "homily",
        "holy", "ugly", "lily", "jelly", "folly", "tally", "gully"
    ]
);

/// True for an adverb by its "-ly" ending ("forcefully", "narrowly",
/// "consistently"): any of them may stand between a subject and its verb,
/// and there are too many to list in [`is_verb_modifier`].
pub fn is_ly_adverb(lower: &str) -> bool {
    lower.len() >= 4 && lower.ends_with("ly") && !is_noun_in_ly(lower)
}

word_set!(
    /// Adverbs that commas set off as an aside: "Trump, however, said",
    /// "and, therefore, it says, …".
    is_aside_adverb,
    [
        "however", "meanwhile", "too", "though", "also", "instead", "nonetheless", "nevertheless",
        "moreover", "furthermore", "separately", "likewise", "similarly", "later", "earlier",
        "previously", "then", "therefore", "thus", "indeed", "perhaps"
    ]
);

/// True for a word that ends like one of occupation, origin or standing
/// ("lobbyist", "guitarist", "Californian", "rival"), or is a DJ's or MC's
/// title: a role before a given name, though no list holds it. Not a noun
/// of action ("appointment"), an adverb in "-er" ("longer") nor a
/// comparative ("the younger Mr. Trump").
pub fn ends_like_occupation(w: &str) -> bool {
    let not_a_person = w.ends_with("ment")
        || matches!(
            w,
            "longer"
                | "later"
                | "earlier"
                | "further"
                | "rather"
                | "never"
                | "ever"
                | "whether"
                | "together"
                | "cover"
                | "younger"
                | "older"
                | "elder"
                | "latter"
                | "other"
        );
    !not_a_person && ["ist", "er", "or", "ian", "an", "ese", "ant", "ent"].iter().any(|end| w.ends_with(end))
        || matches!(w, "dj" | "mc")
}

/// Stands in an idiom for any possessive determiner ("said his piece").
const POSSESSIVE: &str = "<possessive>";

/// Verbs of saying in idioms that report nothing, with the words that
/// follow the verb: ended something ("called time on England"), said all
/// ("said his piece"), a prayer or a parting, a movement ("pushed
/// higher"), a figure of speech ("begs
/// the question"), how a source speaks ("speaking on condition of
/// anonymity", "asked not to be named") or does not ("did not respond to a
/// request for comment", "declined to comment").
const IDIOMS_WITHOUT_CONTENT: &[(&[&str], &[&str])] = &[
    (&["call", "calls", "called", "calling"], &["time"]),
    (&["call", "calls", "called", "calling"], &["the", "police"]),
    (&["call", "calls", "called", "calling"], &["police"]),
    (&["call", "calls", "called", "calling"], &["an", "ambulance"]),
    (&["call", "calls", "called", "calling"], &["911"]),
    (&["call", "calls", "called", "calling"], &["999"]),
    (&["say", "says", "said", "saying"], &[POSSESSIVE, "piece"]),
    (&["say", "says", "said", "saying"], &[POSSESSIVE, "bit"]),
    (&["say", "says", "said", "saying"], &[POSSESSIVE, "say"]),
    (&["say", "says", "said", "saying"], &[POSSESSIVE, "goodbyes"]),
    (&["say", "says", "said", "saying"], &["a", "prayer"]),
    (&["say", "says", "said", "saying"], &["grace"]),
    (&["tell", "tells", "told", "telling"], &["the", "truth"]),
    (&["tell", "tells", "told", "telling"], &["the", "story"]),
    (&["tell", "tells", "told", "telling"], &[POSSESSIVE, "story"]),
    (&["beg", "begs", "begged", "begging"], &["the", "question"]),
    (&["speak", "speaks", "spoke", "speaking"], &["on", "condition"]),
    (&["speak", "speaks", "spoke", "speaking"], &["on", "the", "condition"]),
    (&["speak", "speaks", "spoke", "speaking"], &["anonymously"]),
    (ASK, &["not", "to", "be"]),
    (ASK, &["that", POSSESSIVE, "name"]),
    (&["request", "requests", "requested", "requesting"], &["anonymity"]),
    (DECLINE, &["to", "comment"]),
    (DECLINE, &["to", "be", "named"]),
    (DECLINE, &["to", "be", "identified"]),
    (RESPOND, &["to", "a", "request"]),
    (RESPOND, &["to", "requests"]),
    (RESPOND, &["to", "repeated", "requests"]),
    (RESPOND, &["to", "attempts"]),
    (RESPOND, &["to", "a", "message"]),
    (RESPOND, &["to", "messages"]),
    (RESPOND, &["to", "an", "email"]),
    (RESPOND, &["to", "emails"]),
    (RESPOND, &["to", "a", "call"]),
    (RESPOND, &["to", "calls"]),
    (RESPOND, &["to", "phone"]),
    (RESPOND, &["to", "an", "inquiry"]),
    (RESPOND, &["to", "inquiries"]),
    (RESPOND, &["to", POSSESSIVE, "request"]),
    (RESPOND, &["to", POSSESSIVE, "requests"]),
    (RESPOND, &["to", POSSESSIVE, "messages"]),
    (RESPOND, &["to", POSSESSIVE, "calls"]),
    (PUSH, &["higher"]),
    (PUSH, &["lower"]),
    (PUSH, &["ahead"]),
    (PUSH, &["up"]),
];

/// The forms of "push", which moves a price or a plan ("Oil pushed higher",
/// "pushed ahead with the sale") as often as it argues for something.
const PUSH: &[&str] = &["push", "pushes", "pushed", "pushing"];

/// The forms of "ask", whose idioms of a source asking for anonymity
/// ("asked not to be named") report nothing.
const ASK: &[&str] = &["ask", "asks", "asked", "asking"];

/// The forms of "decline" and "refuse", whose idioms of a source saying
/// nothing ("declined to comment", "refused to be named") report nothing.
const DECLINE: &[&str] = &["decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing"];

/// The forms of "respond", whose idioms of a source not answering ("did
/// not respond to a request for comment") report nothing.
const RESPOND: &[&str] = &["respond", "responds", "responded", "responding"];

/// True when the verb `verb` and the lowercase words after it (`next`, as
/// many as the text has) make an idiom that reports nothing.
pub fn is_idiom_without_content(verb: &str, next: &[&str]) -> bool {
    // Asked of every cue: the idioms are looked up by verb, not scanned.
    static BY_VERB: OnceLock<FxHashMap<&'static str, Vec<&'static [&'static str]>>> = OnceLock::new();
    let by_verb = BY_VERB.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<&'static [&'static str]>> = FxHashMap::default();
        for &(verbs, words) in IDIOMS_WITHOUT_CONTENT {
            for &form in verbs {
                map.entry(form).or_default().push(words);
            }
        }
        map
    });
    by_verb.get(verb).is_some_and(|idioms| {
        idioms.iter().any(|words| {
            next.len() >= words.len()
                && words.iter().zip(next).all(|(&want, &got)| {
                    if want == POSSESSIVE {
                        matches!(got, "my" | "his" | "her" | "its" | "our" | "your" | "their")
                    } else {
                        want == got
                    }
                })
        })
    })
}

word_set!(
    /// Nouns of the people or medium a verb like "tell" addresses ("told
    /// the rally audience", "told Labour members", "told the BBC
    /// programme"), which are its object, not the content's subject.
    is_audience_noun,
    [
        "reporters", "audience", "crowd", "newspaper", "paper", "committee", "station", "network", "magazine", "interviewer",
        "times", "post", "journal", "supporters", "voters", "conference", "briefing", "meeting", "rally", "gathering",
        "hearing", "summit", "forum", "panel", "session", "parliament", "lawmakers", "investors", "analysts", "channel",
        "programme", "program", "show", "website", "broadcaster", "agency", "tabloid", "advisers", "advisors", "aides",
        "allies", "friends", "colleagues", "staff", "staffers", "members", "officials", "donors", "delegates", "workers",
        "employees", "executives", "troops", "soldiers", "residents", "followers", "fans", "cabinet", "site",
        "daily", "weekly", "court", "jury", "judge", "hall", "tribunal", "inquiry", "commission", "council",
        "assembly", "senate", "congress", "reporter", "journalist", "crowds", "audiences", "congregation",
        "class", "group", "visitors", "guests", "listeners", "viewers", "readers"
    ]
);

/// True for a word that opens a comment or a contrast after a comma
/// ("…, compared with …", "…, while …"), which ends reported content.
pub fn opens_comment(w: &str) -> bool {
    matches!(w, "compared" | "well" | "despite" | "unlike" | "while" | "whilst" | "whereas" | "although" | "though")
}

word_set!(
    /// Nouns of a time or a span of time that open an introduction ("One
    /// recent afternoon,", "A week after …").
    is_time_noun,
    [
        "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "weekend",
        "month", "months", "year", "years", "hour", "hours", "minutes", "summer", "winter",
        "spring", "autumn"
    ]
);

word_set!(
    /// Sentence-initial capitalised words that are not names.
    is_function_word,
    [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at",
        "to", "by", "with", "from", "as", "after", "before", "during", "since", "while", "whilst", "when",
        "where", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these",
        "those", "there", "here", "then", "now", "if", "although", "though", "because", "unless",
        "until", "once", "both", "either", "neither", "each", "every", "all", "some", "any",
        "many", "most", "more", "much", "few", "several", "no", "not", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
        "me", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did",
        "will", "would", "could", "should", "may", "might", "can", "must", "just", "still",
        "even", "also", "only", "yes", "no", "meanwhile", "however", "instead", "indeed",
        "still", "asked", "over", "under", "about", "against", "between", "into", "through",
        "without", "within", "among", "despite", "like", "unlike", "according", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "today", "yesterday", "tomorrow", "tonight", "last", "next",
        "other", "another", "such", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.",
        "full", "text", "abstract", "update", "updated", "read", "more", "photo", "video",
        "advertisement", "related", "editor's", "note", "breaking", "exclusive", "beneath",
        "behind", "beyond", "below", "above", "across", "along", "alongside", "amid", "amidst", "around",
        "toward", "towards", "upon", "inside", "outside", "near", "throughout", "beside", "besides",
        "underneath", "onto", "via", "whereas", "whether", "except", "regarding", "concerning"
    ]
);

word_set!(
    /// Title words that precede a name ("Prime Minister", "Sen.").
    is_title_word,
    [
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "senator",
        "sen.", "rep.", "representative", "congressman", "congresswoman", "gov.", "governor",
        "mayor", "speaker", "leader", "chairman", "chairwoman", "chair", "chief", "ceo", "director",
        "ambassador", "general", "gen.", "lt.", "col.", "colonel", "admiral", "adm.", "sgt.",
        "capt.", "captain", "judge", "justice", "attorney", "king", "queen", "prince", "princess",
        "pope", "rev.", "reverend", "professor", "prof.", "prof", "spokesman", "spokeswoman",
        "spokesperson", "commissioner", "deputy", "assistant", "sheriff", "officer", "agent",
        "candidate", "nominee", "host", "anchor", "correspondent", "editor", "founder",
        "president-elect", "strategist", "adviser", "advisor", "aide", "manager", "chairperson",
        "treasurer", "commander", "lieutenant", "sergeant", "major", "emir", "sheikh", "ayatollah",
        "rabbi", "bishop", "cardinal", "economist", "analyst", "pollster", "lawmaker", "delegate",
        "official", "lawyer", "whip", "cofounder", "co-founder", "executive", "president’s",
        "dean", "provost", "chancellor", "superintendent", "councilman", "councilwoman",
        "councilor", "councillor", "assemblyman", "assemblywoman", "mp", "mep", "premier", "comptroller", "alderman",
        "alderwoman", "recorder", "counsel", "inspector", "detective", "constable", "coroner", "magistrate",
        "marshal", "auditor", "lt", "col", "undersecretary", "dj", "coach", "boss", "skipper", "champion"
    ]
);

word_set!(
    /// Particles that names spell in lowercase, alone or after a hyphen:
    /// they open a surname of several words ("De Vido", "Le Pen", "van
    /// Gaal", "El Guerrouj", "Abu Laban") or join a name's parts
    /// ("Saif al-Islam").
    is_name_particle,
    [
        "de", "da", "di", "du", "del", "della", "der", "den", "des", "van", "vander", "von", "le", "la", "el",
        "al", "ul", "ud", "ad", "ur", "abu", "bin", "ben", "ibn", "din", "ten", "ter", "dos", "das", "st",
        "st."
    ]
);

word_set!(
    /// Nouns of a work and the words that give one its title, before the
    /// title in quotation marks ("the reality show “The Apprentice”", "a
    /// book titled “…”").
    is_work_noun,
    [
        "show", "programme", "program", "series", "book", "novel", "memoir", "film", "movie", "documentary",
        "song", "album", "single", "play", "musical", "opera", "column", "blog", "podcast", "titled", "entitled",
        "pseudonym", "nickname"
    ]
);

word_set!(
    /// Title words that are also common surnames ("Justin King", "John
    /// Major", "Lewis Champion"): after a given name they end the name.
    is_surname_title,
    ["king", "major", "bishop", "judge", "pope", "dean", "prince", "champion", "boss", "constable", "marshal"]
);

word_set!(
    /// Titles of royalty and religion that stand before a given name alone
    /// ("Prince Charles", "Queen Elizabeth", "King Abdullah", "Pope
    /// Francis"): the name they title is no surname of another person's.
    is_given_name_title,
    ["prince", "princess", "king", "queen", "pope", "emperor", "empress", "tsar", "czar", "sultan", "emir", "sheikh"]
);

word_set!(
    /// Honorifics: part of how a person is addressed, neither name nor role.
    is_honorific,
    ["mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "baroness", "baron"]
);

/// True for a lowercase word that belongs to a role before a name
/// ("campaign manager"), a rank prefix's title among them ("co-host",
/// "vice-chairman").
pub fn is_role_word(lower: &str) -> bool {
    is_listed_role_word(lower) || without_rank_prefix(lower).is_some_and(is_listed_role_word)
}

/// The title a rank prefix shares or seconds ("co-host" → "host",
/// "vice-chairman" → "chairman"), which reads as the title itself.
fn without_rank_prefix(lower: &str) -> Option<&str> {
    lower.strip_prefix("co-").or_else(|| lower.strip_prefix("vice-"))
}

word_set!(
    /// The role words listed, without a rank prefix ([`is_role_word`]).
    is_listed_role_word,
    [
        "former", "presidential", "campaign", "press", "senior", "chief", "deputy", "vice",
        "top", "foreign", "policy", "national", "security", "economic", "adviser", "advisor",
        "manager", "host", "candidate", "spokesman", "spokeswoman", "spokesperson", "secretary",
        "director", "chairman", "chairwoman", "strategist", "pollster", "analyst", "economist",
        "professor", "senator", "governor", "president", "minister", "leader", "nominee",
        "executive", "officer", "lawyer", "attorney", "general", "representative", "congressman",
        "congresswoman", "commentator", "columnist", "correspondent", "anchor", "reporter",
        "editor", "author", "activist", "businessman", "businesswoman", "billionaire", "mogul",
        "founder", "republican", "democrat", "democratic", "gop", "party", "state", "house",
        "senate", "majority", "minority", "whip", "speaker", "chair", "commander", "ambassador",
        "envoy", "diplomat", "official", "aide", "staffer", "operative", "consultant", "fellow",
        "researcher", "scientist", "expert", "then-candidate", "then-president", "incumbent",
        "hopeful", "rival", "challenger", "opponent", "supporter", "surrogate", "running", "mate",
        "talk", "radio", "show", "television", "tv", "news", "political", "communications",
        "digital", "finance", "defense", "defence", "trade", "treasury", "health", "justice",
        "prime", "acting", "interim", "retired", "conservative", "liberal", "progressive",
        "independent", "libertarian", "green", "actor", "actress", "singer", "comedian",
        "writer", "journalist", "historian", "philosopher", "pastor", "preacher", "evangelist",
        "chief-of-staff", "staff", "of", "u.s.", "federal", "county", "city", "district",
        "judge", "justice", "court", "supreme", "appeals", "associate", "assistant", "special",
        "counsel", "prosecutor", "investigator", "detective", "police", "sheriff", "agent", "member",
        "coach", "skipper", "boss", "champion", "organiser", "organizer", "captain", "trainer", "referee", "striker",
        "midfielder", "defender", "goalkeeper", "winger", "rapper", "producer", "designer", "chef", "star",
        "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower",
        "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather",
        "grandmother"
    ]
);

/// The subject pronoun a word is or begins: itself for "he", "they", and
/// the pronoun of a contraction ("he's" → "he", "they’re" → "they", "I'm" →
/// "i"); `None` for any other word.
pub fn subject_pronoun_of(lower: &str) -> Option<&str> {
    if is_subject_pronoun(lower) {
        return Some(lower);
    }
    let (pronoun, rest) = lower.split_once(['\'', '’'])?;
    let contraction = matches!(
        (pronoun, rest),
        ("he" | "she" | "it", "s")
            | ("they" | "we" | "you", "re")
            | ("i", "m")
            | ("he" | "she" | "it" | "they" | "we" | "you" | "i", "ll" | "d" | "ve")
    );
    contraction.then_some(pronoun)
}

/// Verbs of saying that are never nouns, so that a name's "'s" before one
/// is the name's own ("McDonald's said"), not a possessive.
pub fn is_verb_only_after_possessive(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "tells")
}

/// True for a word that may be a verb form a phrase cannot hold: a cue,
/// a past in "-ed" or an irregular past ("said", "voted", "took").
pub fn looks_like_verb(w: &str) -> bool {
    cue_verb(w).is_some() || w.ends_with("ed") || is_irregular_past(w)
}

/// Common irregular past forms, which no "-ed" ending tells.
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "hit"
            | "meant"
            | "went"
            | "made"
            | "took"
            | "gave"
            | "won"
            | "lost"
            | "held"
            | "sent"
            | "got"
            | "put"
            | "set"
            | "cut"
            | "ran"
            | "began"
            | "wrote"
            | "found"
            | "left"
            | "led"
            | "paid"
            | "sold"
            | "brought"
            | "bought"
            | "kept"
            | "met"
            | "saw"
            | "spent"
            | "struck"
            | "drew"
            | "threw"
    )
}

/// True for a word that makes a capitalised run an organisation, spelled
/// plain or as a dotted acronym ("F.B.I." as "fbi").
pub fn is_organization_word(lower: &str) -> bool {
    if is_listed_organization_word(lower) {
        return true;
    }
    let dotted = lower.len() >= 4 && lower.ends_with('.') && lower.split('.').all(|part| part.len() <= 1);
    dotted && is_listed_organization_word(&lower.replace('.', ""))
}

word_set!(
    /// Words listed as making a capitalised run an organisation.
    is_listed_organization_word,
    [
        "ministry", "department", "agency", "commission", "committee", "council", "party",
        "group", "company", "corporation", "corp.", "inc.", "co.", "ltd.", "university",
        "college", "institute", "center", "centre", "foundation", "association", "bank", "fund",
        "organization", "organisation", "office", "administration", "government", "campaign",
        "court", "congress", "senate", "parliament", "pentagon", "kremlin", "times", "post",
        "journal", "news", "press", "network", "service", "services", "bureau", "union",
        "federation", "board", "authority", "police", "army", "navy", "forces", "coalition",
        "caucus", "club", "church", "reuters", "bloomberg", "cnn", "nbc", "abc", "cbs", "msnbc",
        "politico", "gallup", "quinnipiac", "pac", "fbi", "cia", "nsa", "nato", "eu", "un", "wto",
        "imf", "gop", "dnc", "rnc", "labour", "tory", "tories", "dem", "dems", "house", "cabinet", "embassy", "consulate", "secretariat",
        "ministries", "council", "tribunal", "commission", "initiative", "project", "alliance",
        "league", "society", "trust", "partners", "holdings", "industries", "airlines", "motors",
        "technologies", "systems", "labs", "laboratories", "media", "magazine", "daily",
        "herald", "tribune", "gazette", "telegraph", "guardian", "economist", "breitbart", "chronicle",
        "mirror", "courier", "inquirer", "examiner", "watch",
        "foxnews", "npr", "bbc", "ap", "afp", "xinhua", "kyodo", "yonhap", "tass", "poll",
        "survey", "firm", "bloc", "regime", "junta", "assembly", "legislature", "politburo"
    ]
);

/// A plural noun of people by what they do ("manufacturers", "economists",
/// "residents"): after a nationality it names a group, "Kenyan
/// manufacturers", not a person called "Kenyan".
pub fn is_agent_plural(w: &str) -> bool {
    ["ers", "ists", "ians", "ants", "ents"].iter().any(|suffix| w.len() > suffix.len() + 2 && w.ends_with(suffix))
        && cue_verb(w).is_none()
}

/// Such a plural that names people more often than things ("campaigners",
/// "economists", "historians"), which may speak as a group; words in
/// "-ants" and "-ents" name things as often ("elements", "documents").
pub fn is_plural_of_doers(w: &str) -> bool {
    ["ers", "ists", "ians"].iter().any(|suffix| w.ends_with(suffix)) && is_agent_plural(w)
}

/// A regular plural ("officials", "analysts", "companies"), not a singular
/// ending in s ("business", "census", "analysis").
pub fn is_plural_noun(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is"].iter().any(|suffix| w.ends_with(suffix))
}

word_set!(
    /// Companies and bodies so well known that news names them in one word
    /// with nothing to show they are no person ("Sony said …", "Boeing
    /// expects …"): without the list the speaker list held "Sony" as a
    /// person. Names that are also common surnames of people who speak in
    /// the news ("Ford", "Dell", "Disney", "Sainsbury") are left out: a
    /// title or a pronoun decides those.
    is_known_company,
    [
        "sony", "microsoft", "google", "apple", "intel", "ibm", "amazon.com", "yahoo", "ebay", "facebook",
        "twitter", "nokia", "samsung", "motorola", "ericsson", "siemens", "philips", "toshiba", "panasonic",
        "hitachi", "fujitsu", "nintendo", "sega", "vodafone", "boeing", "airbus", "shell", "bp", "exxon",
        "exxonmobil", "chevron", "gazprom", "yukos", "rosneft", "lukoil", "toyota", "nissan", "volkswagen",
        "bmw", "daimlerchrysler", "renault", "peugeot", "fiat", "volvo", "nike", "adidas", "reebok",
        "coca-cola", "pepsico", "starbucks", "wal-mart", "walmart", "tesco", "asda", "unilever", "nestle",
        "danone", "glaxosmithkline", "astrazeneca", "pfizer", "novartis", "bayer", "basf", "hsbc",
        "barclays", "natwest", "citigroup", "citibank", "jpmorgan", "ubs", "allianz", "axa", "aviva",
        "pricewaterhousecoopers", "kpmg", "deloitte", "accenture", "gartner", "forrester", "datamonitor",
        "ofcom", "ofgem", "ofwat", "opec", "nato", "unicef", "unesco", "fifa", "uefa", "interpol", "europol",
        "reuters", "bloomberg", "netflix", "napster", "skype", "kazaa", "lycos", "aol", "oracle",
        "peoplesoft", "cisco", "nortel", "alcatel", "lucent", "qualcomm", "nvidia", "seagate", "xerox",
        "kodak", "ryanair", "easyjet", "lufthansa", "qantas", "alitalia", "aeroflot", "eurostar", "viacom",
        "vivendi", "bertelsmann", "emi", "pixar", "dreamworks", "miramax", "itv", "turkcell", "telefonica",
        "verizon", "comcast", "t-mobile", "icann", "mozilla", "symantec", "mcafee", "sophos", "macrovision",
        "adobe", "realnetworks", "tivo", "ubisoft", "activision", "atari", "capcom", "konami", "namco"
    ]
);

/// True for the modal verbs ("can", "would", "must"), which take a bare
/// verb: a word before one is its subject's head, a word after one a verb.
pub fn is_modal(lower: &str) -> bool {
    matches!(lower, "can" | "could" | "will" | "would" | "shall" | "should" | "may" | "might" | "must")
}

word_set!(
    /// Plurals that end a party's name ("Liberal Democrats", "Christian
    /// Democrats", "Sweden Democrats", "Young Conservatives"): after
    /// another word of the name, an organisation.
    is_party_plural,
    ["democrats", "republicans", "conservatives", "liberals", "socialists", "greens", "nationalists", "unionists"]
);

word_set!(
    /// Words of standing before a body's plural name ("senior Tories",
    /// "leading Democrats", "rebel MPs"): members of it, not a role of it.
    is_standing_in_a_group,
    ["senior", "leading", "top", "prominent", "junior", "rebel", "moderate", "veteran", "influential"]
);

word_set!(
    /// What only a business owns, after a possessive name ("Yukos's
    /// shares", "Google's profits"): the name is a company's.
    is_business_possession,
    [
        "profits", "profit", "sales", "shares", "stock", "earnings", "revenue", "revenues", "turnover",
        "shareholders", "subsidiary", "subsidiaries", "headquarters", "takeover", "customers", "products",
        "executives", "workforce", "brands", "stores", "factories", "plants"
    ]
);

word_set!(
    /// People who work for, own or speak for a body, before "at" or "of"
    /// and its name ("chief executive of Yukos", "an analyst at Gartner",
    /// "shareholders of Barclays"): the name is an organisation's.
    is_member_of_organization,
    [
        "executive", "executives", "chairman", "chairwoman", "analyst", "analysts", "boss", "bosses",
        "founder", "co-founder", "employees", "staff", "engineers", "spokesman", "spokeswoman",
        "spokesperson", "shareholders", "shareholder", "manager", "strategist", "director", "head"
    ]
);

word_set!(
    /// People and parts of a business after its name ("Yukos boss
    /// Mikhail Khodorkovsky", "Fiat executives", "Menatep shareholders").
    is_business_member_after_name,
    [
        "boss", "bosses", "executives", "shareholders", "subsidiary", "founder", "co-founder", "chairman",
        "chairwoman", "shares"
    ]
);

word_set!(
    /// Nouns that describe a business before its name ("Russian oil giant
    /// Yukos", "US aircraft firm Boeing", "telecom regulator Ofcom"),
    /// beyond the words of organisations' own names.
    is_business_descriptor,
    [
        "giant", "maker", "carrier", "airline", "retailer", "watchdog", "regulator", "operator",
        "conglomerate", "chain", "brewer", "insurer", "lender", "manufacturer", "supplier",
        "broadcaster", "publisher", "developer", "producer", "provider", "distributor", "planemaker",
        "carmaker", "automaker", "chipmaker", "drugmaker", "supermarket", "outfit", "label", "studio",
        "consultancy"
    ]
);

word_set!(
    /// Head nouns of unnamed sources ("analysts", "a senior official").
    is_unnamed_source_noun,
    [
        "analysts", "analyst", "officials", "official", "experts", "expert", "sources", "source",
        "critics", "critic", "observers", "observer", "economists", "economist", "diplomats",
        "diplomat", "aides", "aide", "advisers", "adviser", "advisors", "advisor", "people",
        "person", "residents", "resident", "witnesses", "witness", "lawmakers", "lawmaker",
        "legislators", "supporters", "supporter", "opponents", "insiders", "insider", "officers",
        "investigators", "prosecutors", "researchers", "scientists", "strategists", "strategist",
        "pollsters", "voters", "voter", "spokesman", "spokeswoman", "spokesperson", "someone",
        "lawyers", "lawyer", "attorneys", "attorney", "activists", "activist", "leaders",
        "members", "member", "staff", "staffers", "staffer", "employees", "workers", "executives",
        "executive", "bankers", "traders", "investors", "commentators", "pundits", "polls",
        "poll", "surveys", "survey", "reports", "report", "studies", "study", "documents",
        "data", "figures", "statistics", "democrats", "republicans", "conservatives", "liberals",
        "delegates", "donors", "organizers", "protesters", "demonstrators", "students",
        "teachers", "doctors", "parents", "americans", "citizens", "others", "many", "some",
        "both", "few", "most", "all", "several", "candidates", "senators", "governors",
        "ministers", "authorities", "police", "regulators", "agencies", "groups", "media",
        "reporters", "journalists", "historians", "scholars", "academics", "polling",
        "surrogates", "allies", "backers", "rivals", "detractors", "skeptics", "proponents",
        "advocates", "clergy", "veterans", "survivors", "victims", "families", "neighbors",
        "neighbours", "neighbour", "friends", "relatives", "colleagues", "associates", "classmates",
        "acquaintances", "confidants", "loyalists", "mps", "meps", "msps", "peers",
        "percent", "majority", "plurality", "respondents", "statement", "letter", "memo",
        "article", "book", "website", "filing", "complaint", "lawsuit", "release", "tweet",
        "editorial", "column", "story", "transcript", "indictment", "ruling", "analysis",
        "review", "audit", "records", "results", "findings", "estimates", "numbers", "count",
        "projections", "forecasts", "models", "newspaper", "outlets", "websites", "accounts",
        "spokesmen", "representatives", "sources", "participants", "attendees", "callers",
        "viewers", "readers", "listeners", "fans", "followers", "campaigns", "camp", "team",
        "woman", "man", "women", "men", "mother", "father", "owner", "worker", "student",
        "teacher", "veteran", "friend", "neighbor", "daughter", "son", "wife", "husband",
        "farmer", "official", "officer", "organizer", "volunteer", "protester", "delegate",
        "senator", "congressman", "congresswoman", "governor", "mayor", "judge", "writer",
        "author", "historian", "professor", "economist", "columnist", "commentator", "host", "judges",
        "correspondents"
    ]
);

word_set!(
    /// Words that end company names ("Hyundo Steel", "Sanwa Trading"). They
    /// make a capitalised name run an organisation, but unlike
    /// [`is_organization_word`] they are no organisation as lowercase nouns
    /// ("clean energy", "a foreign power").
    is_company_suffix,
    [
        "steel", "securities", "capital", "trading", "logistics", "shipping", "mining",
        "pharmaceuticals", "chemicals", "electric", "power", "petroleum", "energy", "insurance",
        "airways", "telecom", "semiconductor", "semiconductors", "automotive", "textiles", "research",
        "communications", "entertainment", "pictures", "records", "studios", "software", "electronics",
        "consulting", "consultancy", "analytics", "ventures", "economics", "networks", "solutions", "games",
        "bourse", "boerse", "united", "radio", "tv", "corp", "nations", "fc", "rovers",
        "athletic", "wanderers", "albion"
    ]
);

word_set!(
    /// Nouns of documents that carry someone's words ("a statement from the
    /// ministry", "a report by the agency").
    is_document_noun,
    [
        "statement", "statements", "report", "reports", "letter", "memo", "release", "filing",
        "study", "survey", "analysis", "review", "audit", "documents", "document", "transcript",
        "complaint", "lawsuit", "ruling", "indictment", "tweet", "post", "email", "notice",
        "announcement", "estimate", "estimates", "data", "figures", "findings", "poll", "briefing"
    ]
);

word_set!(
    /// Singular nouns that name one person without a title ("a witness",
    /// "a fan"), besides the [`is_title_word`]s.
    is_person_noun,
    [
        "source", "critic", "observer", "resident", "witness", "supporter", "insider", "voter",
        "activist", "member", "staffer", "expert", "person", "fan", "man", "woman", "worker",
        "employee", "student", "teacher", "doctor", "relative", "neighbour", "neighbor", "friend",
        "colleague", "researcher", "scientist", "consultant", "banker", "trader", "investor",
        "commentator", "reporter", "journalist", "historian", "diplomat", "lawmaker"
    ]
);

/// True for the head noun of a definite description that refers back to
/// an earlier named speaker ("the minister", "the company", "the
/// co-chairman").
pub fn is_anaphoric_noun(lower: &str) -> bool {
    is_listed_anaphoric_noun(lower) || without_rank_prefix(lower).is_some_and(is_listed_anaphoric_noun)
}

word_set!(
    /// The anaphoric nouns listed, without a rank prefix ([`is_anaphoric_noun`]).
    is_listed_anaphoric_noun,
    [
        "minister", "president", "senator", "governor", "secretary", "candidate", "nominee",
        "company", "ministry", "government", "campaign", "administration", "department",
        "agency", "party", "committee", "group", "firm", "court", "judge", "congressman",
        "congresswoman", "mayor", "chancellor", "premier", "leader", "chairman", "chairwoman",
        "businessman", "billionaire", "mogul", "lawmaker", "diplomat", "professor", "analyst",
        "economist", "ambassador", "spokesman", "spokeswoman", "official", "democrat",
        "republican", "frontrunner", "front-runner", "speaker", "director", "executive",
        "ceo", "general", "commander", "pope", "king", "queen", "prince", "justice", "white",
        "champion", "coach", "captain", "manager", "skipper", "boss", "striker", "midfielder", "defender",
        "goalkeeper", "winger", "player", "singer", "actor", "actress", "star", "rapper", "producer",
        "author", "writer", "host", "columnist", "reporter", "journalist"
    ]
);

word_set!(
    /// Kinds of news item a headline's label names ("The Latest: …",
    /// "Analysis: …"): no speaker.
    is_news_label,
    [
        "latest", "update", "updates", "analysis", "opinion", "editorial", "exclusive", "breaking",
        "factbox", "explainer", "timeline", "correction", "obituary", "recap", "preview", "watch",
        "live", "poll", "quiz", "podcast", "video", "photos", "gallery", "review"
    ]
);

word_set!(
    /// Determiners and quantifiers that can open an unnamed-source phrase.
    is_determiner,
    [
        "the", "a", "an", "some", "many", "several", "other", "others", "most", "few", "two",
        "three", "four", "five", "both", "all", "one", "his", "her", "their", "its", "our",
        "these", "those", "this", "that", "another", "any", "no", "such", "top", "senior",
        "numerous", "multiple", "various", "certain", "independent", "outside", "western",
        "u.s.", "american", "chinese", "japanese", "foreign", "local", "federal", "state"
    ]
);

word_set!(
    /// Common female first names (a speaker's gender guides "she").
    is_female_name,
    [
        "morag", "shona", "catriona", "ailsa", "isla", "eilidh", "sheila", "glenys", "bronwen", "sian",
        "cerys", "ffion", "nia", "mair", "lynne", "lynda", "muriel", "trisha", "hillary", "sarah", "nancy", "elizabeth", "carly", "kellyanne", "michelle", "huma",
        "debbie", "hope", "megyn", "melania", "ivanka", "chelsea", "mary", "maria", "anna",
        "susan", "karen", "linda", "barbara", "patricia", "jennifer", "jessica", "emily",
        "ashley", "amy", "angela", "theresa", "theresa", "marine", "nikki", "kirsten", "tammy",
        "claire", "dianne", "kamala", "amy", "jeanne", "kelly", "lisa", "laura", "julia",
        "rachel", "rebecca", "samantha", "victoria", "donna", "katie", "kate", "katherine",
        "catherine", "margaret", "jane", "joni", "shelley", "susana", "loretta", "janet",
        "condoleezza", "madeleine", "ruth", "sonia", "elena", "christine", "ayotte", "heidi",
        "jill", "tulsi", "cheryl", "sheryl", "oprah", "tilly", "sanae", "yuriko", "tsai",
        "ursula", "kristalina", "liz", "jacinda", "giorgia", "emmanuelle", "brenda", "stephanie",
        "nicole", "natalie", "sophia", "olivia", "emma", "grace", "helen", "joan", "judith",
        "carol", "diane", "deborah", "sharon", "cynthia", "kathleen", "pamela", "martha",
        "andrea", "alice", "alexandria", "ilhan", "rashida", "ayanna", "marsha",
        "hannah", "zoe", "jen", "jenna", "erin", "dolores", "gloria", "connie", "bernadette",
        "hilary", "harriet", "esther", "irene", "valerie", "wendy", "tina", "tanya", "ann", "anne",
        "annie", "betty", "beth", "bridget", "caroline", "cathy", "cindy", "clara", "dorothy",
        "eva", "eve", "fiona", "frances", "gina", "ivana", "jackie", "jacqueline", "joyce",
        "judy", "june", "kay", "kristen", "lauren", "lucy", "lynn", "marie", "megan",
        "meghan", "melissa", "mia", "molly", "monica", "nina", "paula", "peggy", "rose",
        "sally", "sandra", "sara", "shannon", "sue", "sylvia", "teresa", "tracy", "vera",
        "virginia", "yvonne", "amal", "asma", "benazir", "golda", "indira", "angelina", "dilma",
        "tessa", "nicola", "louise", "daniela", "serena", "hazel", "imelda", "amanda",
        "claudia", "alicia", "clare", "marion", "ellen", "letitia", "meg", "patti", "angie", "penny",
        "carole", "hayley", "katerina", "abigail", "agnes", "alison", "allison", "amber", "audrey",
        "bella", "bernice", "brigitte", "camilla", "carla", "carmen", "cecilia", "charlotte", "cherie",
        "christina", "colette", "daphne", "delia", "denise", "diana", "edith", "eileen", "elaine",
        "eleanor", "elisabeth", "ella", "eloise", "emilia", "erica", "estelle", "ethel", "fatima",
        "felicity", "florence", "gemma", "georgina", "geraldine", "gillian", "gwen", "gwyneth",
        "heather", "helena", "ingrid", "isabel", "isabella", "jana", "janice", "jasmine", "jenny",
        "joanna", "jocelyn", "josephine", "julie", "juliet", "justine", "kathy", "kirsty", "lara",
        "leah", "lena", "lily", "lorna", "lorraine", "louisa", "lydia", "madonna", "mandy", "margot",
        "marina", "marjorie", "maureen", "maxine", "melanie", "mildred", "miranda", "moira", "nadia",
        "naomi", "natasha", "nell", "nora", "norma", "olga", "pauline", "petra", "phoebe", "phyllis",
        "priscilla", "rita", "roberta", "rosa", "rosalind", "rosemary", "sabrina", "sasha", "shirley",
        "simone", "sonya", "sophie", "stella", "suzanne", "tamsin", "tania", "tara", "tess", "thelma",
        "tracey", "trudy", "ulrike", "vanessa", "veronica", "vivian", "winifred", "yolanda", "zara",
        "yulia", "svetlana", "natalia", "irina", "tatiana", "anastasia", "ekaterina", "megawati",
        "cristina", "mariah", "britney", "kylie", "beyonce", "whitney", "celine", "shakira",
        "charlize", "keira", "halle", "scarlett", "jodie", "cate", "reese", "renee", "meryl",
        "sigourney", "teri", "marcia", "geri", "courtney", "segolene", "benita", "alexandra",
        "kathryn", "elise", "eliza", "jessie", "joanne", "kristin", "mona", "nanette", "patsy",
        "rhonda", "roxanne", "selina", "tammy", "vicky", "vicki", "wanda"
    ]
);

word_set!(
    /// Common male first names (a speaker's gender guides "he").
    is_male_name,
    [
        "norman", "denis", "euan", "alasdair", "fergus", "dafydd", "glyn", "huw", "bryn", "aled", "iwan",
        "lachlan", "callum", "ivor", "donald", "bernie", "ted", "marco", "jeb", "ben", "john", "chris", "mike", "rand",
        "barack", "joe", "tim", "paul", "mitch", "harry", "bill", "george", "james", "robert",
        "michael", "william", "david", "richard", "thomas", "charles", "daniel", "matthew",
        "mark", "steven", "stephen", "steve", "kevin", "brian", "jeff", "jeffrey", "scott",
        "eric", "jason", "gary", "ryan", "nicholas", "jonathan", "larry", "frank", "peter",
        "jack", "dennis", "jerry", "roger", "newt", "rudy", "rudolph", "reince", "sean", "corey",
        "kurt", "vladimir", "xi", "shinzo", "fumio", "emmanuel", "boris", "justin", "narendra",
        "recep", "benjamin", "bibi", "moon", "jim", "tom", "bob", "dick", "newt",
        "orrin", "chuck", "lamar", "reid", "elijah", "adam", "andrew", "anthony",
        "alexander", "antonin", "samuel", "clarence", "neil", "brett", "merrick", "stephen",
        "jared", "eric", "don", "roy", "ron", "rick", "rob", "randy", "ray", "raymond", "ralph",
        "carl", "karl", "louis", "luis", "jose", "juan", "carlos", "pedro", "miguel", "martin",
        "walter", "henry", "howard", "harold", "jimmy", "ronald", "gerald", "lyndon", "dwight",
        "franklin", "abraham", "mitt", "herman", "rick", "bobby", "lincoln", "martin", "jon",
        "jonah", "ezra", "noah", "nate", "nathan", "ken", "kenneth", "keith", "greg", "gregory",
        "doug", "douglas", "dan", "danny", "tony", "vince", "vincent", "wayne", "arthur",
        "edward", "ed", "al", "alan", "allen", "gene", "glenn", "gordon", "grant", "hank",
        "hugh", "ian", "ivan", "jacob", "jake", "jesse", "joel", "josh", "joshua",
        "kyle", "leon", "marc", "max", "mitchell", "nick", "oliver", "omar", "patrick",
        "phil", "philip", "reed", "russ", "russell", "sam", "seth", "simon", "stan", "stanley",
        "stuart", "terry", "todd", "travis", "trey", "tyler", "victor", "wade", "warren",
        "wesley", "will", "zach", "ryo", "daisuke", "cory", "wu", "jae", "yoon", "olaf",
        "keir", "rishi", "volodymyr", "mohammed", "muhammad", "ahmed", "ali", "hassan",
        "bashar", "hosni", "abdel", "recep", "nicolas", "francois", "jacques", "angelo",
        "silvio", "matteo", "giuseppe", "pedro", "mauricio", "jair", "andres", "manuel",
        "andy", "alex", "matt", "liam", "jeremy", "bernard", "nigel", "craig", "bruce", "geoff",
        "graham", "rafael", "eddie", "charlie", "clive", "christopher", "barry", "brad",
        "malcolm", "adrian", "dave", "mikhail", "graeme", "arsene", "gavin", "trevor", "colin",
        "alastair", "alistair", "olivier", "marcel", "viktor", "ross", "gerhard", "pete", "fernando",
        "jaime", "lleyton", "hans", "hugo", "mervyn", "evan", "sergio", "oleg", "derek", "rupert",
        "johnny", "tommy", "fred", "freddie", "freddy", "robbie", "fraser", "julian", "andre",
        "gerry", "helmut", "jurgen", "stefan", "alain", "claude", "brendan", "herve", "joseph",
        "geoffrey", "gareth", "duncan", "philippe", "lawrence", "marat", "mario", "curt", "marty",
        "rod", "henri", "norbert", "elliot", "elliott", "thierry", "frederic", "emilio", "burt",
        "rory", "leonardo", "ozzy", "ricky", "cyril", "dominic", "javier", "shaun", "kostas",
        "paolo", "fabien", "ronan", "shane", "mathew", "martyn", "ali", "ahmed", "mohammed",
        "muhammad", "mahmoud", "hassan", "hussein", "abdul", "yasser", "ariel", "ehud", "shimon",
        "yitzhak", "silvio", "romano", "gianni", "giuseppe", "francesco", "luca", "angelo",
        "jacques", "pierre", "francois", "nicolas", "gustavo", "diego", "pablo", "jorge", "manuel",
        "alejandro", "ricardo", "eduardo", "igor", "sergei", "sergey", "dmitry", "dmitri", "alexei",
        "yuri", "nikolai", "andrei", "gennady", "anatoly", "wolfgang", "gunter", "gunther", "dieter",
        "klaus", "heinz", "joachim", "horst", "jens", "lars", "sven", "nils", "anders", "bjorn",
        "erik", "kofi", "nelson", "thabo", "kenji", "hiroshi", "takeshi", "junichiro", "taro",
        "akira", "aaron", "albert", "alfred", "angus", "arnold", "billy", "brandon", "bradley",
        "cecil", "chad", "clint", "clifford", "conor", "connor", "curtis", "damian", "damien",
        "darren", "darrell", "darryl", "declan", "desmond", "dylan", "edgar", "edwin", "elton",
        "ernest", "ewan", "felix", "francis", "gabriel", "garry", "geraint", "gilbert", "gideon",
        "hamish", "harvey", "hector", "isaac", "jeremiah", "jerome", "joey", "jonny", "julius",
        "kieran", "kirk", "lenny", "leo", "lewis", "lloyd", "lorenzo", "luke", "marcus", "marvin",
        "matthias", "maurice", "melvin", "milton", "morris", "murray", "neville", "owen", "percy",
        "quentin", "reggie", "rhys", "richie", "roberto", "rodney", "roland", "ruben", "rufus",
        "sebastian", "shawn", "sidney", "stewart", "teddy", "terence", "theo", "timothy", "toby",
        "tristan", "vernon", "wallace", "winston", "xavier", "zachary", "bashar", "hosni", "hamid",
        "nouri", "ahmet", "mahathir", "thaksin", "susilo", "kurt", "wim", "pim", "jose", "ray"
    ]
);

word_set!(
    /// Verbs of action that make a sentence a reportable statement of fact.
    is_action_verb,
    [
        "banned", "imposed", "initiated", "launched", "announced", "signed", "approved",
        "passed", "voted", "won", "lost", "held", "met", "killed", "arrested", "raised", "cut",
        "fell", "rose", "increased", "decreased", "declined", "dropped", "jumped", "surged",
        "plunged", "closed", "opened", "sanctioned", "ordered", "deployed", "fired", "hired",
        "resigned", "appointed", "nominated", "elected", "defeated", "introduced", "blocked",
        "vetoed", "filed", "sued", "charged", "convicted", "sentenced", "released", "seized",
        "invaded", "attacked", "struck", "bombed", "withdrew", "suspended", "halted", "resumed",
        "agreed", "rejected", "endorsed", "condemned", "visited", "spoke", "called", "hosted",
        "reached", "completed", "acquired", "bought", "sold", "paid", "spent", "invested",
        "earned", "lowered", "extended", "expanded", "restricted", "tightened", "eased",
        "lifted", "issued", "published", "unveiled", "proposed", "adopted", "enacted",
        "ratified", "recorded", "reported", "posted", "totaled", "topped", "exceeded",
        "surpassed", "doubled", "tripled", "halved", "slashed", "boosted", "canceled",
        "cancelled", "postponed", "delayed", "scheduled", "began", "started", "ended",
        "finished", "established", "founded", "created", "formed", "built", "destroyed",
        "captured", "detained", "expelled", "deported", "evacuated", "warned", "threatened",
        "accused", "denied", "confirmed", "led", "trailed", "leads", "trails", "campaigned",
        "raised", "donated", "contributed", "received", "collected", "gained", "secured",
        "stood", "avoided", "condemned", "retaliated", "escalated", "imposes", "bans",
        "holds", "controls", "accounts", "produces", "dominates", "relies", "depends", "owns", "employs", "hosts", "houses", "makes"
    ]
);

word_set!(
    /// Words that name a share of a group ("half", "two-thirds" by its
    /// last part, "a majority", "four in 10"): the subject of a poll's
    /// finding ("…, and half said …").
    is_share_word,
    [
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
        "majorities", "minority", "plurality", "most", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten"
    ]
);

word_set!(
    /// Words that round or bound a figure before it ("more than 4 in 10",
    /// "nearly half", "about a third"): before a share that speaks, and
    /// before the share of a group in a speaker phrase ("nearly a third of
    /// the delegates").
    is_approximator,
    [
        "more", "less", "fewer", "than", "about", "nearly", "almost", "roughly", "just", "only",
        "over", "under", "around", "some", "a", "an", "barely", "fully", "exactly", "at", "least"
    ]
);

word_set!(
    /// Words that count a plural ("two", "several", "dozens"), which a
    /// verb in "-s" cannot agree with.
    is_plural_count,
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozens", "hundreds", "thousands", "millions", "many", "several", "few", "both"
    ]
);

/// True for a numeral word that makes a figure ("million", "percent").
pub fn is_figure_word(lower: &str) -> bool {
    matches!(lower, "percent" | "per" | "million" | "billion" | "trillion" | "thousand" | "hundred" | "dozen")
}

/// Prepositions whose object a name can be ("against", "with", "to"),
/// not the subordinators that open a clause with a subject ("after Obama
/// won"), nor "of", whose name is often what the sentence is about ("the
/// emergence of Romney … stoked speculation that he might …").
pub fn is_object_preposition(w: &str) -> bool {
    matches!(
        w,
        "against"
            | "with"
            | "to"
            | "for"
            | "about"
            | "by"
            | "toward"
            | "towards"
            | "at"
            | "on"
            | "from"
            | "into"
            | "among"
            | "between"
            | "behind"
            | "alongside"
            | "beside"
            | "like"
            | "unlike"
            | "versus"
    )
}

/// True for "US" as written: the country's initials, as "U.S." is, never
/// the pronoun "us" its lowercase spells ("US President George W Bush",
/// "The US says …").
pub fn is_us_initials(written: &str) -> bool {
    written == "US"
}

/// True for prepositions that open an adverbial phrase: after a cue ("said
/// in a statement"), or after a role ("the secretary, at a school in …").
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "while"
            | "whilst"
            | "from"
            | "via"
            | "over"
            | "through"
            | "when"
            | "following"
            | "since"
            | "throughout"
            | "outside"
            | "inside"
    )
}
