//! HTML pages: the article's main text as paragraphs, and its metadata from
//! `<title>`, Open Graph and article meta tags, the canonical link and
//! `<time datetime>`.
//!
//! Why a tokenizer of our own rather than an HTML5 parser crate: Dossier
//! needs only the text of the page and a dozen metadata fields, never a DOM.
//! A streaming pass over tokens with a stack of open element names keeps
//! time linear and memory bounded by the page, recurses nowhere, and lets
//! the nesting limit be an explicit, clearly reported error instead of
//! whatever a general-purpose tree builder does with hostile input. The
//! handful of HTML5 tree-building rules that matter for text (implicitly
//! closed `<p>`, `<li>`, table cells) are applied by hand.
//!
//! Nothing executable survives: scripts, styles, event-handler attributes,
//! `javascript:` links and images are never part of the stored text, and
//! only http(s) URLs are kept as metadata.

mod entities;
mod tokenizer;

use crate::record::{collapse_whitespace, DocumentMetadata, Draft};
use crate::ImportError;
use entities::decode_entities;
use std::collections::HashMap;
use tokenizer::{Token, Tokenizer};

/// How deeply elements may nest before the page is refused.
pub const MAX_HTML_DEPTH: usize = 512;

/// Elements whose whole content is page furniture or code, not article text.
const DROPPED: [&str; 16] = [
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "math", "button",
    "select", "iframe", "object", "canvas",
];

/// `class`/`id` words that mark boilerplate blocks on typical news pages.
const BOILERPLATE_WORDS: [&str; 15] = [
    "advert",
    "advertisement",
    "ad",
    "ads",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "comments",
    "cookie",
    "newsletter",
    "promo",
    "related",
    "share",
    "sidebar",
    "social",
];

/// ARIA landmark roles that are navigation or page furniture.
const DROPPED_ROLES: [&str; 5] = ["navigation", "banner", "contentinfo", "complementary", "search"];

/// Elements that start a new paragraph when they open or close.
const BLOCKS: [&str; 38] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
];

/// Elements that never have content or an end tag.
const VOID: [&str; 14] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Elements whose start implicitly closes an open `<p>`.
const CLOSES_P: [&str; 29] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Parses a page into a draft; fails only when nesting exceeds
/// [`MAX_HTML_DEPTH`].
pub(crate) fn parse_html(item: &str, html: &str) -> Result<Draft, ImportError> {
    let mut page = Page::default();
    for token in Tokenizer::new(html) {
        match token {
            Token::StartTag { name, attrs, self_closing } => {
                let attrs: Vec<(String, String)> =
                    attrs.into_iter().map(|(k, v)| (k, decode_entities(v).into_owned())).collect();
                page.collect_metadata(&name, &attrs);
                if VOID.contains(&name.as_str()) || self_closing {
                    page.void_element(&name);
                } else {
                    page.open(name, &attrs).map_err(|limit| ImportError::TooDeep { item: item.to_string(), limit })?;
                }
            }
            Token::EndTag { name } => page.close(&name),
            Token::Text(text) => page.text(&decode_entities(text)),
            Token::RawText { element, text } => {
                if element == "title" && !page.stack.iter().any(|e| e.name == "svg") {
                    page.meta.offer(Field::Title, TITLE_ELEMENT_RANK, &decode_entities(text));
                }
            }
        }
    }
    page.flush();
    Ok(Draft { item: item.to_string(), body: page.main_text(), meta: page.meta.into_metadata(), ..Draft::default() })
}

/// An open element and what opening it changed.
#[derive(Debug)]
struct OpenElement {
    name: String,
    dropped: bool,
    /// Index of the `<article>` this element opened, if it is one.
    article: Option<usize>,
    main: bool,
}

/// One paragraph of text and where on the page it was.
#[derive(Debug)]
struct Block {
    text: String,
    article: Option<usize>,
    in_main: bool,
}

/// The state of one pass over a page.
#[derive(Debug, Default)]
struct Page {
    stack: Vec<OpenElement>,
    dropped_depth: usize,
    pre_depth: usize,
    main_depth: usize,
    articles: usize,
    /// The outermost `<article>` now open, if any.
    open_article: Option<usize>,
    /// How many elements of each name are open, so that looking for one
    /// that is not open costs nothing even on a deeply nested page.
    open_counts: HashMap<String, usize>,
    current: String,
    blocks: Vec<Block>,
    meta: MetaCandidates,
}

impl Page {
    fn open(&mut self, name: String, attrs: &[(String, String)]) -> Result<(), usize> {
        self.close_implied_by(&name);
        if BLOCKS.contains(&name.as_str()) {
            self.flush();
        }
        if self.stack.len() >= MAX_HTML_DEPTH {
            return Err(MAX_HTML_DEPTH);
        }
        let dropped = DROPPED.contains(&name.as_str()) || is_furniture(attrs);
        let is_main = name == "main" || attr(attrs, "role").is_some_and(|r| r.eq_ignore_ascii_case("main"));
        let article = (name == "article" && self.open_article.is_none()).then(|| {
            self.articles += 1;
            self.articles - 1
        });
        if article.is_some() {
            self.open_article = article;
        }
        *self.open_counts.entry(name.clone()).or_default() += 1;
        self.dropped_depth += usize::from(dropped);
        self.pre_depth += usize::from(name == "pre");
        self.main_depth += usize::from(is_main);
        self.stack.push(OpenElement { name, dropped, article, main: is_main });
        Ok(())
    }

    /// Applies the HTML5 rules that close an element when a sibling starts.
    fn close_implied_by(&mut self, name: &str) {
        // The innermost open `target` element, unless a `boundary` element
        // was opened inside it (a nested list's `<li>` does not close the
        // outer one).
        let within = |target: &[&str], boundary: &[&str]| -> Option<usize> {
            if !target.iter().any(|t| self.is_open(t)) {
                return None;
            }
            let target_at = self.stack.iter().rposition(|e| target.contains(&e.name.as_str()))?;
            let bounded = self.stack[target_at + 1..].iter().any(|e| boundary.contains(&e.name.as_str()));
            (!bounded).then_some(target_at)
        };
        let implied = match name {
            "li" => within(&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => within(&["dt", "dd"], &["dl"]),
            "tr" => within(&["tr"], &["table", "tbody", "thead", "tfoot"]),
            "td" | "th" => within(&["td", "th"], &["tr", "table"]),
            "option" => within(&["option"], &["select"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                within(&["h1", "h2", "h3", "h4", "h5", "h6"], &["div", "section", "article", "body"])
            }
            _ => None,
        };
        let implied_p = if CLOSES_P.contains(&name) {
            within(&["p"], &["div", "section", "article", "blockquote", "li", "td", "th", "body"])
        } else {
            None
        };
        if let Some(index) = implied.into_iter().chain(implied_p).min() {
            self.pop_to(index);
        }
    }

    fn is_open(&self, name: &str) -> bool {
        self.open_counts.get(name).is_some_and(|&count| count > 0)
    }

    fn close(&mut self, name: &str) {
        let open_at = if self.is_open(name) { self.stack.iter().rposition(|e| e.name == name) } else { None };
        if let Some(index) = open_at {
            self.pop_to(index);
        } else if name == "br" {
            self.void_element("br");
        } else if name == "p" {
            self.flush();
        }
    }

    /// Closes the element at `index` and everything opened inside it.
    fn pop_to(&mut self, index: usize) {
        if self.stack[index..].iter().any(|e| BLOCKS.contains(&e.name.as_str())) {
            self.flush();
        }
        for element in self.stack.drain(index..) {
            if element.article.is_some() {
                self.open_article = None;
            }
            if let Some(count) = self.open_counts.get_mut(&element.name) {
                *count -= 1;
            }
            self.dropped_depth -= usize::from(element.dropped);
            self.pre_depth -= usize::from(element.name == "pre");
            self.main_depth -= usize::from(element.main);
        }
    }

    fn void_element(&mut self, name: &str) {
        match name {
            "br" if self.dropped_depth == 0 => self.current.push('\n'),
            "hr" => self.flush(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.dropped_depth > 0 {
            return;
        }
        if self.pre_depth > 0 {
            self.current.push_str(text);
        } else {
            self.current.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
        }
    }

    /// Ends the current paragraph: whitespace collapsed line by line (lines
    /// come from `<br>` and `<pre>`); a run of empty lines (`<br><br>`, the
    /// poor man's paragraph) becomes one paragraph break.
    fn flush(&mut self) {
        let mut text = String::new();
        let mut blank_before = false;
        for line in self.current.split('\n').map(collapse_whitespace) {
            if line.is_empty() {
                blank_before = !text.is_empty();
                continue;
            }
            if !text.is_empty() {
                text.push_str(if blank_before { "\n\n" } else { "\n" });
            }
            text.push_str(&line);
            blank_before = false;
        }
        self.current.clear();
        if !text.is_empty() {
            self.blocks.push(Block { text, article: self.open_article, in_main: self.main_depth > 0 });
        }
    }

    /// The page's main text: the `<article>` with the most text, else
    /// `<main>`, else everything not dropped. A container holding less than
    /// a third of the text is a teaser, not the story, and is not preferred.
    fn main_text(&self) -> String {
        let total: usize = self.blocks.iter().map(|b| b.text.len()).sum();
        let mut article_sizes = vec![0usize; self.articles];
        for block in &self.blocks {
            if let Some(article) = block.article {
                article_sizes[article] += block.text.len();
            }
        }
        let best_article = (0..self.articles).max_by_key(|&a| (article_sizes[a], std::cmp::Reverse(a)));
        let main_size: usize = self.blocks.iter().filter(|b| b.in_main).map(|b| b.text.len()).sum();
        let substantial = |size: usize| size * 3 >= total && size > 0;
        let keep: Box<dyn Fn(&Block) -> bool> = match best_article {
            Some(a) if substantial(article_sizes[a]) => Box::new(move |b: &Block| b.article == Some(a)),
            _ if substantial(main_size) => Box::new(|b: &Block| b.in_main),
            _ => Box::new(|_: &Block| true),
        };
        let kept: Vec<&str> = self.blocks.iter().filter(|b| keep(b)).map(|b| b.text.as_str()).collect();
        kept.join("\n\n")
    }

    fn collect_metadata(&mut self, name: &str, attrs: &[(String, String)]) {
        let meta = &mut self.meta;
        match name {
            "meta" => {
                let Some(content) = attr(attrs, "content") else {
                    return;
                };
                let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).or_else(|| attr(attrs, "itemprop"));
                let Some(key) = key.map(str::to_ascii_lowercase) else {
                    return;
                };
                match key.as_str() {
                    "og:title" => meta.offer(Field::Title, 0, content),
                    "twitter:title" => meta.offer(Field::Title, 1, content),
                    "og:site_name" => meta.offer(Field::Outlet, 0, content),
                    "application-name" => meta.offer(Field::Outlet, 1, content),
                    "author" => meta.offer(Field::Author, 0, content),
                    "article:author" | "dc.creator" if !is_web_url(content) => meta.offer(Field::Author, 1, content),
                    "article:published_time" => meta.offer(Field::Published, 0, content),
                    "datepublished" | "og:published_time" => meta.offer(Field::Published, 1, content),
                    "date" | "pubdate" | "publish-date" | "dc.date" | "dcterms.date" | "dcterms.created" => {
                        meta.offer(Field::Published, 2, content)
                    }
                    "og:url" if is_web_url(content) => meta.offer(Field::Url, 1, content),
                    _ => {}
                }
            }
            "link" => {
                let is_canonical = attr(attrs, "rel")
                    .is_some_and(|rel| rel.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")));
                if let Some(href) = attr(attrs, "href").filter(|h| is_canonical && is_web_url(h)) {
                    meta.offer(Field::Url, 0, href);
                }
            }
            "time" if self.dropped_depth == 0 => {
                if let Some(datetime) = attr(attrs, "datetime") {
                    meta.offer(Field::Published, 3, datetime);
                }
            }
            _ => {
                let is_date_published =
                    attr(attrs, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
                if let Some(value) = attr(attrs, "datetime").filter(|_| is_date_published) {
                    meta.offer(Field::Published, 1, value);
                }
            }
        }
    }
}

/// Whether an element is marked as hidden, navigation or boilerplate.
fn is_furniture(attrs: &[(String, String)]) -> bool {
    if attr(attrs, "hidden").is_some() || attr(attrs, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    if attr(attrs, "style").is_some_and(|s| s.to_ascii_lowercase().replace(' ', "").contains("display:none")) {
        return true;
    }
    if attr(attrs, "role").is_some_and(|r| DROPPED_ROLES.iter().any(|d| r.eq_ignore_ascii_case(d))) {
        return true;
    }
    ["class", "id"].iter().filter_map(|key| attr(attrs, key)).any(|value| {
        value
            .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            .any(|word| BOILERPLATE_WORDS.iter().any(|b| word.eq_ignore_ascii_case(b)))
    })
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn is_web_url(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// Rank of the `<title>` element among title sources: after `og:title` and
/// `twitter:title`, which do not carry the site's name.
const TITLE_ELEMENT_RANK: u8 = 2;

/// `Headline | Outlet` (or with `-`, `–`, `—`, `::`) becomes `Headline`
/// when the suffix is the outlet's name.
fn strip_outlet_suffix(title: String, outlet: &str) -> String {
    let Some(head) = title.strip_suffix(outlet) else {
        return title;
    };
    let head = head.trim_end();
    match [" |", " -", " –", " —", " ::"].iter().find_map(|sep| head.strip_suffix(sep)) {
        Some(headline) if !headline.trim().is_empty() => headline.trim_end().to_string(),
        _ => title,
    }
}

/// Metadata fields a page can give.
#[derive(Debug, Clone, Copy)]
enum Field {
    Title,
    Outlet,
    Author,
    Url,
    Published,
}

/// The best value seen so far for each field, with its source's rank
/// (0 = most trusted, e.g. `og:title` over `<title>`).
#[derive(Debug, Default)]
struct MetaCandidates {
    title: Option<(u8, String)>,
    outlet: Option<(u8, String)>,
    author: Option<(u8, String)>,
    url: Option<(u8, String)>,
    published: Option<(u8, String)>,
}

impl MetaCandidates {
    fn offer(&mut self, field: Field, rank: u8, value: &str) {
        let value = collapse_whitespace(value);
        if value.is_empty() {
            return;
        }
        let slot = match field {
            Field::Title => &mut self.title,
            Field::Outlet => &mut self.outlet,
            Field::Author => &mut self.author,
            Field::Url => &mut self.url,
            Field::Published => &mut self.published,
        };
        if slot.as_ref().is_none_or(|(held, _)| rank < *held) {
            *slot = Some((rank, value));
        }
    }

    fn into_metadata(self) -> DocumentMetadata {
        let outlet = self.outlet.map(|(_, v)| v);
        let title = self.title.map(|(rank, title)| match &outlet {
            Some(outlet) if rank == TITLE_ELEMENT_RANK => strip_outlet_suffix(title, outlet),
            _ => title,
        });
        DocumentMetadata {
            title,
            outlet,
            author: self.author.map(|(_, v)| v),
            url: self.url.map(|(_, v)| v),
            published: self.published.map(|(_, v)| v),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::finish;
    use crate::Metadata;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Ferry link reopens | Lakeside Courier</title>
<meta property="og:title" content="Ferry link reopens after storm">
<meta property="og:site_name" content="Lakeside Courier">
<meta name="author" content="Wanjiru Kamau">
<meta property="article:published_time" content="2026-11-28T06:00:00+03:00">
<link rel="canonical" href="https://example.com/ferry">
<meta property="og:url" content="https://example.com/og-ferry">
<style>p { color: red }</style>
<script>document.write("<p>injected</p>")</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><h1>Site banner</h1></header>
<article>
<h1>Ferry link reopens after storm</h1>
<time datetime="2026-11-27">Yesterday</time>
<p>The ferry between Kisumu and the islands resumed on Friday.
It had stopped for a week.</p>
<p>&ldquo;We are back,&rdquo; said Achieng Otieno, a captain at Lake Lines.<br>Tickets cost 300&nbsp;shillings &amp; up.
<p>She added that &#8220;repairs&#8221; took longer than planned.
<div class="share-tools">Share this</div>
<p class="article-byline">By Wanjiru Kamau</p>
<ul><li>First point<li>Second point</ul>
</article>
<aside>Most read: something else</aside>
<footer>Copyright</footer>
</body></html>"#;

    #[test]
    fn extracts_main_text_and_metadata() {
        let record = finish(parse_html("ferry.html", PAGE).unwrap(), &Metadata::default()).unwrap();
        assert_eq!(record.title, "Ferry link reopens after storm");
        assert_eq!(record.outlet.as_deref(), Some("Lakeside Courier"));
        assert_eq!(record.author.as_deref(), Some("Wanjiru Kamau"));
        assert_eq!(record.url.as_deref(), Some("https://example.com/ferry"));
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(
            record.body,
            "Yesterday\n\nThe ferry between Kisumu and the islands resumed on Friday. It had stopped for a week.\n\n\
             “We are back,” said Achieng Otieno, a captain at Lake Lines.\nTickets cost 300 shillings & up.\n\n\
             She added that “repairs” took longer than planned.\n\nFirst point\n\nSecond point"
        );
    }

    #[test]
    fn title_element_and_time_are_fallbacks() {
        let html = "<title>Plain &amp; simple</title><p>Text <time datetime=\"28 Nov 2026\">then</time>.</p>";
        let record = finish(parse_html("a.html", html).unwrap(), &Metadata::default()).unwrap();
        assert_eq!(record.title, "Plain & simple");
        assert_eq!(record.published, NaiveDate::from_ymd_opt(2026, 11, 28));
        assert_eq!(record.body, "Text then.");
    }

    #[test]
    fn outlet_suffix_leaves_the_title_element() {
        let html =
            "<title>Dams fill up | Nile Observer</title><meta property=og:site_name content='Nile Observer'><p>x</p>";
        assert_eq!(parse_html("a.html", html).unwrap().meta.title.as_deref(), Some("Dams fill up"));
        let html = "<title>Nile Observer</title><meta property=og:site_name content='Nile Observer'><p>x</p>";
        assert_eq!(parse_html("a.html", html).unwrap().meta.title.as_deref(), Some("Nile Observer"));
        let html = "<title>Dams fill up - Other Paper</title><meta property=og:site_name content='Nile Observer'>";
        assert_eq!(parse_html("a.html", html).unwrap().meta.title.as_deref(), Some("Dams fill up - Other Paper"));
    }

    #[test]
    fn double_line_breaks_separate_paragraphs() {
        let html = "<body>First line<br>same paragraph<br><br>  <br>Second paragraph</body>";
        assert_eq!(parse_html("a.html", html).unwrap().body, "First line\nsame paragraph\n\nSecond paragraph");
    }

    #[test]
    fn without_article_everything_not_dropped_is_kept() {
        let html = "<div><h2>Heading</h2><p>One</p><div hidden>secret</div><p style='display: none'>gone</p><div role=navigation>menu</div><p>Two</p></div>";
        let draft = parse_html("b.html", html).unwrap();
        assert_eq!(draft.body, "Heading\n\nOne\n\nTwo");
    }

    #[test]
    fn a_teaser_article_does_not_hide_the_story() {
        let story = "<p>".to_string() + &"Long story text. ".repeat(20) + "</p>";
        let html = format!("<div>{story}</div><article><p>Teaser</p></article>");
        let draft = parse_html("c.html", &html).unwrap();
        assert!(draft.body.starts_with("Long story text."));
        assert!(draft.body.ends_with("Teaser"));
    }

    #[test]
    fn hostile_markup_leaves_no_code() {
        let html = r#"<p onclick="alert(1)">Hello <a href="javascript:alert(2)">link</a><img src="https://evil.example/x.png" onerror="alert(3)"></p><script>alert(4)</script><iframe src="x">frame</iframe><svg><title>t</title><script>alert(5)</script></svg><meta property="og:url" content="javascript:alert(6)">"#;
        let draft = parse_html("evil.html", html).unwrap();
        assert_eq!(draft.body, "Hello link");
        assert_eq!(draft.meta.url, None);
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let html = "<div>".repeat(MAX_HTML_DEPTH + 1);
        let err = parse_html("deep.html", &html).unwrap_err();
        assert!(matches!(err, ImportError::TooDeep { limit: MAX_HTML_DEPTH, .. }), "{err}");
        assert!(err.to_string().starts_with("deep.html: "));
    }

    #[test]
    fn repeated_implicitly_closed_elements_do_not_nest() {
        let html = "<p>x".repeat(MAX_HTML_DEPTH * 2) + &"<li>y".repeat(MAX_HTML_DEPTH * 2);
        assert!(parse_html("flat.html", &html).is_ok());
    }

    #[test]
    fn nested_lists_close_only_their_own_items() {
        let html = "<ul><li>A<ul><li>B<li>B2</ul>A tail<li>C</ul>";
        assert_eq!(parse_html("l.html", html).unwrap().body, "A\n\nB\n\nB2\n\nA tail\n\nC");
    }

    #[test]
    fn tables_and_pre() {
        let html = "<table><tr><td>A<td>B<tr><td>C</table><pre>line 1\nline 2</pre>";
        assert_eq!(parse_html("t.html", html).unwrap().body, "A\n\nB\n\nC\n\nline 1\nline 2");
    }
}
