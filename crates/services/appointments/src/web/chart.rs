//! Charts drawn on the server as SVG, for the statistics and the wait times: readable on a
//! 320 px screen, named for screen readers, mirrored for a right-to-left language, and always
//! beside a table of the same numbers.

use garita_i18n::Locale;
use std::fmt::Write;

/// The charts' width in SVG units: about what a 320 px screen gives a figure, so that text
/// drawn 12 units high reads at about 12 px there (and larger on larger screens).
pub(super) const WIDTH: f64 = 208.0;
/// The margin at each side.
pub(super) const PAD: f64 = 2.0;
pub(super) const INK: &str = "#1b1f24";
pub(super) const TRACK: &str = "#e3e8ea";

/// A chart being drawn: shapes and text placed as for left to right, mirrored for a
/// right-to-left language (names and bars start on the right).
pub(super) struct Chart {
    rtl: bool,
    body: String,
}

impl Chart {
    pub(super) fn new(locale: Locale) -> Chart {
        Chart {
            rtl: locale.is_rtl(),
            body: String::new(),
        }
    }

    /// Where something `width` wide that starts `x` from the start edge begins on the page.
    pub(super) fn x(&self, x: f64, width: f64) -> f64 {
        if self.rtl { WIDTH - x - width } else { x }
    }

    pub(super) fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: &str) {
        let x = self.x(x, width);
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{width:.1}" height="{height:.1}" fill="{fill}"/>"#
        );
    }

    /// Text whose start (`end`: whose end) is `x` from the start edge, `y` its baseline.
    pub(super) fn text(&mut self, x: f64, y: f64, size: u32, bold: bool, end: bool, text: &str) {
        let x = self.x(x, 0.0);
        // Under `direction="rtl"`, start and end are the right and the left edges.
        let anchor = if end { "end" } else { "start" };
        let weight = if bold { r#" font-weight="700""# } else { "" };
        let _ = write!(
            self.body,
            r#"<text x="{x:.1}" y="{y:.1}" font-size="{size}" text-anchor="{anchor}" fill="{INK}"{weight}>{}</text>"#,
            escape(text)
        );
    }

    /// The whole picture: its size, its role and its name and description for screen readers.
    pub(super) fn finish(self, id: &str, height: f64, title: &str, desc: &str) -> String {
        let direction = if self.rtl { r#" direction="rtl""# } else { "" };
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0}" width="100%" role="img" aria-labelledby="{id}-title {id}-desc"{direction}><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>{}</svg>"#,
            escape(title),
            escape(desc),
            self.body
        )
    }
}

/// Text as XML: `&`, `<`, `>` and quotes escaped.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
