//! One view model for the many plain pages (account, sign-in, recovery, staff): a title, an
//! optional notice or error, and blocks of paragraphs, lists, tables and forms. One template
//! (`generic.html`) renders them all the same way: labels above fields, help and errors right under
//! the field they are about, big buttons, nothing that needs JavaScript.

use crate::AppError;
use crate::pages::Chrome;
use askama::Template;
use axum::response::Html;

#[derive(Template)]
#[template(path = "generic.html")]
pub struct GenericPage<'a> {
    pub page: Chrome<'a>,
    pub title: String,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub blocks: Vec<Block>,
    /// The photo page's optional camera: the labels of its two buttons (start, take).
    pub camera: Option<(String, String)>,
    /// An optional script that improves the page (the page works without it where it can).
    pub script: Option<&'static str>,
    /// Texts for that script, as `data-` attributes of a hidden `#page-data` element.
    pub data: Vec<(&'static str, String)>,
}

impl<'a> GenericPage<'a> {
    pub fn new(page: Chrome<'a>, title_key: &str) -> Self {
        GenericPage {
            title: page.t(title_key),
            page,
            notice: None,
            error: None,
            blocks: vec![],
            camera: None,
            script: None,
            data: vec![],
        }
    }

    pub fn notice(mut self, text: String) -> Self {
        self.notice = Some(text);
        self
    }

    pub fn error(mut self, text: String) -> Self {
        self.error = Some(text);
        self
    }

    pub fn block(mut self, block: Block) -> Self {
        self.blocks.push(block);
        self
    }

    pub fn render(&self) -> Result<Html<String>, AppError> {
        crate::pages::render(self)
    }
}

#[derive(Default)]
pub struct Block {
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
    /// Shown large and spaced, for codes a person must copy.
    pub codes: Vec<String>,
    pub table: Option<Table>,
    pub form: Option<Form>,
    pub links: Vec<(String, String)>,
    /// A time left until a deadline: the text as the server wrote it, kept current by
    /// `countdown.js` from the deadline (Unix ms) and a template with `%H` and `%M`.
    pub countdown: Option<(String, i64, String)>,
    /// An SVG drawn by Garita itself (a QR code, a chart), printed as is.
    pub svg: Option<String>,
    /// The SVG is a chart: the width of the text, drawing its own direction (a QR code is
    /// smaller, and always left to right).
    pub chart: bool,
    /// A long code to copy (a confirmation token), in a monospace font, wrapped anywhere.
    pub mono: Option<String>,
    /// Pictures side by side: source and description.
    pub images: Vec<(String, String)>,
    /// Works only with the page's script (it needs the phone's position): hidden until the
    /// script shows it, so that no button is offered that cannot work.
    pub needs_script: bool,
    /// Says what to do without the page's script; the script hides it when it can do the step.
    pub without_script: bool,
}

impl Block {
    pub fn heading(text: String) -> Self {
        Block {
            heading: Some(text),
            ..Block::default()
        }
    }

    pub fn text(text: String) -> Self {
        Block {
            paragraphs: vec![text],
            ..Block::default()
        }
    }

    /// See [`Block::needs_script`].
    pub fn needing_script(mut self) -> Self {
        self.needs_script = true;
        self
    }

    /// See [`Block::without_script`].
    pub fn for_no_script(mut self) -> Self {
        self.without_script = true;
        self
    }

    pub fn para(mut self, text: String) -> Self {
        self.paragraphs.push(text);
        self
    }

    pub fn form(mut self, form: Form) -> Self {
        self.form = Some(form);
        self
    }

    pub fn countdown(mut self, text: String, deadline_ms: i64, template: String) -> Self {
        self.countdown = Some((text, deadline_ms, template));
        self
    }

    /// A signed proof (`garita_kernel::proofs`) as a QR code, with its text to copy below
    /// under `label`.
    pub fn proof(token: &str, label: String) -> Self {
        Block {
            svg: qr(token),
            mono: Some(token.to_string()),
            ..Block::text(label)
        }
    }

    pub fn link(mut self, href: &str, text: String) -> Self {
        self.links.push((href.to_string(), text));
        self
    }
}

/// A long identifier in groups of four characters, shown as boxes that wrap on a narrow screen.
pub fn groups(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    chars.chunks(4).map(|c| c.iter().collect()).collect()
}

pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub struct Form {
    pub action: String,
    pub csrf: String,
    pub hidden: Vec<(String, String)>,
    pub fields: Vec<Field>,
    /// Questions grouped under legends, after `fields` (a long form, as a person fills it).
    pub sets: Vec<FieldSet>,
    pub submit: String,
    /// A quieter button (e.g. "send me a new code").
    pub secondary: bool,
    /// Sends files (`multipart/form-data`).
    pub multipart: bool,
    /// Marks the questions that must be answered with a star, said once above the form (for
    /// long forms with optional questions).
    pub mark_required: bool,
    /// A search: sent with GET, so its answer has an address (no token: it changes nothing).
    pub get: bool,
}

/// Questions that belong together under one legend: a date's day, month and year; a number and
/// its unit; the optional questions, folded until opened.
pub struct FieldSet {
    /// None for questions that only need to stay together.
    pub legend: Option<String>,
    /// The set's own problem (a date missing or impossible), said under its legend.
    pub error: Option<String>,
    pub fields: Vec<Field>,
    /// Small fields side by side.
    pub inline: bool,
    /// Folded under its legend unless one of its questions is filled in or wrong.
    pub folded: bool,
    /// The set as a whole must be answered (one of its fields, e.g. centimetres or feet).
    pub required: bool,
}

impl FieldSet {
    pub fn new(legend: Option<String>) -> Self {
        FieldSet {
            legend,
            error: None,
            fields: vec![],
            inline: false,
            folded: false,
            required: false,
        }
    }

    pub fn field(mut self, field: Field) -> Self {
        self.fields.push(field);
        self
    }

    pub fn inline(mut self) -> Self {
        self.inline = true;
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }

    /// Folded, unless a question in it is filled in or wrong (then the person sees it).
    pub fn folded(mut self) -> Self {
        self.folded = true;
        self
    }

    /// Whether a folded set opens: something in it to see.
    pub fn open(&self) -> bool {
        !self.folded
            || self.error.is_some()
            || self
                .fields
                .iter()
                .any(|f| f.error.is_some() || (!f.value.is_empty() && f.kind != "select"))
            || self
                .fields
                .iter()
                .any(|f| f.options.iter().skip(1).any(|(_, _, selected)| *selected))
    }
}

impl Form {
    pub fn post(action: &str, csrf: &str, submit: String) -> Self {
        Form {
            action: action.to_string(),
            csrf: csrf.to_string(),
            hidden: vec![],
            fields: vec![],
            sets: vec![],
            submit,
            secondary: false,
            multipart: false,
            mark_required: false,
            get: false,
        }
    }

    /// A search form, sent with GET.
    pub fn get(action: &str, submit: String) -> Self {
        Form {
            get: true,
            ..Form::post(action, "", submit)
        }
    }

    pub fn set(mut self, set: FieldSet) -> Self {
        self.sets.push(set);
        self
    }

    pub fn mark_required(mut self) -> Self {
        self.mark_required = true;
        self
    }

    /// Every problem in the form, in order, for the summary at its top: the field to go to
    /// (its id) and what to say (its question and what is wrong).
    pub fn problems(&self) -> Vec<(String, String)> {
        let field = |f: &Field| {
            f.error
                .as_ref()
                .map(|e| (format!("f-{}", f.name), format!("{}: {e}", f.label)))
        };
        let mut out: Vec<(String, String)> = self.fields.iter().filter_map(field).collect();
        for set in &self.sets {
            if let (Some(e), Some(first)) = (&set.error, set.fields.first()) {
                let question = set.legend.clone().unwrap_or_else(|| first.label.clone());
                out.push((format!("f-{}", first.name), format!("{question}: {e}")));
            }
            out.extend(set.fields.iter().filter_map(field));
        }
        out
    }

    pub fn multipart(mut self) -> Self {
        self.multipart = true;
        self
    }

    pub fn field(mut self, field: Field) -> Self {
        self.fields.push(field);
        self
    }

    pub fn hidden(mut self, name: &str, value: &str) -> Self {
        self.hidden.push((name.to_string(), value.to_string()));
        self
    }

    pub fn secondary(mut self) -> Self {
        self.secondary = true;
        self
    }
}

pub struct Field {
    pub name: &'static str,
    pub label: String,
    /// `text`, `email`, `password`, `tel`, `checkbox`, `select`, `date`, `number`, `photo` (a
    /// file input that opens the front camera on phones), `picture` (an optional picture of a
    /// document: the back camera), or `file` (a JSON file: a record).
    pub kind: &'static str,
    pub value: String,
    pub help: Option<String>,
    pub error: Option<String>,
    pub autocomplete: &'static str,
    pub inputmode: &'static str,
    pub required: bool,
    pub options: Vec<(String, String, bool)>,
}

impl Field {
    pub fn new(name: &'static str, kind: &'static str, label: String) -> Self {
        Field {
            name,
            label,
            kind,
            value: String::new(),
            help: None,
            error: None,
            autocomplete: "off",
            inputmode: "",
            required: true,
            options: vec![],
        }
    }

    pub fn value(mut self, value: &str) -> Self {
        self.value = value.to_string();
        self
    }

    pub fn help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    pub fn error(mut self, error: Option<String>) -> Self {
        self.error = error;
        self
    }

    pub fn autocomplete(mut self, value: &'static str) -> Self {
        self.autocomplete = value;
        self
    }

    pub fn numeric(mut self) -> Self {
        self.inputmode = "numeric";
        self
    }

    pub fn optional(mut self) -> Self {
        self.required = false;
        self
    }

    /// The ten languages, each in its own words, `chosen` selected.
    pub fn languages(self, chosen: garita_i18n::Locale) -> Self {
        let options = garita_i18n::Locale::ALL
            .into_iter()
            .map(|l| {
                (
                    l.code().to_string(),
                    l.native_name().to_string(),
                    l == chosen,
                )
            })
            .collect();
        self.options(options)
    }

    pub fn options(mut self, options: Vec<(String, String, bool)>) -> Self {
        self.options = options;
        self
    }
}

/// A page that says what was done (200), or what could not be done and why (422: nothing
/// changed), for forms that answer on their own page.
pub fn said(done: bool, page: axum::response::Html<String>) -> axum::response::Response {
    use axum::response::IntoResponse;
    if done {
        page.into_response()
    } else {
        (axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    }
}

/// The QR code of a text, as SVG.
pub fn qr(text: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .min_dimensions(240, 240)
            .build(),
    )
}
