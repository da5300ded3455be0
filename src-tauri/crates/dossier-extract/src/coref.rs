//! Within-article coreference: canonical names, gender and the antecedent of
//! pronouns and definite descriptions.
//!
//! Every full name in the article becomes an entity ("Sanae Takaichi"); a
//! later surname or given name alone ("Takaichi", "Xi") is a mention of it.
//! A pronoun speaker is resolved by salience rather than distance: an earlier
//! identical pronoun in the same sentence, then the subject of the sentence,
//! then, sentence by sentence backwards, the speakers of claims (a
//! spokesman left unnamed among them) and the people mentioned, skipping
//! anyone of the wrong gender. That is why "She
//! added that …" after a quote by Tilly Zhang resolves to her even when
//! another woman was named earlier.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use crate::doc::{strip_possessive, Doc};
use crate::lexicon;
use crate::mentions::{
    appositive_role, extend_role_backwards, head_before_complement, looks_like_demonym, looks_like_role,
    one_name_starting_at, phrase_ending_at, phrase_starting_at, split_run, PhraseForm, SpeakerPhrase,
};
use crate::SpeakerKind;

/// A person's grammatical gender as far as the article shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as "she".
    Female,
    /// Referred to as "he".
    Male,
    /// Not known: compatible with either.
    Unknown,
}

/// A person or organisation named in the article, or one person an unnamed
/// source describes ("a spokesman for the board"), who has no name parts
/// and so is never mentioned again by name, only by a pronoun.
#[derive(Debug, Clone)]
pub struct Entity {
    /// The canonical (longest) name, or an unnamed source's phrase.
    pub name: String,
    /// Lowercase name parts, for matching partial mentions. Shared with the
    /// indexes of [`Entities`], which hold each part again: most entities
    /// are new, and a copy of every part for every index showed in profiles.
    pub parts: Vec<Rc<str>>,
    /// Person or organisation.
    pub kind: SpeakerKind,
    /// Role as first stated.
    pub role: Option<String>,
    /// Gender, if shown.
    pub gender: Gender,
    /// Whether a claim of the article was made by the entity so far.
    pub spoke: bool,
}

/// True when "it" may refer to the entity: an organisation, or a name of
/// one word that nothing showed to be a person ("Monsanto agreed to pay
/// a fine. It said …": no title, role, given name or gendered pronoun)
/// and that names no people or plural.
fn may_be_called_it(e: &Entity) -> bool {
    let lone_word = |w: &str| {
        // "Russians", "PACs", "Dutch": people, or many of something.
        let singular = w.strip_suffix('s').unwrap_or(w);
        !lexicon::is_given_name(w)
            && !looks_like_demonym(singular)
            && !matches!(w, "dutch" | "french" | "swiss" | "greek" | "thai" | "welsh")
    };
    let acronym_plural = |name: &str| {
        name.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
    };
    e.kind == SpeakerKind::Organization
        || e.kind == SpeakerKind::Person
            && e.parts.len() == 1
            && e.gender == Gender::Unknown
            && e.role.is_none()
            && lone_word(&e.parts[0])
            && !acronym_plural(&e.name)
}

/// True when "he" or "she" may refer to the entity: an unnamed source, or
/// a person the article shows to be one, by a second name, a role or a
/// gendered word. A capitalised word alone with none of that is as often a
/// place, a product or a sentence's first word ("Benghazi", "Courted") as
/// a surname.
fn may_be_called_he_or_she(e: &Entity) -> bool {
    match e.kind {
        SpeakerKind::Unnamed => true,
        SpeakerKind::Person => {
            !names_an_event(e)
                && (e.parts.len() > 1 && !names_a_people(e) || e.role.is_some() || e.gender != Gender::Unknown)
        }
        _ => false,
    }
}

/// True when a name of several words ends with the word of a contest or an
/// event ("French Open", "Uefa Cup", "Brit Awards", "Christmas Midnight
/// Mass", "Labour Party Conference"), which no pronoun of a
/// person stands for, whatever pronoun a sentence about it holds.
fn names_an_event(e: &Entity) -> bool {
    e.parts.len() > 1
        && e.parts.last().is_some_and(|last| {
            matches!(
                &**last,
                "open"
                    | "cup"
                    | "prix"
                    | "awards"
                    | "olympics"
                    | "championship"
                    | "championships"
                    | "tournament"
                    | "marathon"
                    | "trophy"
                    | "festival"
                    | "games"
                    | "league"
                    | "series"
                    | "mass"
                    | "ceremony"
                    | "summit"
                    | "conference"
                    | "convention"
                    | "concert"
                    | "referendum"
            )
        })
}

/// True when a name of several words ends with a people or a party in the
/// plural ("Asian Americans", "Massachusetts Democrats", "Liberal
/// Democrats"): many people, whom "he" or "she" never stands for.
fn names_a_people(e: &Entity) -> bool {
    e.parts.last().and_then(|last| last.strip_suffix('s')).is_some_and(|singular| {
        looks_like_demonym(singular) || matches!(singular, "democrat" | "tory" | "torie" | "liberal" | "conservative")
    })
}

/// A mention of an entity at a token.
#[derive(Debug, Clone, Copy)]
struct Mention {
    token: usize,
    entity: usize,
    sentence: usize,
    /// Whether the name is a preposition's object ("campaigning against
    /// Mitt Romney"), which the subject of its sentence is not.
    object: bool,
}

/// A resolved speaker.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Canonical name, or the phrase itself for unnamed sources.
    pub name: String,
    /// Role and affiliation.
    pub role: Option<String>,
    /// Person, organisation or unnamed.
    pub kind: SpeakerKind,
    /// The entity, when the speaker is one.
    pub entity: Option<usize>,
}

/// How many candidates an antecedent search examines in each list: the
/// mentions, speakers and pronouns of one sentence, and the mentions before
/// the pronoun when nothing nearby fits. Far more than an article needs (in
/// PolNeAR a sentence has at most 14 mentions, and no antecedent is more
/// than 85 mentions back), it keeps a hostile text that names thousands of
/// people in one sentence from making every pronoun examine them all.
const ANTECEDENT_CANDIDATES: usize = 200;

/// All entities of an article and the state needed to resolve speakers in
/// text order.
#[derive(Default)]
pub struct Entities {
    entities: Vec<Entity>,
    /// Each entity's id by its name parts (which are unique).
    by_parts: HashMap<Vec<Rc<str>>, usize>,
    /// Mentions in text order (and so in sentence order).
    mentions: Vec<Mention>,
    /// For each name part of a multi-word person, the mentions of people
    /// with that part (token → entity), and the first such person: what a
    /// single-word mention may refer to, found without a search through
    /// every mention.
    part_mentions: HashMap<Rc<str>, BTreeMap<usize, usize>>,
    part_first_entity: HashMap<Rc<str>, usize>,
    /// Speakers of claims resolved so far, in sentence order: (sentence, entity).
    speakers: Vec<(usize, usize)>,
    /// Pronouns resolved so far, in sentence order: (sentence, pronoun, entity).
    pronouns: Vec<(usize, String, usize)>,
    /// The latest person whose whole role is one word, by that word
    /// lowercased ("pastor"): whom that word alone stands for.
    people_by_role: HashMap<String, usize>,
    /// The first "he" and the first "she" outside quotations of each
    /// sentence asked about, if any: where a later one of the same sentence
    /// is resolved from. Found once per sentence, on first use.
    first_he_she: HashMap<usize, (Option<usize>, Option<usize>)>,
    /// Single words the article writes as an organisation's name
    /// ([`organization_names`]), lowercased.
    organization_names: HashSet<String>,
    /// Companies by their names without the suffix ("Jupiter Research" …
    /// "Jupiter said", "Cairn Energy" … "Cairn"): whom such a name refers
    /// to when no person has it.
    company_short_names: HashMap<Vec<Rc<str>>, usize>,
}

/// The entries of `list`, which is in sentence order, from sentence `s`.
fn in_sentence<T>(list: &[T], s: usize, sentence: impl Fn(&T) -> usize) -> &[T] {
    let first = list.partition_point(|x| sentence(x) < s);
    let len = list[first..].partition_point(|x| sentence(x) == s);
    &list[first..first + len]
}

/// Cleans a role phrase: trims punctuation and spaces.
/// An abbreviation's period ("Sen.", "U.S.") is kept. A role that opened
/// the sentence loses the capital of its determiner ("Its director" is
/// "its director"), so that it reads the same wherever it was found.
pub fn clean_role(text: &str) -> Option<String> {
    let mut role = text.trim().trim_end_matches([',', ';', ':']).trim();
    if let Some(stripped) = role.strip_suffix('.') {
        let last_word = stripped.rsplit(' ').next().unwrap_or("");
        // "D-Va.": a party's letter and a state's abbreviation.
        let party_and_state = last_word.split_once('-').is_some_and(|(party, state)| {
            party.len() == 1 && state.len() <= 5 && state.starts_with(|c: char| c.is_ascii_uppercase())
        });
        if !(lexicon::is_abbreviation(last_word) || last_word.contains('.') || party_and_state) {
            role = stripped.trim_end();
        }
    }
    if role.is_empty() {
        return None;
    }
    // "Celtic's Neil Lennon", "Ladbrokes' Warren Lush": the owner alone
    // is the affiliation, without the possessive that tied it to the name.
    let all_capitalised = role.split(' ').all(|word| word.starts_with(char::is_uppercase));
    if all_capitalised {
        if let Some(owner) = ["'s", "’s", "'", "’"].iter().find_map(|mark| role.strip_suffix(mark)) {
            role = owner;
        }
    }
    // "the co-author of “Going Viral,”": the comma inside a title's closing
    // mark is the sentence's, not the title's.
    let role = ["”", "\"", "''"]
        .iter()
        .find_map(|mark| role.strip_suffix(mark)?.strip_suffix(',').map(|title| format!("{title}{mark}")))
        .unwrap_or_else(|| role.to_string());
    let first_word = role.split(' ').next().unwrap_or("");
    if matches!(first_word, "The" | "A" | "An" | "Its" | "Her" | "His" | "Their" | "Our") {
        return Some(format!("{}{}", first_word.to_lowercase(), &role[first_word.len()..]));
    }
    Some(role)
}

/// Gender shown by a title or honorific word.
fn gender_of_word(w: &str) -> Gender {
    match w {
        "mrs." | "ms." | "mrs" | "ms" | "miss" | "madam" | "lady" | "dame" | "baroness" | "congresswoman"
        | "spokeswoman" | "chairwoman" | "queen" | "princess" | "businesswoman" | "councilwoman" | "assemblywoman"
        | "actress" => Gender::Female,
        "mr." | "mr" | "sir" | "lord" | "baron" | "congressman" | "spokesman" | "chairman" | "king" | "prince"
        | "businessman" | "councilman" | "assemblyman" | "actor" => Gender::Male,
        w if lexicon::is_female_name(w) => Gender::Female,
        w if lexicon::is_male_name(w) => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// True for places that look like two-word names ("South Korea").
fn is_place_word(w: &str) -> bool {
    matches!(
        w,
        "united"
            | "states"
            | "kingdom"
            | "new"
            | "york"
            | "south"
            | "north"
            | "east"
            | "west"
            | "korea"
            | "america"
            | "china"
            | "japan"
            | "hong"
            | "kong"
            | "white"
            | "house"
            | "wall"
            | "street"
            | "capitol"
            | "hill"
            | "los"
            | "angeles"
            | "san"
            | "francisco"
            | "las"
            | "vegas"
            | "saudi"
            | "arabia"
            | "middle"
            | "union"
            | "european"
            | "city"
            | "county"
            | "island"
            | "islands"
            | "river"
            | "lake"
            | "mount"
            | "sea"
            | "ocean"
            | "gulf"
            | "bay"
            | "valley"
            | "coast"
            | "carolina"
            | "dakota"
            | "jersey"
            | "hampshire"
            | "mexico"
            | "virginia"
            | "iowa"
            | "pacific"
            | "atlantic"
            | "asia"
            | "africa"
            | "europe"
            | "taiwan"
            | "beijing"
            | "tokyo"
            | "washington"
            | "district"
            | "columbia"
            | "super"
            | "tuesday"
            | "day"
            | "election"
            | "national"
            | "convention"
            | "democratic"
            | "republican"
            | "party"
            | "debate"
    )
}

impl Entities {
    /// Finds every named person and organisation in the article.
    pub fn build(doc: &Doc) -> Self {
        let mut this = Entities { organization_names: organization_names(doc), ..Entities::default() };
        let mut singles = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            if doc.inside[i] || !(doc.is_name_word(i) || doc.is_capitalized(i) && lexicon::is_title_word(doc.low(i))) {
                i += 1;
                continue;
            }
            if lexicon::cue_verb(doc.low(i)).is_some() {
                // "Continued Stone: …" — a sentence-initial verb, not a name.
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i;
            // A name never runs into the next sentence (a headline without
            // a full stop ends at its paragraph).
            while last < doc.tokens.len()
                && !doc.inside[last]
                && doc.sentence_of[last] == doc.sentence_of[first]
                && (doc.is_name_word(last) || doc.is_capitalized(last) && lexicon::is_title_word(doc.low(last)))
            {
                last += 1;
                if doc.is_possessive(last - 1) {
                    break;
                }
            }
            i = last;
            // "UK advertising giant WPP … it said": a country's initials
            // modify or locate; "it" is never the country.
            if last == first + 1 && matches!(doc.low_bare(first), "uk" | "u.k." | "us" | "u.s." | "usa" | "uae") {
                continue;
            }
            let run = split_run(doc, first, last);
            let parts = name_parts(doc, run.name_first, last);
            let sentence = doc.sentence_of[first];
            // "As for Ban, he seems content": a topic, not an object; nor is
            // a name a relative clause follows ("a nomination for
            // Staunton, 49, who told BBC News she …"): it is that clause's
            // subject.
            let sentence_end = doc.sentences[doc.sentence_of[first]].last;
            let relative_follows = (last..sentence_end.min(last + RELATIVE_REACH)).any(|t| doc.low(t) == "who");
            let object = first > 0
                && lexicon::is_object_preposition(doc.low(first - 1))
                && !(first > 1 && doc.low(first - 1) == "for" && doc.low(first - 2) == "as")
                && !relative_follows;
            let mut gender = Gender::Unknown;
            // Titles, honorifics and the given name show gender; a surname
            // ("Kim", "Grant") does not.
            for t in first..=run.name_first.min(last - 1) {
                let g = gender_of_word(doc.low(t));
                if g != Gender::Unknown {
                    gender = g;
                    break;
                }
            }
            let title = run.title.and_then(|(a, b)| clean_role(doc.slice(a, b)));
            // Beyond its title a full name's role may be written before it or
            // in an appositive; an organisation's only in an appositive (the
            // words before "Macrovision" are someone's role at it).
            let role_of = |role: Option<(usize, usize)>| role.and_then(|(a, b)| clean_role(doc.slice(a, b)));
            if run.organization {
                let name = name_text(doc, run.name_first, last);
                let role = title.or_else(|| role_of(described_role(doc, last)));
                let id = this.find_or_add(name, parts, SpeakerKind::Organization, role, Gender::Unknown);
                this.add_mention(Mention { token: run.name_first, entity: id, sentence, object });
            } else if parts.len() >= 2
                && parts.len() <= 4
                && !parts.iter().any(|p| is_place_word(p))
                && (run.name_first..last).all(|t| !doc.word(t).chars().all(|c| c.is_uppercase()))
            {
                let name = name_text(doc, run.name_first, last);
                let role = title
                    .or_else(|| role_of(preposed_role(doc, run.name_first, doc.sentences[sentence].first)))
                    .or_else(|| role_of(described_role(doc, last)));
                let id = match this.longer_name_ending_with(&parts, run.name_first) {
                    Some(id) => {
                        this.give_role(id, role);
                        id
                    }
                    None => this.find_or_add(name, parts, SpeakerKind::Person, role, gender),
                };
                this.add_mention(Mention { token: run.name_first, entity: id, sentence, object });
            } else if parts.len() == 1 && title.is_some() && lexicon::is_title_word(&parts[0]) {
                // "The Attorney General … He said": titles with no name are
                // an office described, not a person called "General".
                let opening = if first > 0 && doc.low(first - 1) == "the" { first - 1 } else { first };
                let name = clean_role(doc.slice(opening, last)).unwrap_or_else(|| name_text(doc, first, last));
                let name = match name.strip_prefix("The ") {
                    Some(rest) => format!("the {rest}"),
                    None => name,
                };
                let office = (first..last).map(|t| Rc::from(doc.low_bare(t))).collect();
                let id = this.find_or_add(name, office, SpeakerKind::Unnamed, None, gender);
                this.add_mention(Mention { token: run.name_first, entity: id, sentence, object });
            } else if parts.len() == 1 {
                let role = title;
                singles.push((run.name_first, parts[0].clone(), sentence, gender, role, object));
            }
        }
        // Single-word mentions: a part of a full name seen in the article,
        // the same person as the previous single-word mention with that
        // part, else the one with that part named last. A royal's given
        // name ("Prince Charles") is part only of a royal's full name: not
        // of "Charles Kennedy".
        let mut last_single: HashMap<Rc<str>, usize> = HashMap::new();
        for (token, part, sentence, gender, role, object) in singles {
            let royal = role.as_deref().is_some_and(titles_a_given_name);
            let found = last_single
                .get(&part)
                .copied()
                .or_else(|| this.entity_with_part(&part, token))
                .or_else(|| this.company_short_names.get(std::slice::from_ref(&part)).copied())
                .filter(|&id| !royal || this.entities[id].role.as_deref().is_some_and(titles_a_given_name));
            if let Some(id) = found {
                this.add_mention(Mention { token, entity: id, sentence, object });
                for p in &this.entities[id].parts {
                    last_single.insert(p.clone(), id);
                }
            } else if gender != Gender::Unknown || role.is_some() {
                let name = name_text(doc, token, token + 1);
                let kind = this.single_name_kind(&part, gender, role.as_deref());
                let id = this.find_or_add(name, vec![part], kind, role, gender);
                this.add_mention(Mention { token, entity: id, sentence, object });
            }
        }
        this.mentions.sort_by_key(|m| m.token);
        this.learn_gender_from_pronouns(doc);
        this
    }

    /// Adds an entity, or returns the one with the same name.
    fn find_or_add(
        &mut self,
        name: String,
        parts: Vec<Rc<str>>,
        kind: SpeakerKind,
        role: Option<String>,
        gender: Gender,
    ) -> usize {
        if let Some(&id) = self.by_parts.get(&parts) {
            self.give_role(id, role);
            let e = &mut self.entities[id];
            if e.gender == Gender::Unknown {
                e.gender = gender;
            }
            return id;
        }
        let id = self.entities.len();
        if is_multi_word_person(kind, &parts) {
            for part in &parts {
                self.part_first_entity.entry(part.clone()).or_insert(id);
            }
        }
        if let Some((suffix, short)) = parts.split_last().filter(|_| kind == SpeakerKind::Organization) {
            if !short.is_empty() && lexicon::is_company_suffix(suffix) {
                self.company_short_names.entry(short.to_vec()).or_insert(id);
            }
        }
        self.by_parts.insert(parts.clone(), id);
        self.entities.push(Entity { name, parts, kind, role: None, gender, spoke: false });
        self.give_role(id, role);
        id
    }

    /// Records a mention (and, for a multi-word person, it under each name part).
    fn add_mention(&mut self, mention: Mention) {
        let e = &self.entities[mention.entity];
        if is_multi_word_person(e.kind, &e.parts) {
            for part in &e.parts {
                self.part_mentions.entry(part.clone()).or_default().insert(mention.token, mention.entity);
            }
        }
        self.mentions.push(mention);
    }

    /// The multi-word person entity that has `part` as a name part,
    /// preferring the one mentioned most recently before `token`, then the
    /// one mentioned first, then the first one found.
    fn entity_with_part(&self, part: &str, token: usize) -> Option<usize> {
        self.part_mentions
            .get(part)
            .and_then(|mentions| mentions.range(..token).next_back().or_else(|| mentions.iter().next()))
            .map(|(_, &id)| id)
            .or_else(|| self.part_first_entity.get(part).copied())
    }

    /// The person named earlier by a longer name that ends with `parts`
    /// ("Julio De Vido" for "De Vido", "Debbie Wasserman Schultz" for
    /// "Wasserman Schultz"): a surname of several words, written again
    /// without the given name. Such a surname opens with a particle, or the
    /// longer name adds a given name alone to it; a given name and a
    /// surname are a full name of their own ("Donald Trump" is no part of a
    /// headline's "Offensive Things Donald Trump"). None when the very name
    /// is an entity already.
    fn longer_name_ending_with(&self, parts: &[Rc<str>], token: usize) -> Option<usize> {
        let first = parts.first()?;
        if self.by_parts.contains_key(parts) || lexicon::is_given_name(first) {
            return None;
        }
        let id = self.entity_with_part(parts.last()?, token)?;
        let longer = &self.entities[id].parts;
        let extra = longer.len().checked_sub(parts.len()).filter(|&n| n > 0)?;
        let surname = lexicon::is_name_particle(first) || extra == 1 && lexicon::is_given_name(&longer[0]);
        (surname && longer.ends_with(parts)).then_some(id)
    }

    /// Whether an entity can be of `gender` (an unknown gender on either
    /// side fits).
    fn of_gender(&self, id: usize, gender: Gender) -> bool {
        let own = self.entities[id].gender;
        gender == Gender::Unknown || own == Gender::Unknown || own == gender
    }

    /// [`Self::entity_with_part`], unless that person's gender is not
    /// `gender` and another person with the part's is ("Bill Clinton" …
    /// "Hillary Clinton" … "Mrs. Clinton"): then the latest such mention
    /// before `token`, else the first after it. A gender from a given-name
    /// list can be wrong ("Lee Epstein" … "Ms. Epstein"), so with no one
    /// else to choose the person stays. Looks at no more than
    /// [`ANTECEDENT_CANDIDATES`] mentions each way.
    fn entity_with_part_of_gender(&self, part: &str, token: usize, gender: Gender) -> Option<usize> {
        let found = self.entity_with_part(part, token)?;
        if self.of_gender(found, gender) {
            return Some(found);
        }
        let mentions = self.part_mentions.get(part)?;
        let before = mentions.range(..token).rev().take(ANTECEDENT_CANDIDATES).map(|(_, &id)| id);
        let after = mentions.range(token..).take(ANTECEDENT_CANDIDATES).map(|(_, &id)| id);
        before.chain(after).find(|&id| self.of_gender(id, gender)).or(Some(found))
    }

    /// Sets the gender of people who are the only person in a sentence that
    /// also uses "he/his" or "she/her" after naming them, or that is
    /// followed by a sentence opening with such a pronoun.
    fn learn_gender_from_pronouns(&mut self, doc: &Doc) {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let people: Vec<Mention> = in_sentence(&self.mentions, s, |m| m.sentence)
                .iter()
                .filter(|m| self.entities[m.entity].kind == SpeakerKind::Person)
                .copied()
                .collect();
            let mut distinct: Vec<usize> = people.iter().map(|m| m.entity).collect();
            distinct.dedup();
            if distinct.len() != 1 {
                continue;
            }
            let first = people[0].token;
            let mut next_first = None;
            if let Some(next) = doc.sentences.get(s + 1) {
                next_first = Some(next.first);
            }
            let pronoun_gender = |t: usize| match doc.low(t) {
                "she" | "her" | "hers" | "herself" => Gender::Female,
                "he" | "his" | "him" | "himself" => Gender::Male,
                _ => Gender::Unknown,
            };
            let mut found =
                (first..sentence.last).filter(|&t| !doc.inside[t]).map(pronoun_gender).find(|g| *g != Gender::Unknown);
            if found.is_none() {
                found = next_first.map(pronoun_gender).filter(|g| *g != Gender::Unknown);
            }
            if let Some(g) = found {
                let e = &mut self.entities[distinct[0]];
                if e.gender == Gender::Unknown {
                    e.gender = g;
                }
            }
        }
    }

    /// Records that a claim in sentence `s` was made by `entity`.
    pub fn note_speaker(&mut self, s: usize, entity: usize) {
        self.speakers.push((s, entity));
        self.entities[entity].spoke = true;
    }

    /// Resolves a speaker phrase to a canonical speaker.
    pub fn resolve(&mut self, doc: &Doc, phrase: &SpeakerPhrase, sentence: usize) -> Resolved {
        let role = phrase.role.and_then(|(a, b)| clean_role(doc.slice(a, b)));
        // "Norland's President, Tomas Reyes, said": a title whose
        // appositive is a name describes that person, as an unnamed source
        // may ("the assailant, John McGraw, told").
        let lone_title =
            phrase.head_first + 1 == phrase.head_last && lexicon::is_title_word(doc.low(phrase.head_first));
        // So does an office named in full ("The Secretary of State for
        // Health, John Reid, said", "the Bishop of Durham, Tom Wright,
        // said", "The Shadow Secretary of State for the Family, Theresa
        // May,"): its head opens with a title, perhaps after one word that
        // qualifies it, and holds no given name.
        let office = (phrase.head_first..phrase.head_last).take(2).any(|t| lexicon::is_title_word(doc.low(t)))
            && !(phrase.head_first..phrase.head_last).any(|t| lexicon::is_given_name(doc.low(t)));
        let may_name_someone = match phrase.form {
            PhraseForm::Unnamed => true,
            PhraseForm::Pronoun => false,
            PhraseForm::Name | PhraseForm::Organization | PhraseForm::Anaphoric => {
                lone_title && phrase.role.is_some()
                    || office && phrase.role.is_some_and(|(role_first, _)| role_first >= phrase.head_last)
            }
        };
        // "“…,” the American said": a nationality describes someone, but
        // is no one's name. Which person it is, the nearest one named
        // before gets right only two times in three (a sports report names
        // opponents and coaches), so the description stands as it is.
        let nationality = phrase.head_first + 1 == phrase.head_last
            && phrase.first < phrase.head_first
            && doc.low(phrase.first) == "the"
            && lexicon::is_person_demonym(doc.low(phrase.head_first));
        if nationality {
            return Resolved { name: unnamed_text(doc, phrase), role, kind: SpeakerKind::Unnamed, entity: None };
        }
        let named = may_name_someone.then(|| named_after_all(doc, phrase)).flatten().or_else(|| {
            let described = phrase.form != PhraseForm::Pronoun && !doc.is_capitalized(phrase.first);
            described.then(|| organization_after_its_description(doc, phrase)).flatten()
        });
        if let Some(named) = named {
            let role = named.role.and_then(|(a, b)| clean_role(doc.slice(a, b)));
            return self.resolve_name(doc, &named, role);
        }
        match phrase.form {
            PhraseForm::Name | PhraseForm::Organization => self.resolve_name(doc, phrase, role),
            PhraseForm::Pronoun => self.resolve_pronoun(doc, phrase, sentence),
            PhraseForm::Anaphoric => self.resolve_description(doc, phrase, sentence),
            PhraseForm::Unnamed => {
                let name = unnamed_text(doc, phrase);
                let entity = unnamed_person_gender(doc, phrase).map(|gender| {
                    self.entities.push(Entity {
                        name: name.clone(),
                        parts: Vec::new(),
                        kind: SpeakerKind::Unnamed,
                        role: role.clone(),
                        gender,
                        spoke: false,
                    });
                    self.entities.len() - 1
                });
                Resolved { name, role, kind: SpeakerKind::Unnamed, entity }
            }
        }
    }

    /// A proper name: the entity it belongs to, added if new.
    fn resolve_name(&mut self, doc: &Doc, phrase: &SpeakerPhrase, role: Option<String>) -> Resolved {
        let parts = name_parts(doc, phrase.head_first, phrase.head_last);
        let organization = phrase.form == PhraseForm::Organization;
        let kind = if organization { SpeakerKind::Organization } else { SpeakerKind::Person };
        let single = !organization && parts.len() == 1;
        let gender_in = |tokens: std::ops::Range<usize>| {
            tokens.map(|t| gender_of_word(doc.low(t))).find(|g| *g != Gender::Unknown).unwrap_or(Gender::Unknown)
        };
        let gender = gender_in(phrase.first..phrase.head_first.min(phrase.head_last - 1) + 1);
        // "Mrs. Clinton" is no man named Clinton; a surname that is also a
        // given name ("Raymond") tells nothing.
        let stated_gender = gender_in(phrase.first..phrase.head_first);
        // "Pastor Kevin Swanson" … "Pastor Wants …": a lone word that is a
        // person's whole role stands for that person.
        let existing = self.by_parts.get(&parts).copied().or_else(|| {
            if single {
                self.entity_with_part_of_gender(&parts[0], phrase.head_first, stated_gender)
                    .or_else(|| self.people_by_role.get(&*parts[0]).copied())
            } else if organization {
                None
            } else {
                self.longer_name_ending_with(&parts, phrase.head_first)
            }
        });
        let existing = existing.or_else(|| self.company_short_names.get(&parts).copied());
        let id = match existing {
            Some(id) => id,
            None => {
                let name = name_text(doc, phrase.head_first, phrase.head_last);
                let kind = if single { self.single_name_kind(&parts[0], gender, role.as_deref()) } else { kind };
                self.find_or_add(name, parts, kind, None, gender)
            }
        };
        // "some senior Tories argued": members of a party or body by their
        // standing are a group of it, not the body with "senior" as its role.
        if organization && role.as_deref().is_some_and(lexicon::is_standing_in_a_group) {
            let name = format!("{} {}", role.unwrap_or_default(), self.entities[id].name);
            return Resolved { name, role: None, kind: SpeakerKind::Unnamed, entity: None };
        }
        self.give_role(id, role.clone());
        let e = &self.entities[id];
        Resolved { name: e.name.clone(), role: role.or_else(|| e.role.clone()), kind: e.kind, entity: Some(id) }
    }

    /// Whether a name of one word is a person's or an organisation's: an
    /// organisation's when nothing shows a person (a gender, a title) and
    /// its role is a kind of organisation ("Macrovision, the copy-protection
    /// firm,", "technology analysts Gartner": one name for people in the
    /// plural) or the article writes it as one ([`organization_names`]):
    /// "Microsoft said" is no one called Microsoft. ("one of the founders"
    /// is one person among them.)
    fn single_name_kind(&self, part: &str, gender: Gender, role: Option<&str>) -> SpeakerKind {
        let role_names_a_body = role.is_some_and(|role| {
            let head = role.rsplit(' ').next().unwrap_or(role).to_lowercase();
            let head = strip_possessive(&head);
            let people_in_the_plural = lexicon::is_plural_noun(head)
                && (lexicon::is_unnamed_source_noun(head) || lexicon::is_plural_of_doers(head))
                && !role.contains(" of ")
                && !role.to_lowercase().starts_with("one ");
            lexicon::is_organization_word(head) || people_in_the_plural
        });
        let person_role = role.is_some() && !role_names_a_body;
        let known_body = role_names_a_body || self.organization_names.contains(part) || lexicon::is_known_company(part);
        if gender == Gender::Unknown && !person_role && known_body {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Person
        }
    }

    /// Gives an entity a role unless it has one, and indexes a person's
    /// one-word role for [`Entities::resolve_name`].
    fn give_role(&mut self, id: usize, role: Option<String>) {
        let e = &mut self.entities[id];
        if e.role.is_some() {
            return;
        }
        if let Some(word) = role.as_deref().filter(|r| e.kind == SpeakerKind::Person && !r.contains(' ')) {
            self.people_by_role.insert(word.to_lowercase(), id);
        }
        e.role = role;
    }

    /// The resolved speaker for an entity.
    fn entity_speaker(&self, id: usize) -> Resolved {
        let e = &self.entities[id];
        Resolved { name: e.name.clone(), role: e.role.clone(), kind: e.kind, entity: Some(id) }
    }

    /// A pronoun: resolved by salience and gender.
    fn resolve_pronoun(&mut self, doc: &Doc, phrase: &SpeakerPhrase, sentence: usize) -> Resolved {
        // Possessives stand for their subject form ("his criticism" → he),
        // and so do contractions ("he's said" → he).
        let pronoun = match doc.low(phrase.first) {
            "his" | "him" => "he",
            "her" => "she",
            "their" | "them" => "they",
            "its" => "it",
            other => lexicon::subject_pronoun_of(other).unwrap_or(other),
        }
        .to_string();
        // "They’re" names no one but "They".
        let word = doc.word(phrase.first);
        let written = word.split(['\'', '’']).next().unwrap_or(word);
        let unresolved = Resolved { name: written.to_string(), role: None, kind: SpeakerKind::Unnamed, entity: None };
        let found = match pronoun.as_str() {
            "he" | "she" => {
                let gender = if pronoun == "she" { Gender::Female } else { Gender::Male };
                // "She later called Arne Dahl in what she described as …":
                // the same pronoun earlier in the sentence, whether or not
                // it spoke, is the same person, found from where it stands.
                let (first_he, first_she) = *self.first_he_she.entry(sentence).or_insert_with(|| {
                    let mut first = (None, None);
                    for t in doc.sentences[sentence].first..doc.sentences[sentence].last {
                        match lexicon::subject_pronoun_of(doc.low(t)).filter(|_| !doc.inside[t]) {
                            Some("he") if first.0.is_none() => first.0 = Some(t),
                            Some("she") if first.1.is_none() => first.1 = Some(t),
                            _ => {}
                        }
                    }
                    first
                });
                let first_same = if gender == Gender::Female { first_she } else { first_he };
                self.antecedent(
                    first_same.filter(|&t| t < phrase.first).unwrap_or(phrase.first),
                    sentence,
                    |e| may_be_called_he_or_she(e) && (e.gender == gender || e.gender == Gender::Unknown),
                    &pronoun,
                )
            }
            "who" | "which" => {
                let mut e = phrase.first;
                if e > 0 && doc.is(e - 1, ",") {
                    e -= 1;
                    // "Staunton, 49, who …": an age set off by commas
                    // stands between the name and its relative clause.
                    let age = |t: usize| doc.is_number(t);
                    if e >= 2 && age(e - 1) && doc.is(e - 2, ",") {
                        e -= 2;
                    }
                }
                let floor = doc.sentences[sentence].first;
                let mut antecedent = phrase_ending_at(doc, e, floor);
                // "Nicky Driscoll, 24, from Manchester, who …": where the
                // person is from, set off by commas, stands between too.
                if let Some(place) = antecedent.filter(|p| {
                    p.first >= floor + 2 && matches!(doc.low(p.first - 1), "from" | "of") && doc.is(p.first - 2, ",")
                }) {
                    let mut before = place.first - 2;
                    if before >= floor + 2 && doc.is_number(before - 1) && doc.is(before - 2, ",") {
                        before -= 2;
                    }
                    let person = phrase_ending_at(doc, before, floor).filter(|p| p.form == PhraseForm::Name);
                    antecedent = person.or(antecedent);
                }
                // "a sheriff who says …", "officials who say …": the
                // unnamed people speak ("which" is a thing's).
                if let Some(unnamed) = antecedent.filter(|p| pronoun == "who" && p.form == PhraseForm::Unnamed) {
                    return self.resolve(doc, &unnamed, sentence);
                }
                antecedent.filter(|p| matches!(p.form, PhraseForm::Name | PhraseForm::Organization)).and_then(|p| {
                    let role = p.role.and_then(|(a, b)| clean_role(doc.slice(a, b)));
                    self.resolve_name(doc, &p, role).entity
                })
            }
            "it" => self.antecedent(phrase.first, sentence, may_be_called_it, &pronoun),
            _ => None,
        };
        match found {
            Some(id) => {
                self.pronouns.push((sentence, pronoun, id));
                self.entity_speaker(id)
            }
            None => unresolved,
        }
    }

    /// The most salient earlier entity that `fits`: an identical pronoun
    /// earlier in the sentence, the sentence's first mention, then in each
    /// earlier sentence its claims' speakers and its mentions in order. The
    /// first speaker of a sentence is mostly its main clause's subject, the
    /// later ones speak inside what that one said ("Its lawyer, Hugh Ray,
    /// told the court that Yukos had claimed …. He said …" is the lawyer).
    fn antecedent(
        &self,
        token: usize,
        sentence: usize,
        fits: impl Fn(&Entity) -> bool,
        pronoun: &str,
    ) -> Option<usize> {
        let same_pronoun = |s: usize| {
            in_sentence(&self.pronouns, s, |p| p.0)
                .iter()
                .rev()
                .take(ANTECEDENT_CANDIDATES)
                .find(|(_, p, _)| p == pronoun)
                .map(|&(_, _, id)| id)
        };
        let mentions_in = |s: usize| in_sentence(&self.mentions, s, |m| m.sentence).iter().take(ANTECEDENT_CANDIDATES);
        if let Some(id) = same_pronoun(sentence) {
            return Some(id);
        }
        // "Campaigning against Mitt Romney, he barely mentioned …": in the
        // pronoun's own sentence a preposition's object is an antecedent
        // only when nothing earlier fits (the last resort below).
        if let Some(m) = mentions_in(sentence).find(|m| m.token < token && !m.object && fits(&self.entities[m.entity]))
        {
            return Some(m.entity);
        }
        for s in (sentence.saturating_sub(6)..sentence).rev() {
            let speakers = in_sentence(&self.speakers, s, |sp| sp.0);
            if let Some(&(_, id)) =
                speakers.iter().take(ANTECEDENT_CANDIDATES).find(|(_, id)| fits(&self.entities[*id]))
            {
                return Some(id);
            }
            if let Some(id) = same_pronoun(s) {
                return Some(id);
            }
            if let Some(m) = mentions_in(s).find(|m| fits(&self.entities[m.entity])) {
                return Some(m.entity);
            }
        }
        let before = self.mentions.partition_point(|m| m.token < token);
        self.mentions[..before]
            .iter()
            .rev()
            .take(ANTECEDENT_CANDIDATES)
            .find(|m| fits(&self.entities[m.entity]))
            .map(|m| m.entity)
    }

    /// The entity that spoke last within [`SPEAKER_REACH_SENTENCES`] up to
    /// sentence `sentence` (a claim of it earlier in that sentence included)
    /// and `fits`.
    fn last_speaker(&self, sentence: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        (sentence.saturating_sub(SPEAKER_REACH_SENTENCES)..=sentence)
            .rev()
            .flat_map(|s| in_sentence(&self.speakers, s, |sp| sp.0).iter().rev())
            .map(|&(_, id)| id)
            .find(|&id| fits(&self.entities[id]))
    }

    /// A definite description ("the minister", "the company"): the most
    /// recent entity whose role or name contains its head noun, and a
    /// person if the noun is an office, an organisation if it names one: a
    /// person's role may name an organisation ("a spokeswoman for the
    /// company"), which the company is not.
    fn resolve_description(&mut self, doc: &Doc, phrase: &SpeakerPhrase, sentence: usize) -> Resolved {
        let head = strip_possessive(doc.low(phrase.head_last - 1)).to_string();
        let organization = lexicon::is_organization_word(&head);
        let kind = if lexicon::is_title_word(&head) || lexicon::is_anaphoric_noun(&head) && !organization {
            Some(SpeakerKind::Person)
        } else if organization {
            Some(SpeakerKind::Organization)
        } else {
            None
        };
        let qualifiers: Vec<(&str, bool)> = (phrase.first..phrase.head_last - 1)
            .filter(|&t| !lexicon::is_function_word(doc.low_bare(t)))
            .map(|t| (doc.low_bare(t), doc.is_capitalized(t)))
            .collect();
        let fits = |e: &Entity, strictly: bool| {
            let role_names_it =
                e.role.as_ref().is_some_and(|role| role_holds_office(role, &head, &qualifiers, strictly));
            // "A spokesman for the board said …. The spokesman added …": an
            // unnamed person is the description that repeats their noun and
            // its qualifiers (a capitalised one may be left out unless
            // `strictly`: "the BPI spokesman" for "a spokesman for the
            // British Phonographic Industry"; "the police spokesman" is no
            // other spokesman).
            let possessive_or_plural = ['\'', '’', 's'];
            let same = |a: &str, b: &str| {
                a.trim_end_matches(possessive_or_plural).eq_ignore_ascii_case(b.trim_end_matches(possessive_or_plural))
            };
            let named_in = |word: &str| e.name.split(' ').any(|w| same(w, word));
            // The unnamed phrase's own noun: its last word before any
            // complement ("spokesman" in "a spokesman for the board", not
            // "minister" in "the prime minister's official spokesman").
            let noun = || {
                e.name
                    .split(' ')
                    .take_while(|w| !lexicon::is_complement_preposition(w))
                    .last()
                    .is_some_and(|w| same(w, &head))
            };
            let unnamed_person = kind == Some(SpeakerKind::Person)
                && e.kind == SpeakerKind::Unnamed
                && noun()
                && qualifiers.iter().all(|&(q, capitalized)| named_in(q) || !strictly && capitalized);
            unnamed_person
                || kind.is_none_or(|kind| e.kind == kind)
                    && (role_names_it || e.parts.iter().any(|part| **part == *head))
        };
        // "Yukos said … The company added …": a kind of organisation
        // ("the company", "the airline") names no one by itself, so it is
        // the organisation that spoke last, one "it" could stand for, unless
        // that is a news medium the article cites ("…, the BBC reported").
        let generic_organization = lexicon::is_kind_of_organization(&head)
            && phrase.head_last == phrase.first + 2
            && doc.low(phrase.first) == "the";
        let found = if lexicon::is_age_description(&head) {
            // "The 31-year-old admitted …": an age describes the person the
            // text is about, found as "he" or "she" would be, among those
            // shown to be people by a gender, a role or a claim of their own
            // (a name of two words may be a place or an event: "Northern
            // Ireland", "French Open").
            let shown_a_person = |e: &Entity| {
                e.kind == SpeakerKind::Person && (e.gender != Gender::Unknown || e.role.is_some() || e.spoke)
            };
            self.antecedent(phrase.first, sentence, shown_a_person, "")
        } else {
            self.antecedent(phrase.first, sentence, |e| fits(e, true), "")
                .or_else(|| self.antecedent(phrase.first, sentence, |e| fits(e, false), ""))
                .or_else(|| {
                    let not_a_medium = |e: &Entity| !lexicon::is_news_organization(&e.name.to_lowercase());
                    generic_organization
                        .then(|| self.last_speaker(sentence, |e| may_be_called_it(e) && not_a_medium(e)))
                        .flatten()
                })
        };
        match found {
            Some(id) => self.entity_speaker(id),
            None => Resolved { name: unnamed_text(doc, phrase), role: None, kind: SpeakerKind::Unnamed, entity: None },
        }
    }
}

/// How many sentences back a kind of organisation ("the company") looks
/// for the organisation that spoke.
const SPEAKER_REACH_SENTENCES: usize = 6;

/// How many tokens after a name a "who" opens a relative clause about it
/// ("Staunton, 49, who …").
const RELATIVE_REACH: usize = 5;

/// True when a role is the office a description names by its head noun and
/// qualifiers (lowercase, with whether they were capitalised): "the deputy
/// prime minister", "the Tory leader" need those words in the role, or any
/// minister would do, and "the president" is no vice president. Unless
/// `strictly`, a name qualifying the office ("the Chester chairman") may be
/// left out of a bare title ("Chairman Steve Vaughan") but not contradict
/// the role's own ("Labour leader Tony Blair"), and a nationality may be
/// left out of any ("the Indonesian economics minister").
fn role_holds_office(role: &str, head: &str, qualifiers: &[(&str, bool)], strictly: bool) -> bool {
    let role = role.to_ascii_lowercase();
    let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    let bare_title = words.iter().all(|w| *w == head || lexicon::is_function_word(w));
    words.contains(&head)
        && !rank_unsaid(&words, head, qualifiers)
        && qualifiers.iter().all(|&(q, capitalized)| {
            words.contains(&q) || !strictly && (looks_like_demonym(q) || capitalized && bare_title)
        })
}

/// True when a rank stands anywhere before `head` in the lowercase `words`
/// of a role ("Deputy Prime Minister", "Tory shadow chancellor") that the
/// description's qualifiers do not say: "the prime minister" is not the
/// deputy, "the chancellor" not the shadow one.
fn rank_unsaid(words: &[&str], head: &str, qualifiers: &[(&str, bool)]) -> bool {
    let Some(at) = words.iter().position(|w| *w == head) else {
        return false;
    };
    words[..at].iter().any(|w| {
        matches!(*w, "vice" | "deputy" | "assistant" | "former" | "ex" | "acting" | "associate" | "shadow")
            && !qualifiers.iter().any(|&(q, _)| q == *w)
    })
}

/// The role written before a name outside a report ("Tory leader Michael
/// Howard spoke"), when it reads as one (see [`is_plain_role`]).
fn preposed_role(doc: &Doc, name_first: usize, sentence_first: usize) -> Option<(usize, usize)> {
    let mut start = extend_role_backwards(doc, name_first, sentence_first);
    // "former secretary of state Hillary Clinton": "of" joins a role's words.
    if start > sentence_first + 1 && doc.low(start - 1) == "of" {
        start = extend_role_backwards(doc, start - 1, sentence_first);
        if doc.low(start) == "of" {
            return None;
        }
    }
    // After "to" or a gerund the plain words before an office are the
    // sentence's verb ("to emulate rival …", "after beating rival …"), not
    // its modifiers ("agriculture minister").
    let opens_with_verb = |start: usize| {
        let w = doc.low(start);
        start > sentence_first && doc.low(start - 1) == "to" || lexicon::is_verb_participle(w)
    };
    while start < name_first && !doc.is_capitalized(start) && !is_office_word(doc.low(start)) && opens_with_verb(start)
    {
        start += 1;
    }
    (start < name_first && is_plain_role(doc, start, name_first)).then_some((start, name_first))
}

/// The role an appositive after a name describes ("Ada Finch, the harbour
/// minister, arrived"), so that a later "the minister said" finds her.
/// Away from a verb of saying nothing bounds the appositive but its commas,
/// so only a plain one is taken: closed by a comma or the sentence's end,
/// opened by a determiner, a possessive or a lowercase word of office, and
/// plain ([`is_plain_role`]): "Ada Finch, the minister said" is a report,
/// "Ada Finch, Jr. was" no appositive, and "the nominee, because of …" runs
/// past the role.
fn described_role(doc: &Doc, name_end: usize) -> Option<(usize, usize)> {
    let limit = doc.sentences[doc.sentence_of[name_end.min(doc.tokens.len() - 1)]].last;
    let (role, end) = appositive_role(doc, name_end, limit)?;
    let (first, last) = role?;
    let closed = end < doc.tokens.len() && (doc.is(end, ",") || doc.is_terminal(end));
    let opens_plainly = matches!(doc.low(first), "a" | "an" | "the")
        || doc.is_possessive(first)
        || is_office_word(doc.low(first)) && !doc.is_capitalized(first);
    (closed && opens_plainly && is_plain_role(doc, first, last)).then_some((first, last))
}

/// True for a word of office or occupation ("minister", "candidate",
/// "former").
fn is_office_word(w: &str) -> bool {
    w != "of" && (lexicon::is_role_word(w) || lexicon::is_title_word(w))
}

/// True when tokens `first..last`, read away from any verb of saying, are a
/// role that an entity may keep for all its mentions: a word of office or
/// occupation, and no verb, clause or comma of their own, which would show
/// a sentence's words taken for a role ("reporter Matt Flegenheimer
/// conflated Republican presidential candidate Ted Cruz").
fn is_plain_role(doc: &Doc, first: usize, last: usize) -> bool {
    let plain = (first..last).all(|t| {
        let w = doc.low(t);
        !doc.is(t, ",")
            // "champion" is a verb too, but before a name an office.
            && (!lexicon::looks_like_verb(w) || lexicon::is_title_word(w))
            && !lexicon::is_finite_auxiliary(w)
            && !lexicon::is_relative_pronoun(w)
            && w != "whose"
            && !lexicon::is_verb_participle(w)
    });
    // A role ends with its noun: "top" or "Republican" alone modify one
    // that is missing.
    let ends_with_a_noun = !matches!(
        doc.low(last - 1),
        "top"
            | "former"
            | "senior"
            | "presidential"
            | "political"
            | "national"
            | "economic"
            | "foreign"
            | "deputy"
            | "vice"
            | "republican"
            | "democratic"
            | "gop"
            | "of"
            | "fellow"
    );
    plain && ends_with_a_noun && (first..last).any(|t| is_office_word(doc.low(t)))
}

/// The capitalised single words (lowercased) that the article writes as an
/// organisation's name: owning what only a business owns ("Yukos's
/// shares", "Google's profits"), having members, staff or shareholders
/// ("chief executive of Yukos", "an analyst at Gartner", "a stake in
/// Barclays", "Yukos boss"), described as a business ("US aircraft firm
/// Boeing") or taking "which" ("Euronext, which …"). One pass over the
/// tokens, each looked at with its neighbours only.
fn organization_names(doc: &Doc) -> HashSet<String> {
    let n = doc.tokens.len();
    let mut names = HashSet::new();
    for i in 0..n {
        if !doc.is_name_word(i) {
            continue;
        }
        // "Yukos's chief executive", "Fiat chief executive Sergio …".
        let chief_executive_after = i + 2 < n && doc.low(i + 1) == "chief" && doc.low(i + 2) == "executive";
        let owns_business = doc.is_possessive(i)
            && i + 1 < n
            && (lexicon::is_business_possession(doc.low(i + 1)) || chief_executive_after);
        let plain = !doc.is_possessive(i);
        let has_members = plain
            && i >= 2
            && match doc.low(i - 1) {
                "of" | "at" => lexicon::is_member_of_organization(doc.low(i - 2)),
                "in" => matches!(doc.low(i - 2), "stake" | "stakes" | "shares" | "shareholders" | "shareholder"),
                _ => false,
            };
        let members_after =
            plain && i + 1 < n && (lexicon::is_business_member_after_name(doc.low(i + 1)) || chief_executive_after);
        let described = i >= 1
            && doc.is_word(i - 1)
            && !doc.is_capitalized(i - 1)
            && (lexicon::is_business_descriptor(doc.low(i - 1)) || lexicon::is_organization_word(doc.low(i - 1)));
        let takes_which = i + 2 < n && doc.is(i + 1, ",") && doc.low(i + 2) == "which";
        if owns_business || has_members || members_after || described || takes_which {
            names.insert(doc.low_bare(i).to_string());
        }
    }
    names
}

/// Whether a role holds a title written before a given name alone
/// ("Prince", "Crown Prince", "Queen").
fn titles_a_given_name(role: &str) -> bool {
    role.split(' ').any(|word| lexicon::is_given_name_title(&word.to_lowercase()))
}

/// True for a person with a name of several words, whose single words
/// ("Takaichi") may stand for the whole name.
fn is_multi_word_person(kind: SpeakerKind, parts: &[Rc<str>]) -> bool {
    kind == SpeakerKind::Person && parts.len() > 1
}

/// The lowercase parts of the name in tokens `first..last`, without
/// possessive endings.
fn name_parts(doc: &Doc, first: usize, last: usize) -> Vec<Rc<str>> {
    (first..last).map(|t| Rc::from(strip_possessive(doc.low(t)))).collect()
}

/// The text of name tokens `first..last`, without a final possessive,
/// unless a verb of saying that is never a noun follows it, which makes
/// it the name's own ("McDonald's said").
fn name_text(doc: &Doc, first: usize, last: usize) -> String {
    let text = doc.slice(first, last);
    if last < doc.tokens.len() && lexicon::is_verb_only_after_possessive(doc.low(last)) {
        return text.to_string();
    }
    let plural_possessive = |apostrophe: char| text.strip_suffix(apostrophe).filter(|name| name.ends_with(['s', 'S']));
    text.strip_suffix("’s")
        .or_else(|| text.strip_suffix("'s"))
        .or_else(|| plural_possessive('’'))
        .or_else(|| plural_possessive('\''))
        .unwrap_or(text)
        .to_string()
}

/// The gender of the one person an unnamed source names ("a spokeswoman
/// for the council", "an official", "the company's lawyer"), as far as its
/// head noun shows it; `None` when the phrase names no single person ("a
/// report", "officials", "the firm"). Such a speaker is an entity without a
/// name, so that "He added …" after "a spokesman for the ballet said …"
/// is the spokesman's, not the last person the article named.
fn unnamed_person_gender(doc: &Doc, phrase: &SpeakerPhrase) -> Option<Gender> {
    let head = head_before_complement(doc, phrase.first, unnamed_end(doc, phrase))?;
    // "the Tory spokesman", "the TV host" mostly name again someone the
    // article named, which descriptions resolve; "the band's spokesman"
    // is someone else.
    let possessed = (phrase.first + 1..head).any(|j| doc.is_possessive(j));
    let indefinite = matches!(doc.low(phrase.first), "a" | "an") || doc.low(phrase.first) == "the" && possessed;
    let w = doc.low(head);
    (indefinite && (lexicon::is_title_word(w) || lexicon::is_person_noun(w))).then(|| gender_of_word(w))
}

/// An unnamed source's phrase, lowercased at a sentence start ("Analysts" →
/// "analysts"), without what follows its head after a comma: the role
/// ("an official, a spokesman for the port" → "an official") or an aside
/// ("the administration, in an effort to …, said" → "the administration").
fn unnamed_text(doc: &Doc, phrase: &SpeakerPhrase) -> String {
    let text = doc.slice(phrase.first, unnamed_end(doc, phrase));
    let first = phrase.first;
    // Inside a sentence a capital is the word's own ("that Republicans
    // said"); only a function word keeps its headline capital there. At a
    // sentence start, so is a party's or a people's ("Democrats",
    // "Americans"), not a common noun's ("Analysts", or "Companies" that
    // the article writes in lowercase elsewhere).
    let opens_sentence = doc.next_word(doc.sentences[doc.sentence_of[first]].first) == first;
    let w = doc.low(first);
    let own_capital = matches!(w, "democrats" | "tories") || w.ends_with("ans");
    // An abbreviation keeps its capitals ("U.S. officials"), and so does
    // its plural ("MPs").
    let word = doc.word(first);
    let letters = || word.strip_suffix('s').unwrap_or(word).chars().filter(|c| c.is_alphabetic());
    let abbreviation = letters().count() >= 2 && letters().all(char::is_uppercase);
    // Nor does an honorific ("Mr. Autor and his colleagues").
    if doc.is_capitalized(first)
        && !abbreviation
        && !lexicon::is_honorific(w)
        && (lexicon::is_function_word(w)
            || opens_sentence
                && (lexicon::is_unnamed_source_noun(w)
                    || !doc.is_name_word(first) && w.ends_with('s') && !doc.is_possessive(first))
                && !own_capital
            || lexicon::is_determiner(w))
    {
        let mut chars = text.chars();
        let c = chars.next().map(|c| c.to_lowercase().collect::<String>()).unwrap_or_default();
        return c + chars.as_str();
    }
    text.to_string()
}

/// The person a phrase read as an unnamed source names after all: its
/// appositive ("the assailant, John McGraw, told …", "his wife, Jane, said
/// …"), with the unnamed words as the role; or its own words before an
/// aside ("Charlie King, a former director of the party, said …"), with
/// the aside as the role when it reads as one. `None` when neither is a
/// name.
fn named_after_all(doc: &Doc, phrase: &SpeakerPhrase) -> Option<SpeakerPhrase> {
    if let Some((role_first, role_last)) = phrase.role {
        let name = one_name_starting_at(doc, role_first, role_last)?;
        return Some(SpeakerPhrase {
            first: phrase.first,
            last: phrase.last,
            role: Some((phrase.first, role_first)),
            ..name
        });
    }
    let end = unnamed_end(doc, phrase);
    if end == phrase.last {
        return None;
    }
    let name = one_name_starting_at(doc, phrase.first, end).filter(|name| name.last == end)?;
    let aside = end + 1;
    let role = (aside < phrase.last && looks_like_role(doc, aside, phrase.last)).then_some((aside, phrase.last));
    Some(SpeakerPhrase { last: phrase.last, role, ..name })
}

/// An organisation named at the end of what read as an unnamed source,
/// after words that describe it: "research firm Gartner", "technology
/// analysts TDG Research", "consultancy Deloitte". The description, ending
/// in an organisation's noun or a plural of people, is the role.
fn organization_after_its_description(doc: &Doc, phrase: &SpeakerPhrase) -> Option<SpeakerPhrase> {
    let end = unnamed_end(doc, phrase);
    let name_first = (phrase.first..end).rev().take_while(|&t| doc.is_name_word(t)).last()?;
    let noun = name_first.checked_sub(1).filter(|&t| t >= phrase.first)?;
    let w = doc.low(noun);
    let describes_a_body = !doc.is_capitalized(noun)
        && (lexicon::is_organization_word(w)
            || lexicon::is_business_descriptor(w)
            || w.ends_with('s') && lexicon::is_unnamed_source_noun(w));
    if !describes_a_body {
        return None;
    }
    let name = phrase_starting_at(doc, name_first, end).filter(|name| {
        matches!(name.form, PhraseForm::Name | PhraseForm::Organization)
            && name.last == end
            && (name_first..end).all(|t| !matches!(doc.low(t), "and" | "&"))
    })?;
    // "research from technology analysts Gartner": the role is what
    // describes the name, after the document's preposition.
    let role_first = (phrase.first..noun)
        .rev()
        .find(|&t| matches!(doc.low(t), "from" | "by" | "of"))
        .map_or(phrase.first, |t| t + 1);
    Some(SpeakerPhrase { first: phrase.first, last: phrase.last, role: Some((role_first, name_first)), ..name })
}

/// Where an unnamed source's own words end: before the comma that opens
/// its role, or before a comma followed by a word that opens an aside (a
/// preposition, a participle, a relative pronoun). A comma in a list of
/// groups ("Democrats, Republicans and independents") stays.
fn unnamed_end(doc: &Doc, phrase: &SpeakerPhrase) -> usize {
    let before_commas = |mut end: usize| {
        while end > phrase.first + 1 && doc.is(end - 1, ",") {
            end -= 1;
        }
        end
    };
    if let Some((role_first, _)) = phrase.role.filter(|&(role_first, _)| role_first > phrase.first + 1) {
        return before_commas(role_first);
    }
    let opens_aside = |j: usize| {
        let w = doc.low(j);
        lexicon::ends_no_noun_phrase(w)
            || matches!(w, "who" | "whose" | "which")
            || !doc.is_capitalized(j) && (w.ends_with("ing") || w.ends_with("ed"))
    };
    (phrase.first + 1..phrase.last.saturating_sub(1))
        .find(|&j| doc.is(j, ",") && opens_aside(j + 1))
        .map_or(phrase.last, before_commas)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_word(name: &str) -> Entity {
        Entity {
            name: name.to_string(),
            parts: vec![Rc::from(name.to_lowercase().as_str())],
            kind: SpeakerKind::Person,
            role: None,
            gender: Gender::Unknown,
            spoke: false,
        }
    }

    #[test]
    fn it_may_be_a_one_word_name_but_no_people_plural_or_person() {
        assert!(may_be_called_it(&one_word("Monsanto")));
        for name in ["Russians", "Dutch", "PACs", "Mary"] {
            assert!(!may_be_called_it(&one_word(name)), "{name}");
        }
        let finch = Entity { gender: Gender::Male, ..one_word("Finch") };
        assert!(!may_be_called_it(&finch), "a man");
        let reyes = Entity { role: Some("mayor".to_string()), ..one_word("Reyes") };
        assert!(!may_be_called_it(&reyes), "a role");
    }

    #[test]
    fn he_or_she_may_be_someone_shown_a_person_but_not_a_lone_capitalised_word() {
        assert!(!may_be_called_he_or_she(&one_word("Wippit")));
        assert!(may_be_called_he_or_she(&Entity { gender: Gender::Female, ..one_word("Finch") }));
        assert!(may_be_called_he_or_she(&Entity { role: Some("mayor".to_string()), ..one_word("Reyes") }));
        let spokesman = Entity { kind: SpeakerKind::Unnamed, parts: Vec::new(), ..one_word("a spokesman") };
        assert!(may_be_called_he_or_she(&spokesman));
        let company = Entity { kind: SpeakerKind::Organization, ..one_word("Monsanto") };
        assert!(!may_be_called_he_or_she(&company));
    }
}
