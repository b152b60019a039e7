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
    /// An SVG drawn by Garita itself (a QR code), printed as is.
    pub svg: Option<String>,
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

    pub fn link(mut self, href: &str, text: String) -> Self {
        self.links.push((href.to_string(), text));
        self
    }
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
    pub submit: String,
    /// A quieter button (e.g. "send me a new code").
    pub secondary: bool,
    /// Sends files (`multipart/form-data`).
    pub multipart: bool,
}

impl Form {
    pub fn post(action: &str, csrf: &str, submit: String) -> Self {
        Form {
            action: action.to_string(),
            csrf: csrf.to_string(),
            hidden: vec![],
            fields: vec![],
            submit,
            secondary: false,
            multipart: false,
        }
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
    /// `text`, `email`, `password`, `tel`, `checkbox`, `select`, `date`, `number`, or `photo` (a
    /// file input that opens the front camera on phones).
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

    pub fn options(mut self, options: Vec<(String, String, bool)>) -> Self {
        self.options = options;
        self
    }
}
