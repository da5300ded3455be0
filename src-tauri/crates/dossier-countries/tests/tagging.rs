//! Behaviour of the public tagger on sentences written for these tests: one
//! test per disambiguation rule, per tag source, leaders by date, lookup.

use chrono::NaiveDate;
use dossier_countries::{
    all_countries, find_mentions, flag, lookup, tag_article, ClaimSpan, MentionKind, Tag, TagSource,
};

/// The codes `find_mentions` gives, in text order, with their words.
fn mentions(text: &str) -> Vec<(&'static str, String)> {
    mentions_on(text, None)
}

fn mentions_on(text: &str, date: Option<NaiveDate>) -> Vec<(&'static str, String)> {
    find_mentions(text, date).into_iter().map(|m| (m.code, text[m.start..m.end].to_string())).collect()
}

fn codes(text: &str) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = mentions(text).into_iter().map(|(c, _)| c).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn names_variants_and_demonyms_map_to_their_country() {
    let text = "The U.S. and the UK met Japanese, South Korean and Chinese envoys; America, Britain \
                and the Republic of Korea signed, as did Türkiye and Turkey's neighbours.";
    assert_eq!(codes(text), ["CN", "GB", "JP", "KR", "TR", "US"]);
    assert_eq!(codes("Officials in the States and the USA disagreed."), ["US"]);
}

#[test]
fn capitals_and_institutions_stand_for_their_country() {
    let text = "The Kremlin, the White House and Downing Street reacted, as did Beijing and Tokyo.";
    assert_eq!(codes(text), ["CN", "GB", "JP", "RU", "US"]);
    assert_eq!(codes("A researcher at Fudan University disagreed."), ["CN"]);
}

#[test]
fn subdivisions_and_cities_count_as_their_country() {
    assert_eq!(codes("Storms hit Ohio and Kentucky before reaching Toronto and Ontario."), ["CA", "US"]);
    // Alone, "Ontario" is the province, not the Californian city.
    assert_eq!(codes("Ontario raised its minimum wage."), ["CA"]);
    assert_eq!(codes("Factories in Guangdong and Sichuan slowed."), ["CN"]);
    assert_eq!(codes("Flooding closed roads in Laurel County."), ["US"]);
}

#[test]
fn regions_and_bodies_named_after_others_are_read_whole() {
    // New England is a US region, not England; "the Duma" is Russia's
    // parliament, not the Syrian town; "the Gulf" names no one country.
    assert_eq!(codes("Snow blanketed New England on Sunday."), ["US"]);
    assert_eq!(codes("England beat Wales at Twickenham."), ["GB"]);
    assert_eq!(codes("The Duma passed the bill on Friday."), ["RU"]);
    assert!(codes("Tankers crossed the Gulf at night.").is_empty());
    assert_eq!(codes("Gulf states met in Riyadh."), ["SA"]);
}

#[test]
fn georgia_the_state_is_not_the_country() {
    let state = "Flights from Atlanta to Savannah were cancelled as storms crossed Georgia.";
    assert_eq!(codes(state), ["US"]);
    let country = "Russian troops left Georgia, and officials in Tbilisi welcomed the move.";
    assert!(codes(country).contains(&"GE"));
}

#[test]
fn jordan_the_person_is_not_the_country() {
    assert!(codes("Michael Jordan scored 40 points on Sunday.").is_empty());
    assert!(codes("Jordan Peterson spoke to students in a packed hall.").is_empty());
    assert!(codes("Coach Jordan Baker praised the team. Later Jordan said the season was long.").is_empty());
    assert_eq!(codes("King Abdullah of Jordan met officials in Amman."), ["JO"]);
}

#[test]
fn turkey_the_bird_and_china_the_porcelain_are_not_countries() {
    assert!(codes("We ate turkey and stuffing.").is_empty());
    assert!(codes("Turkey dinner was served at noon.").is_empty());
    assert!(codes("She kept the good china in a cabinet. China cabinets are heavy.").is_empty());
    assert_eq!(codes("Turkey closed its border while China protested."), ["CN", "TR"]);
}

#[test]
fn an_article_before_a_place_is_not_a_given_name() {
    // "A" and "An" at a sentence start are no given names before a surname.
    assert_eq!(codes("A Georgia man won the lottery."), ["US"]);
    assert_eq!(codes("A Lancaster woman was hurt in a crash in Blackpool."), ["GB"]);
    assert!(codes("A Jordan Smith won.").is_empty());
}

#[test]
fn a_surname_that_is_also_a_small_town_still_makes_a_given_name() {
    // "Walker" and "Jackson" are US towns, but after "Chad" or "Paris"
    // they are surnames; a state or a county abbreviation stays a place.
    assert!(codes("Officers Ron Hale and Chad Walker were sent to the scene.").is_empty());
    assert!(codes("Paris Jackson arrived late.").is_empty());
    assert_eq!(codes("The fair opened in Paris Texas on Friday."), ["US"]);
    assert_eq!(codes("Flooding hit Loudon Co. and Knox County on Monday."), ["US"]);
}

#[test]
fn chad_the_name_is_not_the_country() {
    assert!(codes("Chad Miller caught the winning pass.").is_empty());
    assert_eq!(codes("Chad held elections in the spring."), ["TD"]);
}

#[test]
fn us_the_pronoun_is_not_the_country() {
    assert!(codes("Let us know what you think; the mayor told us to wait.").is_empty());
    assert!(codes("THE MAYOR TOLD US TO LEAVE THE BUILDING NOW").is_empty());
    assert_eq!(codes("The US economy grew."), ["US"]);
}

#[test]
fn longest_match_separates_guinea_and_niger_from_their_neighbours() {
    assert_eq!(codes("Guinea-Bissau held elections."), ["GW"]);
    assert_eq!(codes("Papua New Guinea and Equatorial Guinea signed."), ["GQ", "PG"]);
    assert!(codes("The guinea pig escaped.").is_empty());
    assert_eq!(codes("Nigeria's oil output rose."), ["NG"]);
    assert_eq!(codes("Niger's uranium mines reopened."), ["NE"]);
    assert_eq!(codes("Nigerian and Nigerien officials met."), ["NE", "NG"]);
}

#[test]
fn washington_the_state_and_the_capital_are_both_the_us_but_different_kinds() {
    let state = "Apple growers in Seattle, Washington expect a record harvest.";
    let kinds: Vec<MentionKind> = find_mentions(state, None).iter().map(|m| m.kind).collect();
    assert!(kinds.contains(&MentionKind::Region), "{kinds:?}");
    let capital = "Washington imposed new sanctions on Monday.";
    let found = find_mentions(capital, None);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].code, found[0].kind), ("US", MentionKind::Capital));
    assert!(codes("Denzel Washington starred in the film.").is_empty());
}

#[test]
fn paris_hilton_is_not_paris_and_paris_texas_is_not_france() {
    assert!(codes("Paris Hilton arrived at the party.").is_empty());
    assert_eq!(codes("The fair opened in Paris, Texas on Friday."), ["US"]);
    assert_eq!(codes("Protesters marched in Paris on Saturday."), ["FR"]);
}

#[test]
fn language_and_cuisine_uses_of_demonyms_are_not_countries() {
    assert!(codes("She teaches English class and speaks Spanish.").is_empty());
    assert!(codes("The stand sold Polish sausage and Italian food.").is_empty());
    assert_eq!(codes("French officials said the talks failed."), ["FR"]);
}

#[test]
fn state_abbreviations_count_only_after_a_place() {
    assert_eq!(codes("The plant in Frankfort, Ky. closed."), ["US"]);
    assert!(codes("Miss. Smith won the spelling bee. Ind. voters were undecided.").is_empty());
}

#[test]
fn a_demonym_that_speaks_after_a_given_name_is_a_surname() {
    let text = "On Monday, councillor Karen English said the vote was close. English said she would run again.";
    assert!(codes(text).is_empty());
    assert!(codes("“We are ready,” Finn said.").is_empty());
    // The people of a country take an article, a quantifier or a plural.
    assert_eq!(codes("The French said no. Many French said they were tired."), ["FR"]);
    assert_eq!(codes("Finns said they were proud."), ["FI"]);
    assert_eq!(codes("Talks went on, the British said."), ["GB"]);
}

#[test]
fn common_word_places_need_mid_sentence_capitals() {
    // "Police" and "Mobile" are also towns (Poland, Alabama).
    assert!(codes("Police said the road reopened. Mobile phones were seized.").is_empty());
    assert!(codes("CROMWELL — Police are investigating a crash.").is_empty());
}

#[test]
fn a_place_that_names_a_street_is_not_mentioned() {
    assert!(codes("Firefighters were called to a house on Warsaw Road late Tuesday.").is_empty());
    assert!(codes("A truck overturned on Lebanon Rd. near the mill.").is_empty());
    assert!(codes("A fire damaged a home on Irish Hills Road.").is_empty());
    assert!(codes("Officers searched 12 Bristol St., police said.").is_empty());
    // "St." before a name is a saint, not a street.
    assert_eq!(codes("Paris St. Germain won again."), ["FR"]);
}

#[test]
fn a_street_named_after_a_nearby_town_hints_at_the_country() {
    // Alone, "Lancaster" could be in England or Pennsylvania and is dropped;
    // "Blackpool Road" is named after the English town next to it.
    assert!(codes("Fire crews were sent to Lancaster.").is_empty());
    assert_eq!(codes("Police closed Blackpool Road after a crash in Lancaster."), ["GB"]);
    assert!(codes("Police closed Blackpool Road overnight.").is_empty());
}

#[test]
fn a_saints_day_church_or_school_is_not_the_town_named_after_the_saint() {
    assert!(codes("Parades on St. Patrick's Day drew big crowds.").is_empty());
    assert!(codes("Students at St. Mary's High School raised money.").is_empty());
    assert!(codes("She was treated at St. John's Medical Center.").is_empty());
    assert_eq!(codes("The ferry docked in St. John's, Newfoundland, at dawn."), ["CA"]);
    assert_eq!(codes("St. Lucia's government called an election."), ["LC"]);
}

#[test]
fn a_country_name_used_for_a_towns_people_is_the_town() {
    // English calls a country's people by its demonym ("a Peruvian man");
    // "a Peru man" is from a town, and so is every "Peru" after it, when
    // the article names the town's country otherwise (here Indiana).
    let text = "A Peru man was charged in Indiana on Monday. Peru police said the car was stolen.";
    assert_eq!(codes(text), ["US"]);
    assert_eq!(codes("A Peru man was charged on Monday."), ["PE"]);
    assert_eq!(codes("Troops massed on the border with Peru."), ["PE"]);
    // Among towns, the usual scores decide.
    assert_eq!(codes("Paris residents queued for bread."), ["FR"]);
}

#[test]
fn a_home_town_after_a_persons_age_is_a_town() {
    assert_eq!(codes("Ann Lee, 34, of Peru, was charged in Ohio on Monday."), ["US"]);
    // No town of that name in a country the article names: the country.
    assert_eq!(codes("Omar Haddad, 41, of Jordan, died in the crash near Amman."), ["JO"]);
}

#[test]
fn lone_minor_places_named_like_people_do_not_count() {
    // "David" is a city in Panama and "George" one in South Africa.
    assert!(codes("David and George painted the fence on Saturday.").is_empty());
}

#[test]
fn people_named_like_small_towns_do_not_vouch_for_a_country() {
    // "Donna", "Joshua" and "Heath" are also small towns in the US; as
    // people they must not make the story American, nor its "Ontario" the
    // city in California.
    let text = "Donna said her son Joshua loved the farm. Heath agreed. They left for Ontario in May.";
    assert_eq!(codes(text), ["CA"]);
}

#[test]
fn leaders_tag_their_country_only_while_in_office() {
    let text = "Takaichi met reporters after the vote.";
    assert_eq!(mentions_on(text, date(2025, 11, 20)), [("JP", "Takaichi".to_string())]);
    assert!(mentions_on(text, date(2024, 3, 1)).is_empty());
    let trump = "Trump spoke at the rally.";
    assert_eq!(mentions_on(trump, date(2019, 5, 1)).len(), 1);
    assert!(mentions_on(trump, date(2022, 5, 1)).is_empty());
    assert_eq!(mentions_on(trump, date(2025, 5, 1)).len(), 1);
    // Undated text: any term counts.
    assert_eq!(mentions_on(trump, None).len(), 1);
    assert_eq!(
        mentions_on("Xi Jinping and Lee Jae Myung shook hands.", date(2025, 11, 1)),
        [("CN", "Xi Jinping".to_string()), ("KR", "Lee Jae Myung".to_string())]
    );
}

#[test]
fn lookup_accepts_codes_names_and_demonyms_in_any_case() {
    for input in ["JP", "jp", "Japan", "japan", "Japanese"] {
        assert_eq!(lookup(input).map(|c| c.code), Some("JP"), "{input}");
    }
    assert_eq!(lookup("the United States").map(|c| c.code), Some("US"));
    assert_eq!(lookup("U.S.").map(|c| c.code), Some("US"));
    assert_eq!(lookup("Türkiye").map(|c| c.code), Some("TR"));
    assert_eq!(lookup("turkey").map(|c| c.code), Some("TR"));
    assert_eq!(lookup("south korea").map(|c| c.code), Some("KR"));
    assert_eq!(lookup("Narnia"), None);
}

#[test]
fn gazetteer_lists_every_current_country_once() {
    let countries = all_countries();
    assert!(countries.len() >= 249, "{}", countries.len());
    assert!(countries.windows(2).all(|w| w[0].code < w[1].code));
    let japan = countries.iter().find(|c| c.code == "JP").unwrap();
    assert_eq!(japan.name, "Japan");
    assert!(japan.demonyms.contains(&"Japanese"));
    assert!(countries.iter().any(|c| c.code == "XK"));
    assert_eq!(flag("JP").as_deref(), Some("🇯🇵"));
    assert_eq!(flag("J"), None);
}

/// A short article written for the source tests, with its claims.
struct Fixture {
    title: &'static str,
    body: &'static str,
}

const ARTICLE: Fixture = Fixture {
    title: "Seoul and Tokyo agree to resume chip talks",
    body: "SEOUL — South Korea and Japan agreed on Tuesday to resume talks on chip materials, \
           after months in which Japanese suppliers held back shipments to Korean factories. \
           “Supply chains must stay open,” said Anna Berg, a former German diplomat and adviser at Nordic Trade Partners. \
           “The talks will be long and hard,” said Min-seo Park, a researcher at Seoul National University. \
           Japan’s trade ministry said exports would resume in March. \
           “Nobody expected this,” said Tom Reyes, an analyst at Harbor Research.",
};

fn claim<'a>(needle: &str, speaker: Option<&'a str>, role: Option<&'a str>) -> ClaimSpan<'a> {
    let start = ARTICLE.body.find(needle).expect("the fixture holds the claim");
    ClaimSpan { start, end: start + needle.len(), speaker_name: speaker, speaker_role: role }
}

fn tag_for(tags: &[Tag], code: &str) -> Option<Tag> {
    tags.iter().find(|t| t.code == code).cloned()
}

#[test]
fn every_tag_has_a_source_and_evidence() {
    let claims = [
        claim(
            "“Supply chains must stay open,”",
            Some("Anna Berg"),
            Some("a former German diplomat and adviser at Nordic Trade Partners"),
        ),
        claim(
            "“The talks will be long and hard,”",
            Some("Min-seo Park"),
            Some("a researcher at Seoul National University"),
        ),
        claim("exports would resume in March", Some("Japan’s trade ministry"), None),
        claim("“Nobody expected this,”", Some("Tom Reyes"), Some("an analyst at Harbor Research")),
    ];
    let tags = tag_article(ARTICLE.title, ARTICLE.body, date(2026, 3, 3), &claims);

    let article_codes: Vec<&str> = tags.countries.iter().map(|c| c.code).collect();
    assert_eq!(article_codes, ["KR", "JP", "DE"]);
    let korea = &tags.countries[0];
    assert!(korea.evidence.contains(&"Seoul".to_string()) && korea.evidence.contains(&"South Korea".to_string()));

    // Speaker: the role's clause is the evidence.
    let german = tag_for(&tags.claims[0], "DE").expect("Berg's role names Germany");
    assert_eq!((german.source, german.evidence.as_str()), (TagSource::Speaker, "a former German diplomat"));
    // Speaker: an institution in the role.
    let seoul = tag_for(&tags.claims[1], "KR").expect("Park's university is in Korea");
    assert_eq!(seoul.source, TagSource::Speaker);
    assert!(seoul.evidence.contains("Seoul National University"));
    // Mentioned: the claim's own words; the speaker's name repeats the
    // country, which stays `mentioned` only once.
    assert!(tags.claims[2].iter().all(|t| t.code != "JP" || t.source != TagSource::Mentioned));
    let ministry = tag_for(&tags.claims[2], "JP").expect("the ministry is Japan's");
    assert_eq!(ministry.source, TagSource::Speaker);
    // Context: a claim naming no country, by a speaker with no country,
    // carries the article's focus countries.
    let context: Vec<&str> = tags.claims[3].iter().map(|t| t.code).collect();
    assert_eq!(context, ["KR", "JP"]);
    assert!(tags.claims[3].iter().all(|t| t.source == TagSource::Context && t.evidence.starts_with("article focus")));
}

#[test]
fn claim_naming_a_country_gets_mentioned_tags_and_no_context() {
    let text = "Japanese suppliers held back shipments to Korean factories";
    let claims = [claim(text, None, None)];
    let tags = tag_article(ARTICLE.title, ARTICLE.body, None, &claims);
    let got: Vec<(&str, TagSource, &str)> =
        tags.claims[0].iter().map(|t| (t.code, t.source, t.evidence.as_str())).collect();
    assert_eq!(got, [("JP", TagSource::Mentioned, "Japanese"), ("KR", TagSource::Mentioned, "Korean")]);
}

#[test]
fn a_field_of_study_in_a_role_is_not_the_speakers_country() {
    let body = "“Prices will rise,” said Li Wen, director at the Center for American Studies in Shanghai.";
    let start = 0;
    let end = body.find(" said").unwrap();
    let claims = [ClaimSpan {
        start,
        end,
        speaker_name: Some("Li Wen"),
        speaker_role: Some("director at the Center for American Studies in Shanghai"),
    }];
    let tags = tag_article("", body, None, &claims);
    let speaker: Vec<&str> = tags.claims[0].iter().filter(|t| t.source == TagSource::Speaker).map(|t| t.code).collect();
    assert_eq!(speaker, ["CN"]);
}

#[test]
fn dateline_and_headline_make_the_focus() {
    let body = "NAIROBI — Officials met on Monday. Talks with Uganda, Ugandan ministers and Uganda’s \
                neighbours went on in Kampala; “We will see,” one of them said.";
    let start = body.find("“We will see,”").unwrap();
    let claims = [ClaimSpan { start, end: start + "“We will see,”".len(), speaker_name: None, speaker_role: None }];
    let tags = tag_article("Kenya hosts regional talks", body, None, &claims);
    let focus: Vec<&str> = tags.claims[0].iter().map(|t| t.code).collect();
    // Kenya: 1 mention + 3 (headline) + 3 (dateline); Uganda: 4 mentions.
    assert_eq!(focus, ["KE", "UG"]);
    assert!(tags.claims[0][0].evidence.contains("named in the headline, named in the dateline"));
}

#[test]
fn odd_text_is_handled_without_panics() {
    assert!(find_mentions("", None).is_empty());
    assert!(tag_article("", "", None, &[]).countries.is_empty());
    let text = "Ünïcödé — “…” Zürich’s São Paulo ÉLYSÉE 東京 Japan’s";
    let codes: Vec<&str> = find_mentions(text, None).iter().map(|m| m.code).collect();
    assert_eq!(codes, ["CH", "BR", "JP"]);
}

/// Regression: "Brazil" and "Peru" are also small US towns, and "Helena
/// Duarte" is two of them side by side; none of that may outvote the
/// countries an international story names.
#[test]
fn country_names_beat_small_towns_and_a_person_is_not_two_towns() {
    let text = "BELÉM, Brazil — Leaders met on Friday.\n\n“The gold leaves in a backpack,” said Helena Duarte, \
                Brazil's minister of the environment. Peru and Colombia signed the declaration.";
    let codes: Vec<&str> = dossier_countries::find_mentions(text, None).iter().map(|m| m.code).collect();
    assert!(codes.contains(&"BR") && codes.contains(&"PE") && codes.contains(&"CO"), "{codes:?}");
    assert!(!codes.contains(&"US"), "nothing here is in the United States: {codes:?}");
}
