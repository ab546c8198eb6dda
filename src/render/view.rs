//! The reading view: one standalone HTML5 page (inline CSS, no script, strict CSP) that
//! shows an article in a calm typographic column.

use serde::{Deserialize, Serialize};

use super::text::{block_text, reading_time_minutes};
use super::{duplicate_title_heading, normalized};
use crate::Article;

/// The stylesheet, inlined into every page.
const VIEW_CSS: &str = include_str!("view.css");

/// Content Security Policy of the page: no script, no plugin, no request except images,
/// media and (sandboxed, allow-listed) frames.
const CSP: &str = "default-src 'none'; img-src https: http: data:; media-src https: http:; \
                   frame-src https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// Ranges the numeric options are clamped to: (min, max).
const FONT_SIZE_RANGE_PX: (u32, u32) = (10, 48);
const CONTENT_WIDTH_RANGE_CH: (u32, u32) = (30, 140);
const LINE_HEIGHT_RANGE: (f32, f32) = (1.0, 3.0);

const DEFAULT_FONT_SIZE_PX: u32 = 20;
const DEFAULT_CONTENT_WIDTH_CH: u32 = 65;
const DEFAULT_LINE_HEIGHT: f32 = 1.6;

/// Between the byline, date and reading time (outside their bidi-isolated spans, so it
/// sits between them in right-to-left pages too).
const META_SEPARATOR: &str = "<span class=\"pv-sep\" aria-hidden=\"true\"> \u{B7} </span>";

/// Month names for dates shown to English readers; other languages see ISO dates.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Colour theme of the reading view.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Theme {
    /// Light or dark, following the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// A light background with dark text.
    Light,
    /// A warm, paper-toned background.
    Sepia,
    /// A dark background with light text.
    Dark,
}

impl Theme {
    /// Every theme, for callers offering or reading them by name ([`Theme::as_str`]).
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Sepia, Theme::Dark];

    /// The theme's name, as options spell it (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Sepia => "sepia",
            Theme::Dark => "dark",
        }
    }

    fn color_scheme(self) -> &'static str {
        match self {
            Theme::Auto => "light dark",
            Theme::Light | Theme::Sepia => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Typeface family of the reading view.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Font {
    /// A serif face (the default).
    #[default]
    Serif,
    /// A sans-serif face.
    Sans,
}

impl Font {
    /// Every typeface family, for callers offering or reading them by name
    /// ([`Font::as_str`]).
    pub const ALL: [Font; 2] = [Font::Serif, Font::Sans];

    /// The family's name, as options spell it (its serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Font::Serif => "serif",
            Font::Sans => "sans",
        }
    }
}

/// How the reading view looks. Out-of-range numbers are clamped.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ViewOptions {
    /// Colour theme.
    pub theme: Theme,
    /// Typeface family.
    pub font: Font,
    /// Body text size in CSS pixels (10–48).
    pub font_size_px: u32,
    /// Width of the text column in `ch` (30–140).
    pub content_width: u32,
    /// Line height as a multiple of the font size (1.0–3.0).
    pub line_height: f32,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            theme: Theme::Auto,
            font: Font::Serif,
            font_size_px: DEFAULT_FONT_SIZE_PX,
            content_width: DEFAULT_CONTENT_WIDTH_CH,
            line_height: DEFAULT_LINE_HEIGHT,
        }
    }
}

impl ViewOptions {
    fn font_size(&self) -> u32 {
        self.font_size_px
            .clamp(FONT_SIZE_RANGE_PX.0, FONT_SIZE_RANGE_PX.1)
    }

    fn width(&self) -> u32 {
        self.content_width
            .clamp(CONTENT_WIDTH_RANGE_CH.0, CONTENT_WIDTH_RANGE_CH.1)
    }

    fn leading(&self) -> f32 {
        if self.line_height.is_finite() {
            self.line_height
                .clamp(LINE_HEIGHT_RANGE.0, LINE_HEIGHT_RANGE.1)
        } else {
            DEFAULT_LINE_HEIGHT
        }
    }
}

/// Escapes text for HTML content and quoted attribute values.
pub(crate) fn escape_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn escaped(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    escape_html(&mut s, text);
    s
}

/// A language tag shaped like BCP 47 (letters, digits, hyphens), else nothing.
fn clean_lang(lang: Option<&str>) -> Option<&str> {
    let lang = lang?.trim();
    let ok = !lang.is_empty()
        && lang.len() <= 35
        && lang.starts_with(|c: char| c.is_ascii_alphabetic())
        && lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some(lang)
}

fn clean_dir(dir: Option<&str>) -> Option<&'static str> {
    match dir?.trim().to_ascii_lowercase().as_str() {
        "rtl" => Some("rtl"),
        "ltr" => Some("ltr"),
        "auto" => Some("auto"),
        _ => None,
    }
}

/// An absolute http(s) URL, else nothing (the view never links anything else).
fn web_url(url: Option<&str>) -> Option<&str> {
    let url = url?.trim();
    let parsed = url::Url::parse(url).ok()?;
    matches!(parsed.scheme(), "http" | "https").then_some(url)
}

/// The date part of an ISO 8601 timestamp, shown as "4 May 2020" to English readers
/// and as "2020-05-04" to others; other strings are shown as given.
fn display_date(raw: &str, lang: Option<&str>) -> String {
    let raw = raw.trim();
    let date = raw.get(..10).unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
                (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => Some((y, m, d)),
                _ => None,
            }
        }
        _ => None,
    };
    let Some((y, m, d)) = parsed else {
        return raw.to_string();
    };
    let english = lang.is_none_or(|l| l.to_ascii_lowercase().starts_with("en"));
    if english {
        format!("{d} {} {y}", MONTHS[m - 1])
    } else {
        date.to_string()
    }
}

/// True when `content` already shows the image at `url` (compared without query
/// string, which often only picks a size).
fn content_has_image(content: &str, url: &str) -> bool {
    let base = url.split(['?', '#']).next().unwrap_or(url);
    !base.is_empty() && (content.contains(base) || content.contains(&escaped(base)))
}

/// The article's content for the page: the heading that repeats the title dropped, and
/// sanitized again so a hand-built or deserialized `Article` is as safe as an extracted
/// one. With `want_text`, also its plain text (for articles that carry none).
fn view_content(content: &str, title: &str, want_text: bool) -> (String, Option<String>) {
    let mut doc = crate::input::fragment(content);
    let text = want_text.then(|| block_text(*doc.root_element()));
    if let Some(id) = duplicate_title_heading(doc.root_element(), title) {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    (crate::sanitize::fragment(&mut doc, true), text)
}

/// Whether serialized, sanitized HTML surely does not open with the heading that
/// [`duplicate_title_heading`] drops: its first text comes before any `<h1>` or `<h2>`,
/// or its first such heading does not say `title`. Read from the string as the
/// serializer writes it (attribute values double-quoted); a character reference (`&nbsp;`
/// is whitespace) or anything unusual on the way answers no.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(super) fn surely_keeps_opening(html: &str, title: &str) -> bool {
    let mut rest = html;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        let Some(tag) = rest.strip_prefix('<') else {
            return !rest.starts_with('&');
        };
        let Some((name, after)) = split_tag(tag) else {
            return false;
        };
        if name.eq_ignore_ascii_case("h1") || name.eq_ignore_ascii_case("h2") {
            return heading_text(after).is_some_and(|text| normalized(&text) != normalized(title));
        }
        rest = after;
    }
}

/// The name of the tag that `tag` (what follows its `<`) opens, and what follows its `>`;
/// `None` for what is not a start or end tag of an element.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn split_tag(tag: &str) -> Option<(&str, &str)> {
    let name_end = tag
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/' && !tag.starts_with('/'))
        .unwrap_or(tag.len());
    let name = &tag[..name_end];
    if !name
        .trim_start_matches('/')
        .starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    let mut quoted = false;
    let end = tag.find(|c: char| {
        if c == '"' {
            quoted = !quoted;
        }
        c == '>' && !quoted
    })?;
    Some((name, &tag[end + 1..]))
}

/// The text of a heading whose start tag ended right before `inner`, up to its end tag;
/// `None` when it holds a character reference or another heading, or never ends.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn heading_text(inner: &str) -> Option<String> {
    let mut text = String::new();
    let mut rest = inner;
    loop {
        let at = rest.find(['<', '&']).unwrap_or(rest.len());
        text.push_str(&rest[..at]);
        rest = rest[at..].strip_prefix('<')?;
        let (name, after) = split_tag(rest)?;
        let bare = name.trim_start_matches('/');
        if bare.eq_ignore_ascii_case("h1") || bare.eq_ignore_ascii_case("h2") {
            return name.starts_with('/').then_some(text);
        }
        rest = after;
    }
}

impl Article {
    /// A standalone HTML page showing the article: header (site, title, byline, date,
    /// reading time), lead image, content; inline CSS, no script, strict CSP.
    pub fn to_reading_view(&self, view: &ViewOptions) -> String {
        let (content, own_text) = view_content(
            &self.content,
            self.title.trim(),
            self.text.trim().is_empty(),
        );
        self.view_page(view, &content, own_text.as_deref().unwrap_or(&self.text))
    }

    /// [`Article::to_reading_view`] for an article whose `content` is exactly what
    /// extraction returned (the sanitizer's own output, byte for byte): the same page,
    /// without parsing and sanitizing the content again, unless the content might open
    /// with the heading that repeats the title or the article has no text of its own.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn to_reading_view_of_extracted(&self, view: &ViewOptions) -> String {
        if self.text.trim().is_empty() || !surely_keeps_opening(&self.content, self.title.trim()) {
            return self.to_reading_view(view);
        }
        self.view_page(view, &self.content, &self.text)
    }

    /// The page around the view's `content` (sanitized, the repeated title dropped), with
    /// `text` for the reading time.
    fn view_page(&self, view: &ViewOptions, content: &str, text: &str) -> String {
        let lang = clean_lang(self.lang.as_deref());
        let dir = clean_dir(self.dir.as_deref());
        let url = web_url(self.url.as_deref());
        let title = self.title.trim();

        let mut page = String::with_capacity(VIEW_CSS.len() + content.len() + 2048);
        page.push_str("<!DOCTYPE html>\n<html");
        if let Some(lang) = lang {
            page.push_str(" lang=\"");
            escape_html(&mut page, lang);
            page.push('"');
        }
        if let Some(dir) = dir {
            page.push_str(" dir=\"");
            page.push_str(dir);
            page.push('"');
        }
        page.push_str(&format!(
            " data-theme=\"{}\" data-font=\"{}\">\n<head>\n",
            view.theme.as_str(),
            view.font.as_str()
        ));
        page.push_str("<meta charset=\"utf-8\">\n");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.push_str(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        ));
        page.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page.push_str(&format!(
            "<meta name=\"color-scheme\" content=\"{}\">\n",
            view.theme.color_scheme()
        ));
        page.push_str("<title>");
        escape_html(&mut page, if title.is_empty() { "Article" } else { title });
        page.push_str("</title>\n<style>\n");
        // The leading in hundredths, written without float formatting (its code is a
        // tenth of the browser module's size budget).
        let leading = (view.leading() * 100.0).round() as u32;
        page.push_str(&format!(
            ":root {{ --pv-size: {}px; --pv-measure: {}ch; --pv-leading: {}.{:02}; }}\n",
            view.font_size(),
            view.width(),
            leading / 100,
            leading % 100
        ));
        page.push_str(VIEW_CSS);
        page.push_str(
            "</style>\n</head>\n<body>\n<main class=\"pv-page\">\n<article class=\"pv-article\">\n",
        );

        self.write_header(&mut page, title, lang, url, text);

        if let Some(lead) = web_url(self.lead_image_url.as_deref()) {
            if !content_has_image(content, lead) {
                page.push_str("<figure class=\"pv-lead\"><img src=\"");
                escape_html(&mut page, lead);
                page.push_str("\" alt=\"\"></figure>\n");
            }
        }

        page.push_str("<div class=\"pv-content\">\n");
        page.push_str(content);
        page.push_str("\n</div>\n");

        if let Some(url) = url {
            page.push_str("<footer class=\"pv-footer\"><a href=\"");
            escape_html(&mut page, url);
            page.push_str("\" rel=\"noopener noreferrer\">");
            escape_html(&mut page, url);
            page.push_str("</a></footer>\n");
        }
        page.push_str("</article>\n</main>\n</body>\n</html>\n");
        page
    }

    fn write_header(
        &self,
        page: &mut String,
        title: &str,
        lang: Option<&str>,
        url: Option<&str>,
        text: &str,
    ) {
        page.push_str("<header class=\"pv-header\">\n");
        if let Some(site) = self
            .site_name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            page.push_str("<p class=\"pv-site\">");
            if let Some(url) = url {
                page.push_str("<a href=\"");
                escape_html(page, url);
                page.push_str("\" rel=\"noopener noreferrer\">");
                escape_html(page, site);
                page.push_str("</a>");
            } else {
                escape_html(page, site);
            }
            page.push_str("</p>\n");
        }
        if !title.is_empty() {
            page.push_str("<h1 class=\"pv-title\">");
            escape_html(page, title);
            page.push_str("</h1>\n");
        }

        let mut meta = Vec::new();
        if let Some(byline) = self
            .byline
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            meta.push(format!(
                "<span class=\"pv-byline\" dir=\"auto\">{}</span>",
                escaped(byline)
            ));
        }
        if let Some(date) = self
            .published_time
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            meta.push(format!(
                "<time datetime=\"{}\" dir=\"auto\">{}</time>",
                escaped(date),
                escaped(&display_date(date, lang))
            ));
        }
        let minutes = if self.reading_time_minutes > 0 {
            self.reading_time_minutes
        } else {
            reading_time_minutes(text, lang)
        };
        if minutes > 0 {
            meta.push(format!(
                "<span class=\"pv-time\" dir=\"ltr\">{minutes} min read</span>"
            ));
        }
        if !meta.is_empty() {
            page.push_str("<p class=\"pv-meta\">");
            page.push_str(&meta.join(META_SEPARATOR));
            page.push_str("</p>\n");
        }
        page.push_str("</header>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article {
            title: "A <b>bold</b> & \"quoted\" title".to_string(),
            byline: Some("Jane <Doe>".to_string()),
            site_name: Some("The Site".to_string()),
            published_time: Some("2020-05-04T10:00:00Z".to_string()),
            lang: Some("en-GB".to_string()),
            dir: Some("ltr".to_string()),
            lead_image_url: Some("https://e.com/lead.jpg?w=800".to_string()),
            url: Some("https://e.com/story".to_string()),
            content: "<p>First paragraph.</p><p>Second.</p>".to_string(),
            text: "First paragraph.\n\nSecond.".to_string(),
            ..Article::default()
        }
    }

    #[test]
    fn page_is_standalone_strict_and_escaped() {
        let page = article().to_reading_view(&ViewOptions::default());
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\" data-theme=\"auto\" data-font=\"serif\">"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains("name=\"viewport\""));
        assert!(page.contains(&format!(
            "http-equiv=\"Content-Security-Policy\" content=\"{CSP}\""
        )));
        assert!(CSP.starts_with("default-src 'none'; img-src https: http: data:; media-src https: http:; frame-src https:; style-src 'unsafe-inline'"));
        assert!(!page.to_ascii_lowercase().contains("<script"));
        assert!(!page.contains("<link"));
        assert!(page
            .contains("<title>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title</title>"));
        assert!(page.contains(
            "<h1 class=\"pv-title\">A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title</h1>"
        ));
        assert!(page.contains("<span class=\"pv-byline\" dir=\"auto\">Jane &lt;Doe&gt;</span>"));
        assert!(
            page.contains("<time datetime=\"2020-05-04T10:00:00Z\" dir=\"auto\">4 May 2020</time>")
        );
        assert!(page.contains("1 min read"));
        assert!(page.contains(
            "<figure class=\"pv-lead\"><img src=\"https://e.com/lead.jpg?w=800\" alt=\"\">"
        ));
        assert!(page.contains("<p>First paragraph.</p><p>Second.</p>"));
        assert!(page.contains("prefers-color-scheme: dark"));
        assert!(page.contains("@media print"));
        assert!(page.trim_end().ends_with("</html>"));
    }

    #[test]
    fn hostile_fields_cannot_escape_their_place() {
        let a = Article {
            title: "</title><script>alert(1)</script>".to_string(),
            byline: Some("<img src=x onerror=alert(1)>".to_string()),
            lang: Some("en\" onload=\"alert(1)".to_string()),
            dir: Some("rtl\"><script>alert(1)</script>".to_string()),
            lead_image_url: Some("javascript:alert(1)".to_string()),
            url: Some("javascript:alert(1)".to_string()),
            site_name: Some("<script>x</script>".to_string()),
            content: "<p onclick=\"alert(1)\">ok</p><script>alert(1)</script><iframe src=\"https://evil.example/\"></iframe><meta http-equiv=refresh content=\"0;url=https://evil.example\">".to_string(),
            ..Article::default()
        };
        let page = a.to_reading_view(&ViewOptions::default());
        let lower = page.to_ascii_lowercase();
        for gone in [
            "<script",
            "onclick",
            "<img src=x",
            "onload",
            "javascript:",
            "evil.example",
            "refresh",
            "<iframe",
        ] {
            assert!(!lower.contains(gone), "{gone:?} in {page}");
        }
        assert!(page.starts_with("<!DOCTYPE html>\n<html data-theme"));
        assert!(page.contains("<p>ok</p>"));
    }

    #[test]
    fn lead_image_is_not_repeated_and_title_heading_is_not_doubled() {
        let mut a = article();
        a.title = "Story".to_string();
        a.content = "<h1>Story</h1><figure><img src=\"https://e.com/lead.jpg?w=1600\"></figure><p>Body.</p>".to_string();
        let page = a.to_reading_view(&ViewOptions::default());
        assert!(!page.contains("class=\"pv-lead\""));
        assert_eq!(page.matches("Story</h1>").count(), 1);
        assert!(page.contains("Body."));
    }

    #[test]
    fn options_drive_the_style_and_are_clamped() {
        let view = ViewOptions {
            theme: Theme::Sepia,
            font: Font::Sans,
            font_size_px: 18,
            content_width: 70,
            line_height: 1.5,
        };
        let page = article().to_reading_view(&view);
        assert!(page.contains("data-theme=\"sepia\" data-font=\"sans\""));
        assert!(page.contains("--pv-size: 18px; --pv-measure: 70ch; --pv-leading: 1.50;"));
        let wild = ViewOptions {
            font_size_px: 4000,
            content_width: 0,
            line_height: f32::NAN,
            ..ViewOptions::default()
        };
        let page = article().to_reading_view(&wild);
        assert!(page.contains("--pv-size: 48px; --pv-measure: 30ch; --pv-leading: 1.60;"));
        assert!(VIEW_CSS.contains(":root[data-theme=\"sepia\"]"));
        assert!(VIEW_CSS.contains(":root[data-theme=\"dark\"]"));
    }

    #[test]
    fn view_options_deserialize_camel_case_with_defaults() {
        let v: ViewOptions = serde_json::from_str(r#"{"theme":"dark","fontSizePx":22}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(v.theme, Theme::Dark);
        assert_eq!(v.font_size_px, 22);
        assert_eq!(v.font, Font::Serif);
        assert_eq!(v.content_width, DEFAULT_CONTENT_WIDTH_CH);
        let json = serde_json::to_string(&ViewOptions::default()).unwrap_or_default();
        assert!(json.contains("\"theme\":\"auto\"") && json.contains("\"lineHeight\""));
    }

    /// The names the browser module reads themes and fonts by are their serde names.
    #[test]
    fn theme_and_font_names_are_their_serde_names() {
        for theme in Theme::ALL {
            let json = serde_json::to_string(&theme).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", theme.as_str()));
        }
        for font in Font::ALL {
            let json = serde_json::to_string(&font).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", font.as_str()));
        }
    }

    #[test]
    fn reading_time_falls_back_to_the_content() {
        let a = Article {
            title: "T".to_string(),
            content: format!("<p>{}</p>", "word ".repeat(2300)),
            ..Article::default()
        };
        assert!(a
            .to_reading_view(&ViewOptions::default())
            .contains("10 min read"));
    }

    #[test]
    fn dates_show_as_iso_outside_english() {
        assert_eq!(display_date("2021-12-31", Some("de")), "2021-12-31");
        assert_eq!(display_date("2021-12-31T00:00", None), "31 December 2021");
        assert_eq!(display_date("yesterday", None), "yesterday");
        assert_eq!(display_date("2021-13-01", None), "2021-13-01");
    }

    #[test]
    fn an_opening_is_kept_surely_only_when_no_heading_repeats_the_title() {
        let keeps = |html: &str| surely_keeps_opening(html, "Otters  Return");
        assert!(keeps("<p>Text first</p><h1>Otters return</h1>"));
        assert!(keeps(
            "<div class=\"a>b\"><h2>Another <em>heading</em></h2><p>x</p></div>"
        ));
        assert!(keeps(
            "<figure><img src=\"a.png\" alt=\"\"></figure><h2>Other</h2>"
        ));
        assert!(!keeps(
            "<div>\n <h1>Otters <b>return</b></h1><p>x</p></div>"
        ));
        assert!(!keeps("<h2 id=\"t\">otters return</h2>"));
        assert!(!keeps("&nbsp;<h1>Otters return</h1>"));
        assert!(!keeps("<h2>Otters &amp; more</h2>"));
        assert!(!keeps("<h2>Never closed"));
        assert!(!keeps("<!-- c --><p>x</p>"));
    }
}
