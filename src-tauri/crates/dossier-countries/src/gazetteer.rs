//! The gazetteer compiled into the binary: the generated data files under
//! `data/` (see `scripts/gazetteer/`), parsed once into a static with the
//! trie that finds the longest name starting at a word.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::trie::PrefixTrie;
use crate::Country;

const COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");
const NAMES_TSV: &str = include_str!("../data/names.tsv");

/// What kind of name a mention is; decides how strongly it stands for its
/// country and which disambiguation rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// The country's name or one of its aliases ("Japan", "the States").
    Country,
    /// A demonym or nationality noun ("Japanese", "Americans").
    Demonym,
    /// The capital, usually a metonym for the government ("Beijing").
    Capital,
    /// A building, body or university standing for the country ("the Kremlin").
    Institution,
    /// A first-level subdivision or well-known region ("Ohio", "Bavaria").
    Region,
    /// A US county or parish ("Laurel County").
    County,
    /// A city above the generator's population threshold.
    City,
    /// A postal or AP abbreviation of a state or province ("Ky.").
    Abbreviation,
    /// A person in office for the country at the article's date ("Xi Jinping").
    Leader,
}

impl MentionKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "capital" => MentionKind::Capital,
            "institution" => MentionKind::Institution,
            "region" => MentionKind::Region,
            "county" => MentionKind::County,
            "city" => MentionKind::City,
            "abbreviation" => MentionKind::Abbreviation,
            _ => return None,
        })
    }
}

/// The period a leader held the office that makes the name stand for a country.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

impl Term {
    /// Whether the term covers `date`; an undated text accepts any term.
    pub fn covers(&self, date: Option<NaiveDate>) -> bool {
        match date {
            None => true,
            Some(d) => d >= self.from && self.to.is_none_or(|to| d <= to),
        }
    }
}

/// One country a name may stand for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    /// Index into [`Gazetteer::countries`].
    pub country: u16,
    pub kind: MentionKind,
    /// Prior importance (population, or a share of it) used when context
    /// does not decide between candidates.
    pub weight: u64,
    /// Only for leaders: when the name stands for the country.
    pub term: Option<Term>,
}

/// One spelling of a name, with the rules that apply to it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Form {
    pub surface: &'static str,
    /// The name is also a common lowercase English word ("Mobile", "Reading").
    pub common_word: bool,
    /// The name is also a common given name or surname ("Jordan", "Paris").
    pub person_like: bool,
    /// The name is also a common US given name or surname ("David",
    /// "Marshall"): alone in an article it is more likely a person.
    pub name_like: bool,
    /// A phrase that names no country and hides its parts ("Latin America").
    pub blocker: bool,
    pub candidates: Vec<Candidate>,
}

/// The compiled gazetteer.
pub(crate) struct Gazetteer {
    pub countries: &'static [Country],
    /// Per trie key: every spelling that lowercases (ASCII) to it.
    pub entries: Vec<Vec<Form>>,
    /// The keys of `entries`: the longest name at a position, ASCII
    /// case-insensitively, as its index into `entries`.
    pub names: PrefixTrie,
    /// First words (lowercase) of names that start lowercase ("the"), by
    /// their first byte: a few dozen, checked for many lowercase words of
    /// every text. A word is compared only with the few of its first byte
    /// ("the", "thi" for "t"), and an empty bucket skips it at once. (A
    /// list compared against each in turn showed in profiles; a hash set
    /// was fast only when its lookup happened to be inlined into the scan.)
    lowercase_starts: Vec<Vec<&'static str>>,
}

/// The gazetteer, parsed on first use.
pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The countries and their names alone, for lookups ("JP", "Japan",
/// "Japanese") and pickers. Kept apart from [`GAZETTEER`] so that a country
/// filter or a type-ahead list does not pay for building the text matcher.
pub(crate) struct CountryTable {
    pub countries: Vec<Country>,
    populations: Vec<u64>,
    lookup: HashMap<String, u16>,
}

/// The country table, parsed on first use.
pub(crate) static COUNTRY_TABLE: LazyLock<CountryTable> = LazyLock::new(CountryTable::load);

impl CountryTable {
    fn load() -> CountryTable {
        let mut countries = Vec::new();
        let mut populations = Vec::new();
        for line in COUNTRIES_TSV.lines() {
            let Some([code, _iso3, name, population, aliases, demonyms]) = tab_fields(line) else {
                panic!("data/countries.tsv: malformed line {line:?}");
            };
            countries.push(Country { code, name, aliases: leak_list(aliases), demonyms: leak_list(demonyms) });
            populations.push(population.parse::<u64>().unwrap_or(0));
        }
        let mut lookup = HashMap::new();
        for (index, country) in countries.iter().enumerate() {
            let names = [country.code, country.name].into_iter();
            for name in names.chain(country.aliases.iter().copied()).chain(country.demonyms.iter().copied()) {
                lookup.entry(name.to_lowercase()).or_insert(index as u16);
            }
        }
        CountryTable { countries, populations, lookup }
    }

    /// The country a code, name, alias or demonym names, case-insensitively.
    pub fn lookup(&self, input: &str) -> Option<&Country> {
        let key = input.trim().to_lowercase();
        let key = key.strip_prefix("the ").unwrap_or(&key);
        self.lookup.get(key).or_else(|| self.lookup.get(&format!("the {key}"))).map(|&i| &self.countries[i as usize])
    }
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let table = &*COUNTRY_TABLE;
        let (countries, populations) = (&table.countries[..], &table.populations);
        let by_code: FxHashMap<&'static str, u16> =
            countries.iter().enumerate().map(|(i, c)| (c.code, i as u16)).collect();

        let mut builder = EntryBuilder::default();
        for (index, country) in countries.iter().enumerate() {
            let weight = populations[index].max(1);
            for name in std::iter::once(&country.name).chain(country.aliases) {
                builder.add(name, candidate(index, MentionKind::Country, weight, None));
            }
            for demonym in country.demonyms {
                builder.add(demonym, candidate(index, MentionKind::Demonym, weight, None));
            }
        }
        for line in NAMES_TSV.lines() {
            let Some([surface, code, kind, weight, flags]) = tab_fields(line) else {
                panic!("data/names.tsv: malformed line {line:?}");
            };
            let form = builder.form(surface);
            form.common_word |= flags.contains('w');
            form.person_like |= flags.contains('p');
            form.name_like |= flags.contains('n');
            match kind {
                "blocker" => {
                    form.blocker = true;
                    continue;
                }
                "flags" => continue,
                _ => {}
            }
            let (Some(&country), Some(kind)) = (by_code.get(code), MentionKind::parse(kind)) else {
                panic!("data/names.tsv: unknown code or kind in {line:?}");
            };
            let weight = weight.parse::<u64>().unwrap_or(0);
            form.candidates.push(candidate(country as usize, kind, weight, None));
        }
        for row in crate::offices::ROWS.iter() {
            let Some(&country) = by_code.get(row.holder.code) else {
                panic!("data/office_holders.tsv: unknown code {} for {}", row.holder.code, row.holder.name);
            };
            for name in &row.names {
                let weight = populations[country as usize];
                builder.add(name, candidate(country as usize, MentionKind::Leader, weight, Some(row.term)));
            }
        }

        let (keys, entries) = builder.finish();
        let mut lowercase_starts: Vec<Vec<&'static str>> = vec![Vec::new(); 256];
        let first_words = entries
            .iter()
            .flatten()
            .filter(|form| form.surface.starts_with(char::is_lowercase))
            .filter_map(|form| form.surface.split(' ').next());
        for word in first_words {
            let bucket = &mut lowercase_starts[usize::from(word.as_bytes()[0])];
            if !bucket.contains(&word) {
                bucket.push(word);
            }
        }
        let names = PrefixTrie::build(&keys);
        Gazetteer { countries, entries, names, lowercase_starts }
    }

    /// Whether a word starting with this byte may begin a lowercase name.
    pub fn may_start_lowercase_name(&self, first_byte: u8) -> bool {
        !self.lowercase_starts[usize::from(first_byte)].is_empty()
    }

    /// Whether a lowercase word may begin a name ("the" of "the Kremlin").
    pub fn starts_lowercase_name(&self, word: &str) -> bool {
        word.as_bytes().first().is_some_and(|&b| self.lowercase_starts[usize::from(b)].contains(&word))
    }
}

fn candidate(country: usize, kind: MentionKind, weight: u64, term: Option<Term>) -> Candidate {
    Candidate { country: country as u16, kind, weight, term }
}

/// Splits a line of the static data into its `N` tab-separated fields;
/// `None` when it has another number of fields.
pub(crate) fn tab_fields<const N: usize>(line: &'static str) -> Option<[&'static str; N]> {
    let mut parts = line.split('\t');
    let mut fields = [""; N];
    for field in &mut fields {
        *field = parts.next()?;
    }
    parts.next().is_none().then_some(fields)
}

/// Splits a `|`-separated list of the static data into a leaked slice: the
/// gazetteer lives for the whole program, so this happens once per country.
fn leak_list(field: &'static str) -> &'static [&'static str] {
    let items: Vec<&'static str> = field.split('|').filter(|s| !s.is_empty()).collect();
    Box::leak(items.into_boxed_slice())
}

/// Groups spellings under their ASCII-lowercased trie key.
#[derive(Default)]
struct EntryBuilder {
    /// Each key's index in `entries`. Fx hashing: the keys are our own data,
    /// so SipHash's resistance to crafted keys bought nothing and cost a
    /// sixth of the gazetteer's build time.
    index: FxHashMap<String, usize>,
    /// Most keys have one spelling and most spellings one candidate, so
    /// their vectors start with room for one rather than Rust's default
    /// four: the gazetteer takes less memory and builds faster.
    entries: Vec<Vec<Form>>,
    /// The key being looked up, reused so that a lookup allocates nothing.
    lowercase: String,
}

impl EntryBuilder {
    fn form(&mut self, surface: &'static str) -> &mut Form {
        self.lowercase.clear();
        self.lowercase.push_str(surface);
        self.lowercase.make_ascii_lowercase();
        let slot = match self.index.get(&self.lowercase) {
            Some(&slot) => slot,
            None => {
                self.index.insert(self.lowercase.clone(), self.entries.len());
                self.entries.push(Vec::with_capacity(1));
                self.entries.len() - 1
            }
        };
        let forms = &mut self.entries[slot];
        let position = match forms.iter().position(|f| f.surface == surface) {
            Some(p) => p,
            None => {
                forms.push(Form { surface, candidates: Vec::with_capacity(1), ..Form::default() });
                forms.len() - 1
            }
        };
        &mut forms[position]
    }

    fn add(&mut self, surface: &'static str, candidate: Candidate) {
        self.form(surface).candidates.push(candidate);
    }

    /// The keys, in the order of the entries, and the entries.
    fn finish(self) -> (Vec<String>, Vec<Vec<Form>>) {
        let mut keys = vec![String::new(); self.entries.len()];
        for (key, slot) in self.index {
            keys[slot] = key;
        }
        (keys, self.entries)
    }
}
