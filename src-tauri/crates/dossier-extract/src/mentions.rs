//! Speaker phrases: the noun phrase that names who speaks, with its role.
//!
//! Recognises proper names with their title ("Japanese Prime Minister Sanae
//! Takaichi"), lowercase pre-modifying roles ("campaign manager Jeff Weaver"),
//! appositive roles on either side ("Kurt Tong, a former U.S. diplomat, said",
//! "said Kurt Tong, a former U.S. diplomat."), pronouns, unnamed sources
//! ("analysts", "a senior official familiar with the talks") and definite
//! descriptions that point back to someone named earlier ("the minister").

use crate::doc::{Doc, QuoteTokens};
use crate::lexicon;

/// The most words one part of a speaker phrase may have: a name with its
/// titles, a run of role words or modifiers, an object. Real ones have a
/// dozen at most (the longest name run in PolNeAR has 13). A longer run is
/// not a phrase, and the walk over it stops there: without a bound a
/// hostile run of thousands of capitalised words ("Said Said Said …",
/// "told told told …") is walked again from every cue in it.
pub const MAX_PHRASE_WORDS: usize = 32;

/// The most words an appositive role may have ("Kurt Tong, a former U.S.
/// diplomat and managing partner at the Asia Group, said").
const MAX_ROLE_WORDS: usize = 30;

/// What kind of phrase names the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseForm {
    /// A proper name of a person (or a name not known to be anything else).
    Name,
    /// A proper name of an organisation ("Japan’s Foreign Ministry").
    Organization,
    /// A personal or relative pronoun ("she", "who").
    Pronoun,
    /// An unnamed source ("analysts", "a source close to the talks").
    Unnamed,
    /// A definite description of someone named earlier ("the minister").
    Anaphoric,
}

/// A speaker phrase located in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeakerPhrase {
    /// First token of the whole phrase (role included).
    pub first: usize,
    /// One past the last token of the whole phrase.
    pub last: usize,
    /// First token of the name or head.
    pub head_first: usize,
    /// One past the last token of the name or head.
    pub head_last: usize,
    /// Token range of the role, if the phrase states one.
    pub role: Option<(usize, usize)>,
    /// What kind of phrase it is.
    pub form: PhraseForm,
}

impl SpeakerPhrase {
    /// A phrase that is all head and states no role: an unnamed source or
    /// a description ("officials", "the Tory leader").
    pub fn whole(first: usize, last: usize, form: PhraseForm) -> Self {
        SpeakerPhrase { first, last, head_first: first, head_last: last, role: None, form }
    }
}

/// Connector words allowed inside a multi-word name ("Center for American
/// Studies", "Charles de Gaulle").
fn is_name_connector(w: &str) -> bool {
    lexicon::is_name_particle(w) || matches!(w, "of" | "for" | "and" | "on")
}

/// True when the lowercase word at `j` joins the capitalised words on both
/// sides of it into one name, as "of" or "for" does ("Bank of England
/// governor", "Lord of the Rings director"), not below `floor`.
fn joins_a_name(doc: &Doc, j: usize, floor: usize) -> bool {
    let name_follows = |k: usize| k < doc.tokens.len() && doc.is_name_word(k);
    match doc.low(j) {
        "of" | "for" => {
            j > floor
                && doc.is_name_word(j - 1)
                && (name_follows(j + 1) || doc.low(j + 1) == "the" && name_follows(j + 2))
        }
        "the" => j > floor + 1 && doc.low(j - 1) == "of" && doc.is_name_word(j - 2) && name_follows(j + 1),
        _ => false,
    }
}

/// A run of capitalised tokens `first..last` split into role and name.
#[derive(Debug, Clone, Copy)]
pub struct NameRun {
    /// First token of the name proper (after titles and honorifics).
    pub name_first: usize,
    /// The title part before the name, if any.
    pub title: Option<(usize, usize)>,
    /// Whether the run names an organisation.
    pub organization: bool,
}

/// Splits the capitalised run `first..last` into title and name: the name
/// starts after the last title word ("South Korean President | Lee Jae
/// Myung", "Secretary of State | John Kerry").
pub fn split_run(doc: &Doc, first: usize, last: usize) -> NameRun {
    // "Microsoft's Bill Gates": a person named after the organisation that
    // owns the role, which stands as the title.
    let owner = (first..last.saturating_sub(2)).find(|&i| doc.is_possessive(i));
    if let Some(owner) = owner {
        let person = (owner + 1..last).all(|i| {
            let w = doc.low_bare(i);
            doc.is_name_word(i) && !lexicon::is_organization_word(w) && !lexicon::is_company_suffix(w)
        }) && (owner + 1..last).any(|i| !is_title_or_honorific(doc, i));
        if person {
            let inner = split_run(doc, owner + 1, last);
            return NameRun { title: Some((first, inner.title.map_or(owner + 1, |(_, end)| end))), ..inner };
        }
    }
    let mut name_first = first;
    let mut title_end = first;
    let mut i = first;
    while i < last {
        let w = doc.low(i);
        // "Justin King", "John Major": a title that is also a surname, after
        // a name, ends it.
        let surname = i + 1 == last
            && i > first
            && lexicon::is_surname_title(w)
            && doc.is_name_word(i - 1)
            && !is_title_or_honorific(doc, i - 1);
        if !surname && is_title_or_honorific(doc, i) {
            name_first = i + 1;
            if !lexicon::is_honorific(w) {
                title_end = i + 1;
            }
            // "Secretary of State John Kerry", "MP for Birkenhead Frank
            // Field" (a constituency may run longer: "MP for Ealing North").
            let complement = |joiner: &str| i + 3 < last && doc.low(i + 1) == joiner;
            let for_seat = || complement("for") && lexicon::is_given_name(doc.low(i + 3));
            if complement("of") || for_seat() {
                name_first = i + 3;
                title_end = i + 3;
                i += 3;
                continue;
            }
            // "Chief Secretary to the Treasury Paul Boateng": the name starts
            // at a given name, else after one word of complement.
            if i + 4 < last && doc.low(i + 1) == "to" && doc.low(i + 2) == "the" {
                let given = (i + 4..last - 1).find(|&k| lexicon::is_given_name(doc.low(k)));
                name_first = given.unwrap_or(i + 4);
                title_end = name_first;
                i = name_first;
                continue;
            }
        }
        i += 1;
    }
    // "Fly-half Charlie Hodgson", "Man-of-the-match Duff", "Paris-based
    // Euronext": a compound whose later part is lowercase describes the
    // name after it; no name is spelt so. A noun is the person's role; an
    // adjective ("Paris-based", "Oscar-nominated", "In-form") is not.
    if name_first == first && last > first + 1 {
        if let Some(compound) = descriptive_compound(doc.word(first)) {
            name_first = first + 1;
            if compound == Compound::Noun {
                title_end = first + 1;
            }
        }
    }
    // "Guitarist Brian May", "Californian Thomas Slattery", "DJ Norman
    // Cook", "Rival Hillary Clinton": a word of occupation, origin or
    // standing before a given name and a surname is the person's role,
    // though no title list holds it; an adverb there ("Later Bill
    // Clinton") is neither role nor name.
    let given = |i: usize| lexicon::is_given_name(doc.low(i));
    if name_first == first && last >= first + 3 && given(first + 1) && !given(first) && doc.is_word(first) {
        let w = doc.low_bare(first);
        let occupation_like = lexicon::ends_like_occupation(w) || lexicon::is_role_word(w) && w != "of";
        let adverb = lexicon::is_cue_adverbial(w) || lexicon::is_function_word(w);
        // "Secretary of State John Kerry" read from "State": the end of a
        // title the run does not hold, no role of its own.
        let title_tail = first > 0 && doc.low(first - 1) == "of";
        if adverb || title_tail {
            name_first = first + 1;
        } else if occupation_like && !lexicon::is_organization_word(w) {
            name_first = first + 1;
            title_end = first + 1;
        }
    }
    // "Liberal Democrat Sarah Teather": a party's two words before a given
    // name and a surname are the person's side.
    let party = |i: usize| {
        matches!(doc.low(i), "liberal" | "social" | "christian" | "free")
            && matches!(doc.low_bare(i + 1), "democrat" | "democrats")
    };
    if name_first == first && last >= first + 4 && party(first) && given(first + 2) {
        name_first = first + 2;
        title_end = first + 2;
    }
    if name_first < last && matches!(doc.low(name_first), "of" | "for" | "and" | "on") {
        // "the Secretary of State", "the Labour MP for Birkenhead": a title
        // with its complement and no name after it is one description.
        name_first = first;
        title_end = first;
    }
    if name_first >= last {
        // Only titles ("the President"): the last title word is the head.
        name_first = last - 1;
        title_end = title_end.min(name_first);
    }
    // A company's suffix names an organisation after a name ("Jupiter
    // Research", "Nortel Networks"), not alone ("Software piracy has …"),
    // and so does a party's plural ("Liberal Democrats").
    let organization_word = |i: usize| {
        let w = doc.low_bare(i);
        lexicon::is_organization_word(w)
            || (lexicon::is_company_suffix(w) || lexicon::is_party_plural(w)) && i > first
            || (doc.is_possessive(i) && i + 1 < last)
    };
    // "the Justice Department", "General Motors": a title word before
    // nothing but words of an organisation is part of its name.
    if title_end > first && (name_first..last).all(organization_word) {
        return NameRun { name_first: first, title: None, organization: true };
    }
    // "Lib Dem Norman Baker": a party or organisation before a given name
    // and surname is the person's affiliation, standing as the title.
    let given_name = (name_first + 1..last.saturating_sub(1)).find(|&i| given(i) && doc.is_name_word(i));
    let affiliation = |given: usize| {
        (name_first..given).any(organization_word)
            && !(given..last).any(organization_word)
            && (name_first..given).all(|i| doc.is_word(i) && !is_name_connector(doc.low(i)))
    };
    if let Some(given) = given_name.filter(|&given| affiliation(given)) {
        return NameRun { name_first: given, title: Some((first, given)), organization: false };
    }
    let organization = (name_first..last).any(organization_word)
        || (name_first..last).all(|i| {
            let w = doc.word(i);
            w.len() >= 2 && w.len() <= 5 && w.chars().all(|c| c.is_uppercase() || c == '.')
        });
    let title = (title_end > first).then_some((first, title_end));
    NameRun { name_first, title, organization }
}

/// What a descriptive compound before a name is ([`descriptive_compound`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compound {
    /// "Fly-half", "Film-maker", "Co-anchor": the name's role.
    Noun,
    /// "Paris-based", "Tunisian-born", "Coffee-loving", "In-form",
    /// "Anti-slavery": a description, no role.
    Adjective,
}

/// A capitalised compound whose part after the first hyphen is a lowercase
/// word ("Fly-half", "Film-maker", "Paris-based", "In-form"), not a
/// particle that names spell so ("Al-", "ibn-", "de-"); `None` for any
/// other word.
fn descriptive_compound(word: &str) -> Option<Compound> {
    let (head, rest) = word.split_once('-')?;
    let particle = rest.split('-').next().unwrap_or("");
    let descriptive = head.len() >= 2
        && head.chars().all(char::is_alphabetic)
        && rest.starts_with(|c: char| c.is_ascii_lowercase())
        && !lexicon::is_name_particle(particle);
    if !descriptive {
        return None;
    }
    let tail = rest.rsplit('-').next().unwrap_or(rest);
    // A participle ("-based", "-loving", "-born", "-held") or a prefix that
    // makes adjectives.
    let adjective = ["ed", "ing"].iter().any(|suffix| tail.ends_with(suffix))
        || matches!(tail, "born" | "held" | "made" | "run" | "known" | "grown" | "built")
        || matches!(head.to_ascii_lowercase().as_str(), "anti" | "pro" | "non" | "in" | "well" | "all");
    Some(if adjective { Compound::Adjective } else { Compound::Noun })
}

/// True when token `j` is a plain lowercase word outside quotations: no
/// function word, verb modifier or cue, so before a noun it can only
/// modify it ("former harbour minister", "local port officials").
pub fn is_plain_word(doc: &Doc, j: usize) -> bool {
    let w = doc.low(j);
    doc.is_word(j)
        && !doc.inside[j]
        && !doc.is_capitalized(j)
        && !lexicon::is_function_word(w)
        && !lexicon::is_verb_modifier(w)
        && lexicon::cue_verb(w).is_none()
}

/// True when token `i` is a title word or an honorific, or a compound of
/// title words and their prefixes ("Under-Secretary", "Director-General",
/// "Co-Chairman"; not "McEwen-King").
fn is_title_or_honorific(doc: &Doc, i: usize) -> bool {
    let w = doc.low(i);
    let title_compound = || {
        w.split('-').any(lexicon::is_title_word)
            && w.split('-')
                .all(|part| lexicon::is_title_word(part) || matches!(part, "under" | "co" | "sub" | "in" | "acting"))
    };
    lexicon::is_title_word(w) || lexicon::is_honorific(w) || w.contains('-') && title_compound()
}

/// The most plain words [`extend_role_backwards`] takes into a role.
const MAX_PLAIN_ROLE_MODIFIERS: usize = 2;

/// Extends a run's start backwards over lowercase role words, the plain
/// words modifying them and adjacent capitalised words ("GOP presidential
/// candidate", "Real Time host", "former harbour minister"); not over more
/// than [`MAX_PHRASE_WORDS`] of them.
pub fn extend_role_backwards(doc: &Doc, run_first: usize, floor: usize) -> usize {
    let mut first = run_first;
    let mut saw_role_word = false;
    let mut plain_modifiers = 0;
    while first > floor {
        let j = first - 1;
        let w = doc.low(j);
        // "former harbour minister": a plain word before a role word
        // modifies it.
        let plain = is_plain_word(doc, j);
        let unlisted_occupation = j + 1 == run_first && occupation_before_full_name(doc, j, doc.tokens.len());
        // "director-general", "secretary-general", "editor-in-chief" ("ex-"
        // and "then-" are read as modifiers already).
        let hyphenated_title = w.contains('-')
            && !w.starts_with("ex-")
            && !w.starts_with("then-")
            && w.split('-').any(lexicon::is_title_word);
        // "ex-Foreign Secretary Robin Cook": "ex-" before a capitalised
        // word of the title.
        let former_title = ["ex-", "then-"]
            .iter()
            .any(|prefix| doc.word(j).strip_prefix(prefix).is_some_and(|rest| rest.starts_with(char::is_uppercase)));
        if doc.is_word(j)
            && !doc.is_capitalized(j)
            && (lexicon::is_role_word(w) || unlisted_occupation || hyphenated_title || former_title)
            && w != "of"
        {
            saw_role_word = true;
        } else if saw_role_word && plain && plain_modifiers < MAX_PLAIN_ROLE_MODIFIERS {
            plain_modifiers += 1;
        } else if !(saw_role_word && (doc.is_name_word(j) || joins_a_name(doc, j, floor))) {
            break;
        }
        if run_first - j > MAX_PHRASE_WORDS {
            return run_first;
        }
        first = j;
    }
    first
}

/// True when the plain word at `j` ends like one of occupation and a
/// person's full name follows it, perhaps after an honorific ("guitarist
/// Jonny Quinn", "said lobbyist Charlie Black", "pathologist Dr Patricia
/// McFeeley"): a role no list holds. Not a verb form, nor before an
/// organisation's name.
fn occupation_before_full_name(doc: &Doc, j: usize, limit: usize) -> bool {
    let w = doc.low(j);
    is_plain_word(doc, j)
        && lexicon::ends_like_occupation(w)
        && !lexicon::looks_like_verb(w)
        && !lexicon::is_cue_adverbial(w)
        && j + 2 < limit
        && (doc.is_name_word(j + 1) || doc.is_capitalized(j + 1) && is_title_or_honorific(doc, j + 1))
        && doc.is_name_word(j + 2)
        && names_a_person(doc, j + 1)
}

/// True when the capitalised run from `first` holds no word of an
/// organisation ("the nonpartisan Congressional Budget Office").
fn names_a_person(doc: &Doc, first: usize) -> bool {
    (first..doc.tokens.len())
        .take_while(|&k| doc.is_name_word(k))
        .take(MAX_PHRASE_WORDS)
        .all(|k| !lexicon::is_organization_word(doc.low_bare(k)) && !lexicon::is_company_suffix(doc.low_bare(k)))
}

/// The capitalised run ending just before `end` (exclusive), not below `floor`.
fn name_run_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<(usize, usize)> {
    let last = end;
    let mut first = end;
    while first > floor {
        let j = first - 1;
        if doc.inside[j] {
            break;
        }
        // "Speaking in Harrogate Mr Kennedy said": before an honorific only
        // a title belongs to the name ("Prime Minister Mr Blair"), not a
        // place or a headline's word.
        if first < last && lexicon::is_honorific(doc.low_bare(first)) && !is_title_or_honorific(doc, j) {
            break;
        }
        if doc.is_name_word(j) || (doc.is_capitalized(j) && is_title_or_honorific(doc, j)) {
            // A possessive owns what follows it, unless a verb of saying
            // does: then it is the name's own ("McDonald's said").
            let company_name = end < doc.tokens.len() && lexicon::is_verb_only_after_possessive(doc.low(end));
            if doc.is_possessive(j) && j + 1 == last && !company_name {
                return None;
            }
            first = j;
        } else if first < last && j > floor && is_name_connector(doc.low(j)) && doc.is_name_word(j - 1) {
            first = j;
        } else if first < last && j > floor && doc.low(j) == "to" && office_article(doc, first) {
            // "Chief Secretary to the Treasury": "to" ties an office's
            // complement as "of" does.
            first = j;
        } else if first < last && j > floor + 1 && office_article(doc, j) {
            // "Secretary of State for the Family": an office's complement
            // may have its article.
            first = j;
        } else {
            break;
        }
        if last - first > MAX_PHRASE_WORDS {
            return None;
        }
    }
    while first < last && !doc.is_capitalized(first) {
        first += 1;
    }
    (first < last).then_some((first, last))
}

/// True when the "the" at `j` opens the complement of an office ("Minister
/// for the Environment", "Secretary of State for the Family", "Chief
/// Secretary to the Treasury"): after "for", "of" or "to" that a
/// capitalised title word's run ends in, with no given name between ("Lt
/// Col Eric Schnaible of the PCO" is a person's affiliation).
fn office_article(doc: &Doc, j: usize) -> bool {
    if doc.low(j) != "the" || !matches!(doc.low(j - 1), "for" | "of" | "to") {
        return false;
    }
    let Some(title) =
        (j.saturating_sub(4)..j - 1).rev().find(|&k| doc.is_capitalized(k) && lexicon::is_title_word(doc.low(k)))
    else {
        return false;
    };
    (title + 1..j - 1).all(|k| !lexicon::is_given_name(doc.low(k)))
}

/// Where a person's name ends in the name run `name_first..last` when "of"
/// and where they are from or work follow their given name and surname
/// ("Joy Alessi of Houston", "Nick Bubb of Evolution Securities"): at the
/// "of", which opens their affiliation, no part of their name. Two people
/// so named ("Johnny Isakson of Georgia and John Boozman of Arkansas") are
/// left as one phrase.
fn affiliation_start(doc: &Doc, name_first: usize, last: usize) -> Option<usize> {
    if !lexicon::is_given_name(doc.low(name_first)) {
        return None;
    }
    let of = (name_first + 2..last.saturating_sub(1)).find(|&k| doc.low(k) == "of")?;
    // A surname may hold a lowercase particle ("Nick Van den Brul of BNP Paribas").
    let one_person = (name_first + 1..of).all(|t| doc.is_name_word(t) || lexicon::is_name_particle(doc.low(t)))
        && !(of..last).any(|t| matches!(doc.low(t), "and" | "&"));
    one_person.then_some(of)
}

/// "Simon Hart of the Countryside Alliance", "Mr Hirsch from Retail Banking
/// Research", "Dana Rubinstein at POLITICO New York": a person's name, then
/// the words tying them to the organisation they speak for (see
/// [`ties_to_organisation`]), ending just before `end`. The person is the
/// speaker and the organisation their role, unless their title is
/// ("Archbishop Aris Shirvanian of the Armenian Patriarchate").
fn person_of_organisation(doc: &Doc, end: usize, floor: usize) -> Option<SpeakerPhrase> {
    let (organisation_first, _) = name_run_ending_at(doc, end, floor)?;
    let preposition = preposition_before(doc, organisation_first, floor)?;
    if !ties_to_organisation(doc, preposition, end) || !doc.is_name_word(preposition - 1) {
        return None;
    }
    let person = name_phrase_ending_at(doc, preposition, floor)?;
    let one_person = !(person.first..preposition).any(|t| matches!(doc.low(t), "and" | "&"));
    let named = surely_a_person(doc, &person);
    (person.form == PhraseForm::Name && named && one_person).then(|| SpeakerPhrase {
        last: end,
        role: person.role.or(Some((preposition, end))),
        ..person
    })
}

/// The token before a name starting at `first`, past its article ("of"
/// in "of the Countryside Alliance"), when it stands above `floor`: where
/// a preposition tying the name to what comes before would be.
pub fn preposition_before(doc: &Doc, first: usize, floor: usize) -> Option<usize> {
    let article = first > floor && doc.low(first - 1) == "the";
    first.checked_sub(1 + usize::from(article)).filter(|&p| p > floor)
}

/// True when a lowercase word at `end` goes on with the noun phrase of the
/// name run before it ("of the New York delegation"): the run is no name
/// of its own. A function word or a time word ("on Monday", "yesterday")
/// ends the phrase.
fn noun_phrase_goes_on(doc: &Doc, end: usize, limit: usize) -> bool {
    end < limit
        && doc.is_word(end)
        && !doc.is_capitalized(end)
        && !lexicon::is_function_word(doc.low(end))
        && !lexicon::is_cue_adverbial(doc.low(end))
}

/// True when the words `preposition..end` tie a person to the organisation
/// they speak for: "of the …", "from …", "at …" ("of" without an article
/// joins a name run, whose affiliation [`affiliation_start`] reads). Not
/// when "and" joins a second person ("of the Port Authority and Thomas
/// Reyes").
fn ties_to_organisation(doc: &Doc, preposition: usize, end: usize) -> bool {
    let ties = matches!(doc.low(preposition), "of" | "from" | "at");
    let second_person = (preposition + 1..end.saturating_sub(1))
        .any(|t| matches!(doc.low(t), "and" | "&") && lexicon::is_given_name(doc.low(t + 1)));
    ties && !second_person
}

/// True when the name phrase surely names a person next to an
/// organisation's name ([`ties_to_organisation`], a preposed role's
/// complement): a title or an honorific and a name, or two words of a
/// name, none of them a title ("UK Chancellor of the Exchequer Gordon
/// Brown" is one office). One capitalised word before "of the" is as often
/// part of a name ("Friends of the Earth").
fn surely_a_person(doc: &Doc, name: &SpeakerPhrase) -> bool {
    let words = name.head_last.saturating_sub(name.head_first);
    let titled = (name.first..name.head_first).any(|t| is_title_or_honorific(doc, t));
    (words >= 2 || titled && words == 1) && !(name.head_first..name.head_last).any(|t| is_title_or_honorific(doc, t))
}

/// A name phrase (with title, pre-modifying role) ending just before `end`.
fn name_phrase_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<SpeakerPhrase> {
    // "Frank Field MP said": letters after a name belong to its mention and,
    // when no title comes before the name, are its role.
    if end >= floor + 2 && is_post_nominal(doc.word(end - 1)) && !is_post_nominal(doc.word(end - 2)) {
        let mut phrase = name_phrase_ending_at(doc, end - 1, floor)?;
        phrase.last = end;
        phrase.role = phrase.role.or(Some((end - 1, end)));
        return Some(phrase);
    }
    let (first, last) = name_run_ending_at(doc, end, floor)?;
    let run = split_run(doc, first, last);
    let start = extend_role_backwards(doc, first, floor);
    let role = match run.title {
        Some((_, title_end)) => Some((start, title_end)),
        None if start < first => Some((start, first)),
        None => None,
    };
    let title_only = run.name_first + 1 == last && is_title_or_honorific(doc, run.name_first);
    let mut phrase = SpeakerPhrase {
        first: start,
        last,
        head_first: run.name_first,
        head_last: last,
        role: role.filter(|(a, b)| a < b),
        form: if run.organization { PhraseForm::Organization } else { PhraseForm::Name },
    };
    if let Some(of) = affiliation_start(doc, run.name_first, last) {
        phrase.head_last = of;
        phrase.role = phrase.role.or(Some((of, last)));
        phrase.form = PhraseForm::Name;
    }
    if title_only {
        // "the President said": a title standing for someone named before.
        phrase.form = PhraseForm::Anaphoric;
        phrase.role = None;
    }
    // "the Foreign Ministry": a preceding "the" belongs to the phrase.
    if phrase.first > floor && doc.low(phrase.first - 1) == "the" {
        phrase.first -= 1;
    }
    // "Paramount, Universal and Warner Brothers said": names listed before
    // two that "and" joins speak with them, when the list opens the clause.
    if phrase.role.is_none() && (run.name_first..last).any(|j| doc.low(j) == "and") {
        let mut list_first = phrase.first;
        while list_first >= floor + 2 && doc.is(list_first - 1, ",") {
            match name_run_ending_at(doc, list_first - 1, floor) {
                Some((f, l)) if l == list_first - 1 && !(f..l).any(|j| doc.low(j) == "and") => list_first = f,
                _ => break,
            }
        }
        if list_first < phrase.first && list_first == floor {
            phrase.first = list_first;
            phrase.head_first = list_first;
        }
    }
    Some(phrase)
}

/// The most words before a noun of findings ("research") that
/// [`nominal_phrase_ending_at`] reads for a preposition it would complete.
const MAX_FINDINGS_MODIFIERS: usize = 4;

/// A common-noun phrase (unnamed source or definite description) ending
/// just before `end`: "analysts", "some Democratic officials", "the minister",
/// "a person familiar with the matter".
fn nominal_phrase_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<SpeakerPhrase> {
    let mut head = end.checked_sub(1)?;
    if head < floor || doc.inside[head] || !doc.is_word(head) {
        return None;
    }
    // "… website at the time and said": a phrase ending with a
    // closed-class word has run into the predicate.
    if lexicon::ends_no_noun_phrase(doc.low(head)) {
        return None;
    }
    // "a person familiar with the matter": step back to the head noun,
    // within the phrase ("data from the party, officials said" is two).
    for back in 2..=7 {
        if head < floor + back || doc.is(head - back + 1, ",") {
            break;
        }
        let candidate = head - back;
        if matches!(
            doc.low(candidate + 1),
            "familiar" | "close" | "briefed" | "involved" | "knowledgeable" | "with" | "at" | "from" | "in"
        ) && lexicon::is_unnamed_source_noun(doc.low(candidate))
        {
            head = candidate;
            break;
        }
    }
    let w = doc.low_bare(head);
    // Any noun right after "the"/"a" ("the actress said") names a source.
    // A word ending like an adjective of a kind that also names people
    // ("admiral", "rancher", "delegate") is a noun when a verb of speech in
    // the past tense follows it at once: "the admiral said", "the rancher
    // told". Not after a preposition, where the phrase is longer ("a
    // spokesman for the buyer said").
    let person_noun_before_speech = head + 1 == end
        && end < doc.tokens.len()
        && head >= floor + 2
        && !lexicon::ends_no_noun_phrase(doc.low(head - 2))
        && ["al", "er", "ate", "ive", "ic"].iter().any(|suffix| w.ends_with(suffix))
        && {
            let next = doc.low(end);
            lexicon::cue_verb(next).is_some_and(|verb| verb.speech)
                && (next.ends_with("ed") || matches!(next, "said" | "says" | "told" | "wrote"))
        };
    // "…, but security specialists say": a plural of people by what they
    // do ("-ers", "-ists", "-ians"), with at most one plain word before it
    // after a conjunction or a comma, names a group when a verb of speech
    // follows it at once. (Other words in "-s" name things as often:
    // "elements", "documents".)
    // So does such a plural that opens the sentence ([`agents_open_sentence`]).
    let opener = if head > floor && is_plain_word(doc, head - 1) { head - 1 } else { head };
    let after_comma_or_conjunction = opener > floor
        && (doc.is(opener - 1, ",") || matches!(doc.low(opener - 1), "but" | "and" | "while" | "although" | "because"));
    let agents_before_speech = after_comma_or_conjunction && !doc.is_capitalized(head) && agents_speak(doc, head, end)
        || agents_open_sentence(doc, head, end);
    let article_at = |j: usize| matches!(doc.low(j), "the" | "a" | "an");
    // "the England captain", "a Chelsea coach": a name may qualify a role;
    // "the campaign manager", "a party spokesman": so may a plain noun.
    // Two plain words may qualify a title: "the world indoor champion".
    let plain_qualifier = |j: usize| is_plain_word(doc, j) && !lexicon::looks_adjectival(doc.low(j));
    let qualifiers = if head >= floor + 2 && article_at(head - 2) {
        1
    } else if head >= floor + 3 && article_at(head - 3) && plain_qualifier(head - 2) && lexicon::is_title_word(w) {
        2
    } else {
        0
    };
    let qualified_role = qualifiers > 0
        && (doc.is_name_word(head - 1) && (lexicon::is_title_word(w) || lexicon::is_role_word(w))
            || plain_qualifier(head - 1) && lexicon::is_title_word(w));
    let determined_noun = head > floor
        && doc.is_word(head)
        && !doc.is_capitalized(head)
        && (article_at(head - 1) || qualified_role)
        && !lexicon::is_function_word(w)
        && !lexicon::is_verb_modifier(w)
        && (person_noun_before_speech || qualified_role && lexicon::is_title_word(w) || !lexicon::looks_adjectival(w));
    // "the president said" refers back to the president named before; "a
    // minister said" names no one.
    let the_before = || doc.low(head - 1) == "the" || qualified_role && doc.low(head - 1 - qualifiers) == "the";
    // So does "the 31-year-old": an age describes someone named before.
    let describes = lexicon::is_anaphoric_noun(w) || lexicon::is_age_description(w);
    let refers_back = head > floor && the_before() && describes;
    // "one company says …, another says …": "another" alone before its
    // verb is the speaker; before a noun it only determines it.
    let another_before_speech = w == "another"
        && head + 1 == end
        && end < doc.tokens.len()
        && lexicon::cue_verb(doc.low(end)).is_some_and(|verb| verb.speech);
    // "…, research suggests", "new evidence shows …": a mass noun of
    // findings right before its verb is the source; before another noun
    // it only qualifies it ("a research firm"), and after a preposition and
    // its modifiers it completes another noun ("advocates for stem cell
    // research said").
    let findings_before_verb = matches!(w, "research" | "evidence")
        && end < doc.tokens.len()
        && lexicon::cue_verb(doc.low(end)).is_some()
        && !(head.saturating_sub(MAX_FINDINGS_MODIFIERS)..head)
            .rev()
            .take_while(|&k| doc.is_word(k))
            .any(|k| lexicon::is_complement_preposition(doc.low(k)));
    let unnamed = (lexicon::is_unnamed_source_noun(w)
        || determined_noun
        || agents_before_speech
        || another_before_speech
        || findings_before_verb)
        && !refers_back;
    let anaphoric = describes || (lexicon::is_organization_word(w) && !doc.is_capitalized(head));
    if !unnamed && !anaphoric {
        return None;
    }
    // "commerce ministry", "energy minister": a noun modifying an
    // organisation or office is part of the phrase.
    let compound_head = lexicon::is_organization_word(w) || lexicon::is_anaphoric_noun(w);
    let plural_head = lexicon::is_plural_noun(w) || lexicon::is_unmarked_plural(w);
    // "Later analysts said", "Privately ministers believe", "Currently
    // users say": an adverb that opens the clause before a lowercase word
    // is no part of the phrase.
    let opening_adverb = |j: usize| {
        let adverb = lexicon::is_cue_adverbial(doc.low(j)) || lexicon::is_ly_adverb(doc.low(j)) && !doc.is_name_word(j);
        adverb && (j == floor || !doc.is_word(j - 1)) && !doc.is_capitalized(j + 1)
    };
    let mut first = if agents_before_speech { opener } else { head };
    while first > floor {
        let j = first - 1;
        if doc.inside[j] || !doc.is_word(j) {
            break;
        }
        let lw = doc.low(j);
        // "North Carolina election officials": a plain noun between a name
        // and an unnamed source names what the source serves.
        let named_service = lexicon::is_unnamed_source_noun(w)
            && j + 1 == head
            && j > floor
            && is_plain_word(doc, j)
            && !lexicon::looks_adjectival(lw)
            && doc.is_name_word(j - 1);
        let noun_modifier = compound_head && head - j <= 2 && is_plain_word(doc, j) || named_service;
        // "a new book", "her birth mother", "his own supporters": plain
        // words between an article or a possessive pronoun and the head
        // belong to the phrase. Before a plural only an adjective does:
        // in "the way people watch" and "a move ministers backed" the
        // plural opens a clause of its own.
        let opens = |k: usize| k >= floor && matches!(doc.low(k), "the" | "a" | "an" | "his" | "her" | "their" | "its");
        let modifies = |k: usize| {
            let word = doc.low(k);
            is_plain_word(doc, k)
                && (opens(k - 1) || !lexicon::looks_like_verb(word))
                && (!plural_head || lexicon::ends_like_adjective(word) || lexicon::is_plain_adjective(word))
        };
        let after_article = j > floor
            && first == j + 1
            && (j + 1 == head || j + 2 == head)
            && modifies(j)
            && (opens(j - 1) || j + 1 == head && j >= floor + 2 && modifies(j - 1) && opens(j - 2));
        // "a US court": an abbreviation in capitals is no pronoun "us".
        let abbreviation = doc.word(j).len() >= 2 && doc.word(j).chars().all(|c| c.is_ascii_uppercase());
        // "of" joins a role's words ("secretary of state") and a name's
        // ("the Department of Justice") but starts no phrase: "12 percent
        // of Democrats" is a share, read below.
        let joins_a_name = lw == "of" && j > floor && doc.is_capitalized(j - 1) && doc.is_capitalized(head);
        // "a pact that officials said", "so that people see", "said that
        // both men pleaded": before a plural noun or another determiner
        // "that" and "this" cannot be demonstratives; "that" opens the
        // clause.
        let opens_the_clause =
            matches!(lw, "that" | "this") && (plural_head || (j + 1..head).any(|k| lexicon::is_determiner(doc.low(k))));
        if opens_the_clause {
            break;
        }
        if noun_modifier
            || after_article
            || abbreviation
            || lexicon::is_determiner(lw)
            || lexicon::is_role_word(lw) && lw != "of"
            || joins_a_name
            || doc.is_possessive(j)
            || (doc.is_capitalized(j) && !lexicon::is_function_word(lw) && !opening_adverb(j))
            || lw.ends_with("ese")
            || lw.ends_with("an")
            || lw.ends_with("ial")
            || lw.ends_with("ic")
        {
            first = j;
            if matches!(lw, "the" | "a" | "an") {
                break;
            }
        } else {
            break;
        }
        if head - first > MAX_PHRASE_WORDS {
            return None;
        }
    }
    // "a quarter of Americans", "most of the delegates": a share of a group;
    // "47 percent said": a share whose group is left unsaid, which is the
    // figure and its noun, not "percent" alone.
    // The group may keep plain words its reading above left out ("52
    // percent of registered voters").
    let mut group_first = first;
    while group_first > floor + 2
        && first - group_first < MAX_GROUP_MODIFIERS
        && doc.low(group_first - 1) != "of"
        && is_plain_word(doc, group_first - 1)
    {
        group_first -= 1;
    }
    let of_a_group =
        group_first >= floor + 2 && doc.low(group_first - 1) == "of" && is_quantity(doc.low_bare(group_first - 2));
    if of_a_group {
        first = group_first;
    }
    let figure_before = first > floor && doc.is_number(first - 1) && !matches!(doc.low(first), "the" | "a" | "an");
    if of_a_group || figure_before && is_quantity(w) {
        if of_a_group {
            first -= 2;
        }
        // "just 28 percent of voters", not "that 72 percent": "that" opens
        // the clause the share is the subject of.
        while first > floor
            && (doc.is_word(first - 1)
                && doc.low(first - 1) != "that"
                && (lexicon::is_determiner(doc.low(first - 1)) || lexicon::is_approximator(doc.low(first - 1)))
                || doc.is_number(first - 1))
        {
            first -= 1;
            if head - first > MAX_PHRASE_WORDS {
                return None;
            }
        }
    }
    // "lenders and economists say", "teachers and union officials told":
    // two groups of people joined by "and" speak together; the second may
    // have a plain noun before it.
    let people = |j: usize| {
        let group = doc.low(j);
        doc.is_word(j)
            && (!doc.is_capitalized(j) || j == floor)
            && lexicon::is_plural_noun(group)
            && (lexicon::is_unnamed_source_noun(group) || lexicon::is_agent_plural(group))
    };
    let modifier = usize::from(first == head && first >= floor + 3 && is_plain_word(doc, first - 1));
    if unnamed && lexicon::is_plural_noun(w) && first >= floor + 2 + modifier {
        let and = first - 1 - modifier;
        if doc.low(and) == "and" && people(and - 1) {
            first = and - 1;
        }
    }
    // "Mr. Autor and his colleagues", "Netanyahu and other right-wing
    // Israeli leaders": a person named with the group speaks with it.
    let group_opener = (first.saturating_sub(MAX_GROUP_MODIFIERS).max(floor)..=first)
        .rev()
        .find(|&k| matches!(doc.low(k), "his" | "her" | "their" | "other"))
        .filter(|&k| (k + 1..first).all(|j| doc.is_word(j) && !lexicon::looks_like_verb(doc.low(j))));
    if let Some(opener) = group_opener.filter(|&k| unnamed && lexicon::is_plural_noun(w) && k > floor + 1) {
        let and = opener - 1;
        if let Some((name_first, _)) = name_run_ending_at(doc, and, floor).filter(|_| doc.low(and) == "and") {
            first = name_first;
        }
    }
    // "White House officials", "Clinton aides": the capitalised modifier
    // names the organisation the unnamed source belongs to.
    let definite = doc.low(first) == "the" && !unnamed;
    let owned_organization =
        (first..head).any(|i| doc.is_possessive(i) && doc.is_capitalized(i)) && lexicon::is_organization_word(w);
    Some(SpeakerPhrase::whole(
        first,
        end,
        if owned_organization {
            PhraseForm::Organization
        } else if definite || (anaphoric && !unnamed) {
            PhraseForm::Anaphoric
        } else {
            PhraseForm::Unnamed
        },
    ))
}

/// True when the plural of people by what they do at `head` ("security
/// specialists", "campaigners") is followed at once by a verb of speech that
/// agrees with a plural ("say", "said", not "says") and states no object.
fn agents_speak(doc: &Doc, head: usize, end: usize) -> bool {
    let w = doc.low_bare(head);
    head + 1 == end
        && end < doc.tokens.len()
        && lexicon::is_plural_of_doers(w)
        && !doc.low(end).ends_with('s')
        && lexicon::cue_verb(doc.low(end)).is_some_and(|verb| verb.speech && !verb.takes_object())
}

/// "Campaigners say …", "Bookmakers said …": such a plural opening its
/// sentence, where no name is written so ([`Doc::is_name_word`]), is a group
/// of people whose capital is the sentence's.
fn agents_open_sentence(doc: &Doc, head: usize, end: usize) -> bool {
    !doc.is_name_word(head)
        && doc.next_word(doc.sentences[doc.sentence_of[head]].first) == head
        && agents_speak(doc, head, end)
}

/// True for words that name a share of a group ("a third of voters").
fn is_quantity(w: &str) -> bool {
    matches!(
        w,
        "quarter"
            | "third"
            | "thirds"
            | "half"
            | "majority"
            | "minority"
            | "percent"
            | "most"
            | "many"
            | "some"
            | "all"
            | "few"
            | "number"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
            | "members"
            | "several"
            | "none"
            | "each"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "share"
            | "plurality"
            | "fraction"
    )
}

/// A pronoun speaker at token `i`.
fn pronoun_at(doc: &Doc, i: usize) -> Option<SpeakerPhrase> {
    (doc.is_word(i) && !doc.inside[i] && lexicon::subject_pronoun_of(doc.low(i)).is_some())
        .then_some(SpeakerPhrase::whole(i, i + 1, PhraseForm::Pronoun))
}

/// The most words between "other" or "his" and the head of a group
/// named with a person ("Netanyahu and other right-wing Israeli leaders").
const MAX_GROUP_MODIFIERS: usize = 3;

/// End (exclusive) of a source noun compound whose first noun is at `head`:
/// it runs on over the lowercase unnamed-source nouns that follow ("media
/// trackers", "Clinton aides"), so the phrase ends at its last noun, and
/// over a second group of people joined by "and" ("according to their
/// friends and advisers", "said analysts and economists"), as
/// [`phrase_ending_at`] reads "lenders and economists say". `None` when it
/// runs past [`MAX_PHRASE_WORDS`]: that is no speaker phrase.
fn unnamed_compound_end(doc: &Doc, head: usize, limit: usize) -> Option<usize> {
    let source_noun = |k: usize| {
        k < limit && doc.is_word(k) && !doc.is_capitalized(k) && lexicon::is_unnamed_source_noun(doc.low_bare(k))
    };
    let mut last = head + 1;
    while source_noun(last) {
        last += 1;
        if last - head > MAX_PHRASE_WORDS {
            return None;
        }
    }
    let people = |k: usize| source_noun(k) && lexicon::is_plural_noun(doc.low_bare(k));
    if people(last - 1) && last + 1 < limit && doc.low(last) == "and" {
        let second = if is_plain_word(doc, last + 1) && people(last + 2) { last + 2 } else { last + 1 };
        if people(second) && second + 1 - head <= MAX_PHRASE_WORDS {
            last = second + 1;
        }
    }
    Some(last)
}

/// True when the tokens `first..last` can be an appositive role: they start
/// like a noun phrase and contain no quote or reporting verb.
pub fn looks_like_role(doc: &Doc, first: usize, last: usize) -> bool {
    if first >= last || last - first > MAX_ROLE_WORDS {
        return false;
    }
    // An age, alone or before the role: "Ada Finch, 58, said", "Ada
    // Finch, 63, an independent voter, said".
    if is_age(doc, first) {
        return first + 1 == last || doc.is(first + 1, ",") && looks_like_role(doc, first + 2, last);
    }
    let w = doc.low(first);
    let starts_well = matches!(w, "a" | "an" | "the" | "one" | "who's")
        || lexicon::is_role_word(w)
        || lexicon::is_title_word(w)
        || doc.is_possessive(first)
        || doc.is_capitalized(first) && !lexicon::is_function_word(w);
    let names_a_role = (first..last).any(|i| lexicon::is_role_word(doc.low(i)) || lexicon::is_title_word(doc.low(i)));
    // "Ada Finch, through a spokeswoman, said", "…, along with Tomas Reyes,
    // said", "…, seeming to agree, said", "Democratic economists, like
    // their Republican counterparts, say", "according to IBM, because it
    // helps …": how, when, why or with whom, not who.
    // A preposition of place may open a role ("at the Institute").
    let place = matches!(w, "in" | "on" | "at" | "from" | "outside" | "inside");
    let opens_adverbial = lexicon::is_preposition(w) && !place
        || matches!(w, "along" | "together" | "like" | "unlike")
        || lexicon::is_subordinator(w) && !matches!(w, "as" | "once")
        || lexicon::is_verb_participle(w)
        || participle_with_agent(doc, first, last);
    // "Tomas Reyes, a fisherman, and Ada Finch, the harbour master, said":
    // a second person joined after a comma ends the first one's role.
    let second_person = (first + 1..last.saturating_sub(1))
        .any(|i| doc.is(i - 1, ",") && doc.low(i) == "and" && doc.is_name_word(i + 1));
    (starts_well || names_a_role && doc.is_word(first) && !opens_adverbial)
        && !second_person
        && !matches!(w, "who" | "whose" | "which" | "that" | "and" | "but")
        && no_quotation_nor_cue(doc, first, last)
}

/// "backed by some forecasters", "led by Ada Finch", "conducted by the
/// institute": a participle with its agent, which describes what it follows
/// and is no role.
fn participle_with_agent(doc: &Doc, first: usize, last: usize) -> bool {
    let w = doc.low(first);
    first + 1 < last && doc.low(first + 1) == "by" && (w.ends_with("ed") || matches!(w, "run" | "written"))
}

/// True when the tokens `first..last` of a role hold no reporting verb and
/// no quotation but a work's title ([`role_title_at`]).
fn no_quotation_nor_cue(doc: &Doc, first: usize, last: usize) -> bool {
    let mut i = first;
    while i < last {
        if let Some(title) = role_title_at(doc, i, first, last) {
            i = title.close + 1;
            continue;
        }
        if doc.is_quote(i) || doc.inside[i] || matches!(doc.low(i), "said" | "says" | "say" | "told" | "added") {
            return false;
        }
        i += 1;
    }
    true
}

/// True when the words `first..last` between a name's comma and the cue's
/// have a tense before any word that opens a clause of their own: a
/// sentence's own clause, not the name's role ("Security, stability and
/// prosperity would be the themes of the EU, said Mr Straw"; "Ravi
/// Purushotma, were the basic parts …"). A tense after "who" or "after"
/// belongs to the role ("elected president after Mr Shevardnadze was
/// toppled").
fn opens_with_a_clause(doc: &Doc, first: usize, last: usize) -> bool {
    (first..last)
        .take_while(|&i| {
            let w = doc.low(i);
            !matches!(w, "who" | "whose" | "which" | "that") && !lexicon::is_subordinator(w)
        })
        .any(|i| lexicon::is_finite_auxiliary(doc.low(i)) && !doc.is_capitalized(i) && !doc.inside[i])
}

/// True when token `i` is a number that reads as a person's age.
fn is_age(doc: &Doc, i: usize) -> bool {
    doc.is_number(i) && doc.word(i).len() <= 3
}

/// Letters written after a name for an office or honour ("MP", "QC"), in
/// their own capitals.
fn is_post_nominal(word: &str) -> bool {
    matches!(word, "MP" | "MEP" | "MSP" | "MLA" | "TD" | "QC" | "KC" | "OBE" | "CBE" | "MBE" | "KBE" | "DBE")
}

/// The role in the appositive `first..last` that [`looks_like_role`]
/// accepted, without the age that may open it: an age describes a person
/// but is not their role ("Ada Finch, 63, an independent voter" has the
/// role "an independent voter"; "Ada Finch, 58," none).
/// The role in an appositive that the comma at `comma` opens after a name
/// ("Ada Finch, a former minister, said"), not reaching `limit`: the role's
/// tokens (none when the appositive is only an age) and where the
/// appositive ends. `None` when what follows the comma is no role.
pub fn appositive_role(doc: &Doc, comma: usize, limit: usize) -> Option<(Option<(usize, usize)>, usize)> {
    if comma + 1 >= limit || !doc.is(comma, ",") {
        return None;
    }
    // One word past the longest role is as far as telling a role needs.
    let role_first = comma + 1;
    let end = appositive_end(doc, role_first, limit.min(role_first + MAX_ROLE_WORDS + 1));
    // "Most importantly, says Adam Curry, the podcast is free": up to its
    // first comma an appositive is no clause.
    let first_comma = (role_first..end).find(|&j| doc.is(j, ",")).unwrap_or(end);
    (looks_like_role(doc, role_first, end) && !opens_with_a_clause(doc, role_first, first_comma))
        .then(|| (role_past_age(doc, role_first, end), end))
}

fn role_past_age(doc: &Doc, first: usize, last: usize) -> Option<(usize, usize)> {
    if !is_age(doc, first) {
        return Some((first, last));
    }
    (first + 2 < last).then_some((first + 2, last))
}

/// The speaker phrase ending just before `end` (exclusive), not reaching
/// below `floor`: a name (possibly followed by an appositive role between
/// commas), a pronoun, or a nominal.
pub fn phrase_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<SpeakerPhrase> {
    if end <= floor {
        return None;
    }
    let last = end - 1;
    if doc.is(last, ",") {
        if let Some(found) = name_after_preposed_role(doc, last, floor) {
            return Some(found);
        }
        // "NAME, ROLE, said": find the comma that opens the appositive.
        let mut c = last;
        let mut steps = 0;
        let mut best = None;
        // "Gov. John Kasich (R-OH), said": a name with a parenthesis as its
        // role, right before the comma. A person's is the speaker even after
        // an appositive's comma ("In Berea, Ohio, …, Gov. John Kasich
        // (R-OH), said"); an organisation's only when no appositive opens
        // before it ("…, general secretary of the Centre of Indian Trade
        // Unions (CITU), said").
        let mut parenthesized = None;
        while c > floor && steps < 40 {
            c -= 1;
            steps += 1;
            // A quotation the words end in belongs to them ("X, citing “the
            // unique magic of Trump,” said"); an earlier one ends the search.
            if doc.is_quote(c) {
                if doc.quote_opening_at(c).is_some_and(|q| q.close > last) {
                    continue;
                }
                break;
            }
            // "Rep. Elijah Cummings (D-Md.), chair of the committee, said":
            // the name ends before a parenthesis that the appositive's comma
            // follows.
            let phrase_end = if doc.is(c, ",") { parenthesis_before(doc, c, floor).unwrap_or(c) } else { c };
            let closing = doc.is(c, "(").then(|| parenthesis_after(doc, c, last)).flatten();
            if closing.is_some_and(|close| close + 1 < last && doc.is(close + 1, ",")) {
                // The comma after the parenthesis opens the appositive.
                continue;
            }
            if doc.is(c, ",") || doc.is(c, "—") || doc.is(c, "(") {
                if let Some(phrase) = noun_with_complement_before_appositive(doc, floor, phrase_end, last)
                    .or_else(|| name_phrase_ending_at(doc, phrase_end, floor))
                    .or_else(|| nominal_phrase_ending_at(doc, phrase_end, floor))
                {
                    if let Some(close) = closing.filter(|&close| close + 1 == last) {
                        if looks_like_role(doc, c + 1, close) {
                            parenthesized.get_or_insert(SpeakerPhrase { last, role: Some((c + 1, close)), ..phrase });
                        }
                        continue;
                    }
                    // "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news,
                    // saying": words after a parenthesis are no role; the
                    // parenthesis is.
                    let role_end = closing.unwrap_or(last);
                    let role_ok = looks_like_role(doc, c + 1, last) && !opens_with_a_clause(doc, c + 1, last);
                    // "Rep. Mia Love (R-Utah), for instance, explained": no
                    // role after the parenthesis; it is the role.
                    if !role_ok && phrase_end < c && looks_like_role(doc, phrase_end + 1, c - 1) {
                        parenthesized.get_or_insert(SpeakerPhrase {
                            last,
                            role: Some((phrase_end + 1, c - 1)),
                            ..phrase
                        });
                    }
                    // "Paris, who used to …, said", "Salceda, citing data …, said",
                    // "The company, led by Ada Finch, said".
                    let relative = doc.is(c, ",")
                        && (matches!(doc.low(c + 1), "who" | "whose" | "which")
                            || doc.low(c + 1).ends_with("ing")
                            || participle_with_agent(doc, c + 1, last));
                    if role_ok || relative {
                        let mut found = phrase;
                        if role_ok {
                            found.last = end - 1;
                            found.role = role_past_age(doc, c + 1, role_end);
                        } else if let Some(group) = group_from(doc, &found, floor) {
                            // "Engineers from Rhein Grid Consult, which advised
                            // on the stations, said": the people of the
                            // organisation the relative clause describes.
                            found = group;
                        }
                        // Prefer the name that opens the clause ("Christopher
                        // Harvey, a delegate from Houston, Texas, said").
                        if found.first == floor {
                            return Some(found);
                        }
                        best.get_or_insert(found);
                    }
                }
            }
        }
        return match (best, parenthesized) {
            (_, Some(person)) if person.form == PhraseForm::Name => Some(person),
            (best, parenthesized) => best.or(parenthesized),
        };
    }
    if doc.is(last, ")") {
        return None;
    }
    if let Some(p) = pronoun_at(doc, last) {
        return Some(p);
    }
    let lone_common_noun = (last == floor || !doc.is_name_word(last - 1))
        && (lexicon::is_unnamed_source_noun(doc.low(last)) || lexicon::is_anaphoric_noun(doc.low(last)));
    if !lone_common_noun
        && (doc.is_name_word(last) || doc.is_capitalized(last) && lexicon::is_title_word(doc.low(last)))
    {
        let name = person_of_organisation(doc, end, floor).or_else(|| name_phrase_ending_at(doc, end, floor));
        // "people close to Clinton say": the name only says whom the
        // speakers are close to.
        let tied_to_name = name.as_ref().is_some_and(|name| {
            name.first >= floor + 3
                && matches!(doc.low(name.first - 1), "to" | "with" | "on")
                && matches!(doc.low(name.first - 2), "close" | "familiar" | "briefed" | "loyal" | "allied" | "aligned")
        });
        if tied_to_name {
            if let Some(group) = nominal_phrase_ending_at(doc, end, floor) {
                return Some(group);
            }
        }
        return name;
    }
    nominal_phrase_ending_at(doc, end, floor)
}

/// "Engineers from X" when `phrase` is X and a plural noun and "from" (or
/// "at", "of") open the clause at `floor` before it.
fn group_from(doc: &Doc, phrase: &SpeakerPhrase, floor: usize) -> Option<SpeakerPhrase> {
    let preposition = phrase.first.checked_sub(1)?;
    let words = preposition.checked_sub(floor)?;
    let plural_head = preposition
        .checked_sub(1)
        .is_some_and(|j| j >= floor && doc.is_word(j) && doc.low_bare(j).ends_with('s') && !doc.is_possessive(j));
    ((1..=3).contains(&words)
        && matches!(doc.low(preposition), "from" | "at" | "of")
        && plural_head
        && (floor..preposition).all(|j| doc.is_word(j) && !doc.inside[j]))
    .then_some(SpeakerPhrase { first: floor, head_first: floor, role: None, form: PhraseForm::Unnamed, ..*phrase })
}

/// The most tokens of a noun with its complement ("a spokeswoman for the
/// Department of Homeland Security" is 8).
const MAX_COMPLEMENTED_NOUN_TOKENS: usize = 10;

/// A determiner, a noun (with at most one word before it) and a
/// prepositional phrase of plain words, tokens `first..end`: "a spokesman
/// for the party", "the employee of nearly four years". The whole phrase is
/// the speaker; the words after the preposition ("the party") only say
/// whose or of what.
pub fn noun_with_complement(doc: &Doc, first: usize, end: usize) -> Option<SpeakerPhrase> {
    if end < first + 4 || end - first > MAX_COMPLEMENTED_NOUN_TOKENS || !lexicon::is_determiner(doc.low(first)) {
        return None;
    }
    let preposition =
        (first + 2..(first + 4).min(end - 1)).find(|&j| lexicon::is_complement_preposition(doc.low(j)))?;
    let plain_word = |j: usize| doc.is_word(j) && !doc.inside[j] && !lexicon::is_function_word(doc.low(j));
    let noun = (first + 1..preposition).all(|j| plain_word(j) && !doc.is_capitalized(j)) && {
        let head = doc.low(preposition - 1);
        !["ly", "ing", "ed"].iter().any(|suffix| head.ends_with(suffix))
    };
    // The complement is a plain noun phrase: words only, no verb or
    // relative clause ("the proportion of surfers using …", "the time frame
    // in which …" open a clause).
    let complement = (preposition + 1..end).all(|j| {
        let w = doc.low(j);
        doc.is_word(j)
            && !doc.inside[j]
            && !lexicon::is_finite_auxiliary(w)
            && !matches!(w, "which" | "who" | "whom" | "whose" | "where")
            && !lexicon::is_gerund(w)
            && lexicon::cue_verb(w).is_none()
    });
    // It ends in a word of its own, not an article or a preposition ("the
    // authors of the “…”").
    let complete = !lexicon::is_function_word(doc.low(end - 1));
    (noun && complement && complete).then(|| SpeakerPhrase::whole(first, end, PhraseForm::Unnamed))
}

/// "traders in Asia", "Shocked health officials in Powys": a plural noun
/// of people (not "figures from the Land Registry", whose body is the
/// source), with at most two words before it and no determiner, then
/// "in", "from", "at" or "across" and the name of a place or a body, tokens
/// `first..end`. The whole phrase is the speaker (without this, "Asia"
/// spoke); [`noun_with_complement`] reads the phrases with a determiner.
pub fn group_with_complement(doc: &Doc, first: usize, end: usize) -> Option<SpeakerPhrase> {
    if end < first + 3 {
        return None;
    }
    let preposition =
        (first + 1..(first + 4).min(end - 1)).find(|&j| matches!(doc.low(j), "in" | "from" | "at" | "across"))?;
    let head = doc.low(preposition - 1);
    let people = head.ends_with('s')
        && lexicon::is_unnamed_source_noun(head)
        && !lexicon::is_document_noun(head)
        && !doc.is_capitalized(preposition - 1);
    let modifiers = (first..preposition - 1).all(|j| {
        let w = doc.low(j);
        doc.is_word(j)
            && !doc.inside[j]
            && !lexicon::is_function_word(w)
            && !lexicon::is_finite_auxiliary(w)
            && lexicon::cue_verb(w).is_none()
    });
    let named = (preposition + 1..end).all(|j| doc.is_name_word(j) || doc.low(j) == "the") && doc.is_name_word(end - 1);
    (people && modifiers && named).then(|| SpeakerPhrase::whole(first, end, PhraseForm::Unnamed))
}

/// The head noun of the phrase `first..end` before its complement: the
/// word before the first preposition that ties one ("spokesman" in "a
/// spokesman for the party") or before the first non-word, else the last
/// word. `None` when that is the phrase's first token (its determiner).
pub fn head_before_complement(doc: &Doc, first: usize, end: usize) -> Option<usize> {
    (first + 1..end)
        .find(|&j| !doc.is_word(j) || lexicon::is_complement_preposition(doc.low(j)))
        .unwrap_or(end)
        .checked_sub(1)
        .filter(|&h| h > first)
}

/// "A lawyer for the firm, a former judge, said", "The head of that
/// tribunal, Kostas Varga, said": a [`noun_with_complement`] from the
/// clause start `floor` to the comma that opens an appositive, which runs
/// to `close`. The phrase is the speaker, or the role of the name after it.
/// Not when the appositive holds a comma of its own ("The head of the unit,
/// Acting Chief Superintendent, Ann Lee,", "A spokesman for Immigration,
/// Customs and Enforcement, Ann Lee,"): which of its parts is the name is
/// unclear.
fn noun_with_complement_before_appositive(
    doc: &Doc,
    floor: usize,
    comma: usize,
    close: usize,
) -> Option<SpeakerPhrase> {
    if !doc.is(comma, ",") || (comma + 1..close).any(|j| doc.is(j, ",")) {
        return None;
    }
    noun_with_complement(doc, floor, comma)
}

/// "Kenya's transport minister, Daniel Mutua, said": a role, then a
/// person's name between commas, the second of which is `comma`. The name
/// is the speaker and the role is the words from the clause start (or an
/// introductory phrase's comma) to the name. The role must end in a
/// lowercase role word, so that "Sumter, South Carolina, said" stays a place.
fn name_after_preposed_role(doc: &Doc, comma: usize, floor: usize) -> Option<SpeakerPhrase> {
    let name = name_phrase_ending_at(doc, comma, floor)?;
    let open = name.first.checked_sub(1)?;
    // An affiliation after the name ("Stefan Johannesson of Iceland") is
    // no role of its own; the preposed role is the one read.
    let own_role = name.role.is_some_and(|(role_first, _)| role_first != name.head_last);
    if open <= floor || !doc.is(open, ",") || name.form != PhraseForm::Name || own_role {
        return None;
    }
    // The role opens after a comma or a subordinator ("…, while her
    // opponent, Donald Trump, wants …", "The comments come as the
    // co-chairman of …").
    let role_first =
        (floor..open).rev().find(|&j| doc.is(j, ",") || lexicon::is_subordinator(doc.low(j))).map_or(floor, |j| j + 1);
    // A lowercase role word: "Representative Peter T. King, Republican of
    // New York," ends in a name that happens to be a title ("King").
    let is_role_head = |j: usize| {
        let w = doc.low_bare(j);
        !doc.is_capitalized(j)
            && (lexicon::is_role_word(w)
                || lexicon::is_title_word(w)
                || lexicon::ends_like_occupation(w) && !lexicon::is_document_noun(w))
    };
    // "A lawyer for the news outlets, David Schulz,": the head comes
    // before the phrase's first preposition.
    let head = (role_first..open)
        .find(|&j| j > role_first && matches!(doc.low(j), "for" | "of" | "at" | "with" | "to" | "in"))
        .map_or(open - 1, |preposition| preposition - 1);
    // And after a conjunction before its head ("But the chairman of …");
    // one after the head joins the role's complement ("vice president of
    // technology and manufacturing").
    let role_first =
        (role_first..head).rev().find(|&j| lexicon::is_clause_conjunction(doc.low(j))).map_or(role_first, |j| j + 1);
    // The phrase still ends in a lowercase word, so that a place closed by
    // the comma is no role ("a representative in Allentown, Pa., said"),
    // or the role's organisation is named before a person's name ("the
    // chairman of Migration Watch UK, Sir Andrew Green,").
    let organisation_named =
        head + 1 < open && matches!(doc.low(head + 1), "of" | "for" | "to") && surely_a_person(doc, &name);
    let ends_in_role = is_role_head(head) && (!doc.is_capitalized(open - 1) || organisation_named);
    // "A Twitter spokesman", "her senior policy adviser", "Kenya's …", not
    // "to discuss his remarks about his rival".
    let first = doc.low(role_first);
    let starts_a_noun_phrase = lexicon::is_determiner(first)
        || doc.is_possessive(role_first)
        || lexicon::is_role_word(first)
        || !lexicon::is_function_word(first);
    // "Republicans are watching a billionaire populist, Donald Trump,": a
    // clause, not a role.
    let clause = (role_first..open).any(|j| lexicon::is_finite_auxiliary(doc.low(j)));
    (ends_in_role && starts_a_noun_phrase && !clause && looks_like_role(doc, role_first, open))
        .then_some(SpeakerPhrase { first: role_first, role: Some((role_first, open)), ..name })
}

/// The most tokens of a parenthesis between a name and its appositive
/// ("(D-Md.)", "(CITU)").
const MAX_NAME_PARENTHESIS_TOKENS: usize = 8;

/// Where the parenthesis that closes right before the comma at `comma`
/// opens ("Cummings (D-Md.), chair …"), not below `floor`.
fn parenthesis_before(doc: &Doc, comma: usize, floor: usize) -> Option<usize> {
    let close = comma.checked_sub(1).filter(|&j| j > floor && doc.is(j, ")"))?;
    (close.saturating_sub(MAX_NAME_PARENTHESIS_TOKENS).max(floor + 1)..close)
        .rev()
        .take_while(|&j| !doc.is(j, ")") && !doc.is(j, ","))
        .find(|&j| doc.is(j, "("))
}

/// Where the parenthesis that opens at `open` closes ("(D-Md.)"), when it
/// does within [`MAX_NAME_PARENTHESIS_TOKENS`] and before `limit`.
fn parenthesis_after(doc: &Doc, open: usize, limit: usize) -> Option<usize> {
    (open + 1..limit.min(open + 1 + MAX_NAME_PARENTHESIS_TOKENS))
        .take_while(|&j| !doc.is(j, "(") && !doc.is(j, ","))
        .find(|&j| doc.is(j, ")"))
}

/// Where an appositive after a name ends: before the sentence's end, a
/// relative clause, a dash or a participle clause.
fn appositive_end(doc: &Doc, first: usize, limit: usize) -> usize {
    // A comma at `i` ends the role before a relative clause, a participle,
    // an adverbial or the sentence's predicate.
    let ends_at_comma = |i: usize| {
        i + 1 < limit && {
            let next = doc.low(i + 1);
            matches!(next, "who" | "which" | "adding" | "saying" | "noting" | "and" | "but" | "according")
                || opens_adverbial_after_role(next)
                || starts_a_predicate(doc, i + 1)
                || lexicon::cue_verb(next).is_some()
        }
    };
    let mut i = first;
    while i < limit {
        // A work's title is part of the role, and a comma closing it ends
        // the role as one outside would ("the author of “Hacked World
        // Order,” who studies …"); any other quotation ends the role.
        if let Some(title) = role_title_at(doc, i, first, limit) {
            if doc.is(title.close - 1, ",") && ends_at_comma(title.close) {
                return title.close + 1;
            }
            i = title.close + 1;
            continue;
        }
        if doc.is_terminal(i) || doc.is(i, ";") || doc.is(i, "—") || doc.is_quote(i) {
            break;
        }
        if doc.is(i, ",") && ends_at_comma(i) {
            break;
        }
        i += 1;
    }
    i
}

/// The quotation opening at `i` when it is a work's title after a
/// preposition inside a role that starts at `first` ("the co-author of
/// “Going Viral,” about …") and closes before `limit`.
fn role_title_at<'d>(doc: &'d Doc, i: usize, first: usize, limit: usize) -> Option<&'d QuoteTokens> {
    if i <= first {
        return None;
    }
    doc.quote_opening_at(i).filter(|q| q.close < limit && is_title_by_place(doc, q))
}

/// True when the quotation `q` is a work's title by where it stands: after
/// a preposition, a noun of a work ("the reality show “The Apprentice,”",
/// "the 1969 book titled “…”"), or another title and "and", as a role may
/// hold one ("the co-author of “Going Viral,”", "who’s starred in “Parks
/// and Recreation” and “Guardians of the Galaxy,”"): no one's words, and no
/// end to the phrase it stands in.
pub fn is_title_by_place(doc: &Doc, q: &QuoteTokens) -> bool {
    let placed = q.open > 0 && {
        let w = doc.low(q.open - 1);
        lexicon::is_preposition(w)
            || lexicon::is_complement_preposition(w)
            || lexicon::is_work_noun(w)
            || matches!(w, "and" | "or") && q.open > 1 && doc.is_quote(q.open - 2)
    };
    // "responded with “I’m with her”": a line someone spoke.
    placed && !opens_with_subject_pronoun(doc, q) && is_quoted_title(doc, q, MAX_ROLE_TITLE_WORDS)
}

/// True when the quotation `q` opens with a subject pronoun ("“I’m with
/// her”", "“You're no Jack Kennedy”"): a line someone spoke, not a title.
pub fn opens_with_subject_pronoun(doc: &Doc, q: &QuoteTokens) -> bool {
    (q.open + 1..q.close).find(|&j| doc.is_word(j)).is_some_and(|j| lexicon::subject_pronoun_of(doc.low(j)).is_some())
}

/// The most words of a work's title quoted inside a role ("a co-author of
/// “Those Guys Have All the Fun: Inside the World of ESPN”").
const MAX_ROLE_TITLE_WORDS: usize = 12;

/// True when the quotation `q` reads as a title, not someone's words: at
/// most `max_words` words, every one capitalised or a function word, with
/// no punctuation but commas and colons ("“Going Viral,”", "“State of the
/// Union”").
pub fn is_quoted_title(doc: &Doc, q: &QuoteTokens, max_words: usize) -> bool {
    let words = (q.open + 1..q.close).filter(|&j| doc.is_word(j));
    // A title may end its sentence inside the closing mark ("… ESPN.”").
    let mark = |j: usize| doc.is(j, ",") || doc.is(j, ":") || j + 1 == q.close && doc.is(j, ".");
    (1..=max_words).contains(&words.clone().count())
        && (q.open + 1..q.close).all(|j| doc.is_word(j) || mark(j))
        && words.clone().all(|j| doc.is_capitalized(j) || lexicon::is_function_word(doc.low(j)))
}

/// True when the word after a role's comma starts the sentence's predicate
/// ("Toyohara Motors, the country's largest carmaker, raised its forecast"):
/// a lowercase word that is not a determiner and not one of the few words
/// that continue a role ("based in Tokyo", "one of the largest", "formerly").
fn starts_a_predicate(doc: &Doc, i: usize) -> bool {
    let w = doc.low(i);
    let auxiliary = matches!(w, "has" | "had" | "was" | "is" | "will" | "would");
    doc.is_word(i)
        && !doc.is_capitalized(i)
        && !lexicon::is_determiner(w)
        && !doc.is_possessive(i)
        && !w.starts_with(|c: char| c.is_ascii_digit())
        && !matches!(w, "based" | "owned" | "known" | "formerly" | "now" | "also" | "then" | "himself" | "herself")
        && (auxiliary || !lexicon::is_function_word(w))
}

/// A capitalised word that reads as a nationality ("Kenyan", "Japanese",
/// "Israeli"), by its ending.
pub fn looks_like_demonym(w: &str) -> bool {
    ["an", "ese", "ish", "i"].iter().any(|suffix| w.len() > suffix.len() + 2 && w.ends_with(suffix))
}

/// The organisation noun that ends "Philippine health department" after the
/// name run ending at `run_end`: up to two lowercase modifiers, then a word
/// such as "department" or "ministry" that ends the noun phrase.
fn organization_noun_after(doc: &Doc, run_end: usize, limit: usize) -> Option<usize> {
    let plain_word =
        |k: usize| doc.is_word(k) && !doc.inside[k] && !doc.is_capitalized(k) && !lexicon::is_function_word(doc.low(k));
    let head = (run_end..limit.min(run_end + 3))
        .take_while(|&k| plain_word(k))
        .find(|&k| lexicon::is_organization_word(doc.low_bare(k)))?;
    let next = head + 1;
    let ends_phrase = next >= limit
        || !doc.is_word(next)
        || lexicon::is_function_word(doc.low(next))
        || lexicon::cue_verb(doc.low(next)).is_some();
    ends_phrase.then_some(head)
}

/// Words that open an adverbial after a role rather than continue it:
/// "the health secretary, at a school in Quezon City", "the minister, as
/// the summit closed", "the economy minister, speaking in Berlin".
fn opens_adverbial_after_role(w: &str) -> bool {
    lexicon::is_preposition(w) || matches!(w, "as" | "speaking")
}

/// The most words of a description that [`description_then_name`] reads
/// before its comma.
const MAX_DESCRIPTION_WORDS: usize = 8;

/// "said his best friend at Lehigh, Bruce Turry", "said Bloomberg's
/// pollster, Douglas Schoen": a description of a person, a comma and the
/// name ending the phrase is that named person, with the description as
/// role.
fn description_then_name(doc: &Doc, start: usize, limit: usize) -> Option<SpeakerPhrase> {
    let window = limit.min(start + MAX_DESCRIPTION_WORDS + 1);
    let comma = (start + 1..window).find(|&j| !doc.is_word(j))?;
    if !doc.is(comma, ",") || comma + 1 >= limit || !doc.is_name_word(comma + 1) {
        return None;
    }
    // A description holds no verb ("Trump prevented his first wife") and
    // no second person ("Eisenhower and his secretary of state").
    let plain_word = |j: usize| {
        let w = doc.low(j);
        let verb = lexicon::cue_verb(w).is_some()
            || lexicon::is_irregular_past(w)
            || w.ends_with("ed") && !lexicon::is_role_word(w);
        !doc.inside[j] && !verb && !matches!(w, "and" | "&")
    };
    let describes_a_person = (start..comma).all(plain_word)
        && (start..comma).any(|j| {
            let w = doc.low_bare(j);
            !doc.is_capitalized(j) && (lexicon::is_role_word(w) || lexicon::is_unnamed_source_noun(w))
        });
    if !describes_a_person {
        return None;
    }
    // "former Sen. Scott Brown, R-Mass.": a party and state, not a name.
    let party_and_state = doc.word(comma + 1).as_bytes().get(1) == Some(&b'-')
        && matches!(doc.word(comma + 1).as_bytes().first(), Some(b'R' | b'D' | b'I'));
    if party_and_state {
        return None;
    }
    let name = one_name_starting_at(doc, comma + 1, limit).filter(|name| name.role.is_none())?;
    Some(SpeakerPhrase { first: start, role: Some((start, comma)), ..name })
}

/// The most words a role may have between a possessor and the name it
/// describes ([`possessor_then_name`]).
const MAX_POSSESSED_ROLE_WORDS: usize = 4;

/// A name after a role owned by a possessor: "Clinton's campaign manager
/// Robby Mook", "China's investment giant CITIC", "the company's chief
/// executive Ada Finch". The possessor and role are the name's role. A
/// possessor's name ends at its possessive, so the name reader alone
/// stops there and finds no one.
fn possessor_then_name(doc: &Doc, start: usize, limit: usize) -> Option<SpeakerPhrase> {
    let owner_first = if doc.low(start) == "the" { start + 1 } else { start };
    if owner_first >= limit {
        return None;
    }
    // The owner's name runs up to its possessive; "the company's": a
    // lowercase owner after "the" is one noun.
    let owner_is_plain_noun = owner_first > start && doc.is_word(owner_first) && doc.is_possessive(owner_first);
    let possessive = if owner_is_plain_noun {
        owner_first
    } else {
        (owner_first..limit.min(owner_first + MAX_PHRASE_WORDS))
            .take_while(|&j| doc.is_name_word(j))
            .find(|&j| doc.is_possessive(j))?
    };
    let role_first = possessive + 1;
    let role_word = |k: usize| {
        let w = doc.low(k);
        doc.is_word(k)
            && !doc.is_capitalized(k)
            && !doc.inside[k]
            && !lexicon::is_function_word(w)
            && !lexicon::ends_no_noun_phrase(w)
            && !lexicon::looks_like_verb(w)
    };
    let name_first = (role_first..limit.min(role_first + MAX_POSSESSED_ROLE_WORDS + 1)).find(|&k| !role_word(k))?;
    if name_first == role_first || !doc.is_name_word(name_first) {
        return None;
    }
    // One possessor only ("A's aide B's lawyer C" is not read), which also
    // keeps the name reading below from coming back here.
    let mut name_words = (name_first..limit.min(name_first + MAX_PHRASE_WORDS)).take_while(|&j| doc.is_name_word(j));
    if name_words.any(|j| doc.is_possessive(j)) {
        return None;
    }
    // "France's far-right National Front party leader, Marine Le Pen": a
    // name that a noun follows modifies it and is not the one described.
    let modifies_a_noun = |last: usize| {
        last < limit && !doc.is_capitalized(last) && {
            let w = doc.low_bare(last);
            lexicon::is_role_word(w) || lexicon::is_organization_word(w) || lexicon::is_unnamed_source_noun(w)
        }
    };
    let name = phrase_starting_at(doc, name_first, limit).filter(|name| {
        matches!(name.form, PhraseForm::Name | PhraseForm::Organization)
            && name.role.is_none()
            && !modifies_a_noun(name.last)
    })?;
    Some(SpeakerPhrase { first: start, role: Some((start, name_first)), ..name })
}

/// One person's name starting at `first` that fills the words up to
/// `limit`, a comma or the sentence's end, with an appositive of its own
/// at most ("Brian Sandoval, a Republican"): not the start of a clause
/// ("Mike Huckabee agreed") or of a list ("Hillary Clinton and Bernie
/// Sanders"). Where a description names its person ("the assailant, John
/// McGraw", "said his best friend, Bruce Turry"), this is the name.
pub fn one_name_starting_at(doc: &Doc, first: usize, limit: usize) -> Option<SpeakerPhrase> {
    phrase_starting_at(doc, first, limit).filter(|name| {
        // An affiliation right after the name ("of Iceland") is the name's.
        let end = if name.head_last < limit && doc.low(name.head_last) == "of" { name.last } else { name.head_last };
        let fills = end == limit || doc.is(end, ",") || doc.is_terminal(end);
        let one_person = (first..name.head_last).all(|j| !matches!(doc.low(j), "and" | "&"));
        name.form == PhraseForm::Name && fills && one_person
    })
}

/// True when token `i` is a time word or adverb of the kind that sits
/// between a cue and its content ("said Monday", "noted this week"); "this"
/// only before another ("according to this article" names a source).
pub fn adverbial_at(doc: &Doc, i: usize, end: usize) -> bool {
    let w = doc.low(i);
    lexicon::is_cue_adverbial(w) && !(w == "this" && i + 1 < end && !lexicon::is_cue_adverbial(doc.low(i + 1)))
}

/// The speaker phrase starting at token `start` (after an inverted cue:
/// "said Kurt Tong, a former U.S. diplomat"), not reaching `limit`.
pub fn phrase_starting_at(doc: &Doc, start: usize, limit: usize) -> Option<SpeakerPhrase> {
    // "said of Sanders: …" is about Sanders; no speaker opens with "of".
    if start >= limit
        || doc.inside[start]
        || adverbial_at(doc, start, limit)
        || matches!(doc.low(start), "of" | "about")
    {
        return None;
    }
    if let Some(p) = pronoun_at(doc, start) {
        return Some(p);
    }
    if let Some(named) = description_then_name(doc, start, limit) {
        return Some(named);
    }
    if let Some(named) = possessor_then_name(doc, start, limit) {
        return Some(named);
    }
    // "said a spokesman for the ferry company.": a noun with its
    // complement, running to a comma, a quotation or the sentence's end.
    let phrase_end = (start..limit.min(start + MAX_COMPLEMENTED_NOUN_TOKENS + 1))
        .find(|&j| !doc.is_word(j) || doc.inside[j])
        .unwrap_or(limit);
    let at_boundary =
        phrase_end == limit || doc.is(phrase_end, ",") || doc.is_terminal(phrase_end) || doc.is_quote(phrase_end);
    // Only a noun that names a source: after a cue, "the changes in the
    // rules" is the subject of what was said, not who said it. A document
    // ("a statement from the ministry") is read for its author elsewhere.
    let names_a_source = |noun: &SpeakerPhrase| {
        let head = doc.low_bare(head_before_complement(doc, noun.first, noun.last).unwrap_or(noun.last - 1));
        let source = lexicon::is_unnamed_source_noun(head)
            || lexicon::is_role_word(head)
            || lexicon::is_title_word(head)
            || lexicon::ends_like_occupation(head);
        source && !lexicon::is_document_noun(head)
    };
    if let Some(noun) = noun_with_complement(doc, start, phrase_end).filter(|n| at_boundary && names_a_source(n)) {
        return Some(noun);
    }
    let mut i = start;
    // "said the party's leader Ada Finch", "said his coach Peter Stanley".
    if matches!(doc.low(i), "the" | "his" | "her" | "their" | "its" | "our") {
        i += 1;
    }
    // Lowercase role words before the name: "said campaign manager Jeff
    // Weaver". A word no list holds is a role when it ends like one and a
    // full name or another role follows ("said lobbyist and GOP strategist
    // Charlie Black").
    let unlisted_role = |k: usize| {
        let before_another_role = k + 1 < limit
            && doc.low(k + 1) == "and"
            && is_plain_word(doc, k)
            && lexicon::ends_like_occupation(doc.low(k))
            && !lexicon::looks_like_verb(doc.low(k));
        occupation_before_full_name(doc, k, limit) || before_another_role
    };
    // "said race director David Bedford": a plain word before a role word
    // and a name modifies the role.
    let modifies_role = |k: usize| {
        let role = |m: usize| {
            m < limit && !doc.is_capitalized(m) && {
                let w = doc.low(m);
                w != "of" && (lexicon::is_role_word(w) || lexicon::is_title_word(w))
            }
        };
        let after_roles = (k + 1..limit).find(|&m| !role(m)).unwrap_or(limit);
        // The role ends with a word for a person ("director", "analyst"),
        // not a thing ("the videos show Scott …").
        let person = |m: usize| {
            let w = doc.low(m);
            lexicon::is_title_word(w) || lexicon::is_person_noun(w) || lexicon::ends_like_occupation(w)
        };
        // So does one before an occupation no list holds ("said shop
        // owner Ada Finch", "harbour master").
        is_plain_word(doc, k)
            && (role(k + 1) && after_roles < limit && person(after_roles - 1) && doc.is_name_word(after_roles)
                || k + 1 < limit && occupation_before_full_name(doc, k + 1, limit))
    };
    while i < limit && !doc.is_capitalized(i) && doc.is_word(i) && !doc.inside[i] {
        let w = doc.low(i);
        let joins_roles = w == "and" && i > start && i + 1 < limit && doc.low(i - 1) != "the";
        if !(lexicon::is_role_word(w) || unlisted_role(i) || joins_roles || modifies_role(i)) {
            break;
        }
        i += 1;
        if i - start > MAX_PHRASE_WORDS {
            return None;
        }
    }
    let run_from = |i: usize| {
        let mut run_end = i;
        while run_end < limit
            && !(run_end > i && is_post_nominal(doc.word(run_end)))
            && (doc.is_name_word(run_end)
                || doc.is_capitalized(run_end) && is_title_or_honorific(doc, run_end)
                || (run_end > i
                    && run_end + 1 < limit
                    && is_name_connector(doc.low(run_end))
                    && doc.is_name_word(run_end + 1)))
        {
            let possessive_end = doc.is_possessive(run_end) && !(run_end + 1 < limit && doc.is_name_word(run_end + 1));
            run_end += 1;
            if possessive_end || run_end - i > MAX_PHRASE_WORDS {
                return None;
            }
        }
        Some(run_end)
    };
    let mut run_end = run_from(i)?;
    // "Analysts said …, but argued …": a plain noun of sources capitalised
    // at the sentence's start, right before its verb or a comma, is no name
    // ("Veteran actor Morgan Freeman" is read as a role below).
    let verb_follows = i + 1 >= limit
        || !doc.is_word(i + 1)
        || lexicon::cue_verb(doc.low(i + 1)).is_some()
        || lexicon::is_finite_auxiliary(doc.low(i + 1));
    if run_end == i + 1
        && verb_follows
        && lexicon::is_unnamed_source_noun(doc.low_bare(i))
        && doc.word(i).chars().skip(1).all(char::is_lowercase)
    {
        run_end = i;
    }
    // "Presumptive Democratic nominee Ines Holt", "Post White House bureau
    // chief Juliet Eilperin", "Air Force 1st Lt. Tyler Livingston":
    // capitalised words before lowercase role words (and the plain words
    // and ordinals modifying them) belong to the role of the name after.
    let role_word = |k: usize| {
        let w = doc.low(k);
        let verb_or_particle =
            lexicon::looks_like_verb(w) || matches!(w, "down" | "up" | "out" | "off" | "back" | "away");
        !doc.is_capitalized(k)
            && !doc.inside[k]
            && (doc.is_word(k) && !lexicon::is_function_word(w) && !verb_or_particle || doc.is_number(k))
    };
    let role_words_end = (run_end..limit.min(run_end + MAX_PHRASE_WORDS)).find(|&k| !role_word(k)).unwrap_or(limit);
    let names_a_role = (start..role_words_end).any(|k| lexicon::is_role_word(doc.low(k)))
        || role_words_end < limit && lexicon::is_title_word(doc.low(role_words_end));
    if run_end > i
        && role_words_end > run_end
        && names_a_role
        && role_words_end < limit
        && doc.is_name_word(role_words_end)
    {
        if let Some(name_end) = run_from(role_words_end) {
            i = role_words_end;
            run_end = name_end;
        }
    }
    if run_end > i
        && run_end < limit
        && !doc.is_capitalized(run_end)
        && (lexicon::is_unnamed_source_noun(doc.low_bare(run_end))
            || (run_end == i + 1 && looks_like_demonym(doc.low(i)) && lexicon::is_agent_plural(doc.low_bare(run_end))))
        && !doc.is_possessive(run_end - 1)
    {
        // "Opposition leaders", "Clinton aides": a group named by its side.
        let last = unnamed_compound_end(doc, run_end, limit)?;
        return Some(SpeakerPhrase::whole(start, last, PhraseForm::Unnamed));
    }
    if run_end > i
        && run_end < limit
        && !doc.is_capitalized(run_end)
        && !doc.inside[run_end]
        && !doc.is_possessive(run_end - 1)
        && lexicon::is_anaphoric_noun(doc.low_bare(run_end))
        && !lexicon::is_organization_word(doc.low_bare(run_end))
    {
        // "the Tory leader said", "House speaker laying out …": an office
        // the name qualifies, which refers back to its holder; "a Democratic
        // president" names no one.
        let indefinite = matches!(doc.low(start), "a" | "an" | "one" | "another");
        return Some(SpeakerPhrase::whole(
            start,
            run_end + 1,
            if indefinite { PhraseForm::Unnamed } else { PhraseForm::Anaphoric },
        ));
    }
    if run_end > i {
        if let Some(head) = organization_noun_after(doc, run_end, limit) {
            // "the Philippine health department": the name modifies an
            // organisation named by a common noun.
            return Some(SpeakerPhrase {
                first: start,
                last: head + 1,
                head_first: i,
                head_last: head + 1,
                role: None,
                form: PhraseForm::Organization,
            });
        }
        let run = split_run(doc, i, run_end);
        let mut role = match run.title {
            Some((_, title_end)) => Some((start, title_end)),
            None if i > start => Some((start, i)),
            None => None,
        }
        .filter(|(a, b)| a < b && !(b - a == 1 && doc.low(*a) == "the"));
        let mut last = run_end;
        // "said Rep. Ada Finch (D-Ore.), chair of the committee": the
        // appositive opens after the parenthesis, which is the role when
        // neither a title nor an appositive gives one.
        let parenthesis = doc.is(run_end, "(").then(|| parenthesis_after(doc, run_end, limit)).flatten();
        if let Some(close) = parenthesis.filter(|&close| looks_like_role(doc, run_end + 1, close)) {
            role = role.or(Some((run_end + 1, close)));
            last = close + 1;
        }
        if let Some((appositive, end)) = appositive_role(doc, last, limit) {
            role = appositive;
            last = end;
        }
        let title_only = run.name_first + 1 == run_end && is_title_or_honorific(doc, run.name_first);
        let affiliation = affiliation_start(doc, run.name_first, run_end);
        if let Some(of) = affiliation {
            role = role.or(Some((of, run_end)));
        }
        // "said Anne Thompson of the Hollywood Reporter": see
        // [`person_of_organisation`]. After the verb "at" more often gives
        // the setting ("said Tomas Reyes at Wimbledon").
        let organisation_first = run_end + 1 + usize::from(run_end + 1 < limit && doc.low(run_end + 1) == "the");
        let organisation_end = (last == run_end
            && affiliation.is_none()
            && !run.organization
            && surely_a_person(
                doc,
                &SpeakerPhrase {
                    first: i,
                    head_first: run.name_first,
                    ..SpeakerPhrase::whole(i, run_end, PhraseForm::Name)
                },
            )
            && organisation_first < limit
            && doc.low(run_end) != "at"
            && doc.is_name_word(organisation_first))
        .then(|| run_from(organisation_first))
        .flatten()
        .filter(|&end| ties_to_organisation(doc, run_end, end) && !noun_phrase_goes_on(doc, end, limit));
        if let Some(end) = organisation_end {
            role = role.or(Some((run_end, end)));
            last = end;
        }
        return Some(SpeakerPhrase {
            first: start,
            last,
            head_first: run.name_first,
            head_last: affiliation.unwrap_or(run_end),
            role: if title_only { None } else { role },
            form: if title_only {
                PhraseForm::Anaphoric
            } else if run.organization && affiliation.is_none() {
                PhraseForm::Organization
            } else {
                PhraseForm::Name
            },
        });
    }
    // A nominal: "said a senior official", "according to analysts at X",
    // "the harbour board".
    let mut j = start;
    while j < limit && j < start + 6 && doc.is_word(j) {
        let w = doc.low_bare(j);
        // An organisation modifying a noun after it ("agency official",
        // "union leaders") is no head.
        let modifies_next = j + 1 < limit && doc.is_word(j + 1) && {
            let next = doc.low_bare(j + 1);
            lexicon::is_unnamed_source_noun(next) || lexicon::is_anaphoric_noun(next) || lexicon::is_role_word(next)
        };
        // Nor is one that owns what follows ("the foundation's tally"), or
        // a word that lowercase is mostly a plain noun ("a Facebook post").
        let plain_noun = matches!(w, "post" | "times" | "news" | "press" | "journal" | "house" | "service" | "office");
        let organization = !doc.is_capitalized(j)
            && lexicon::is_organization_word(w)
            && !modifies_next
            && !doc.is_possessive(j)
            && !plain_noun;
        // "Several Opec members", "many local officials": a quantifier
        // before the words of its group is no head of its own.
        let quantifies = matches!(w, "several" | "many" | "some" | "most" | "all" | "both" | "few")
            && j + 1 < limit
            && doc.is_word(j + 1)
            && !doc.inside[j + 1]
            && !lexicon::is_function_word(doc.low(j + 1))
            && lexicon::cue_verb(doc.low(j + 1)).is_none();
        // "said the 23-year-old", "said his coach": someone named before,
        // described by age or by a title.
        let ends_determined_phrase =
            j > start && lexicon::is_determiner(doc.low(start)) && (j + 1 >= limit || !doc.is_word(j + 1));
        let described_person = ends_determined_phrase
            && (lexicon::is_age_description(w) || lexicon::is_title_word(w) && !doc.is_capitalized(j));
        // "wrote the judges", "said the artists": people by what they do.
        let people = ends_determined_phrase
            && !doc.is_capitalized(j)
            && (lexicon::is_agent_plural(w) || w.strip_suffix('s').is_some_and(lexicon::is_title_word));
        if (lexicon::is_unnamed_source_noun(w)
            || lexicon::is_anaphoric_noun(w)
            || organization
            || described_person
            || people)
            && !quantifies
        {
            let unnamed = lexicon::is_unnamed_source_noun(w) || people;
            let last = unnamed_compound_end(doc, j, limit)?;
            return Some(SpeakerPhrase::whole(
                start,
                last,
                if unnamed && doc.low(start) != "the" { PhraseForm::Unnamed } else { PhraseForm::Anaphoric },
            ));
        }
        // Determiners, roles, names and plain modifiers ("a longtime
        // adviser", "his best friend") may precede the head noun; an
        // article after them opens another noun phrase ("the board issued
        // a statement").
        // A plain word may open the phrase when a plural of people follows
        // within two words and ends it ("said web analysts", "say harbour
        // safety experts"); before a name it is that person's role ("said
        // retail analyst Ada Finch").
        let source_follows = (j + 1..limit.min(j + 3)).any(|k| {
            let w = doc.low_bare(k);
            doc.is_word(k)
                && lexicon::is_unnamed_source_noun(w)
                && lexicon::is_plural_noun(w)
                && !lexicon::is_document_noun(w)
                && !matches!(w, "statistics" | "polls" | "surveys")
                && !(k + 1 < limit && doc.is_name_word(k + 1))
        });
        let modifier = (j > start || source_follows)
            && !lexicon::is_function_word(doc.low(j))
            && lexicon::cue_verb(doc.low(j)).is_none();
        let article = matches!(doc.low(j), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our");
        if article && j > start && !lexicon::is_determiner(doc.low(j - 1)) {
            break;
        }
        if !(lexicon::is_determiner(doc.low(j))
            || lexicon::is_role_word(doc.low(j))
            || doc.is_capitalized(j)
            || modifier)
        {
            break;
        }
        j += 1;
    }
    None
}
