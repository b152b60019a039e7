//! Garita's languages.
//!
//! Each supported [`Locale`] has Fluent catalogs under `locales/<code>/`, compiled into the
//! binary. [`negotiate`] picks a person's language: their explicit choice first, then their
//! browser's `Accept-Language`, then English. The tests in `tests/catalogs.rs` fail when any key is
//! missing, any message has a Fluent error, or a translation is a copy of the English text.

pub mod checks;
pub mod countries;
pub mod numbers;
pub mod when;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, accepted_languages, negotiate_languages};
use std::fmt;
use unic_langid::LanguageIdentifier;

/// A language Garita speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
    Ht,
    Pt,
    Ru,
    Fr,
    ZhHans,
    Ar,
    Tr,
    Hi,
}

impl Locale {
    /// Every supported locale, in the order the language picker lists them.
    pub const ALL: [Locale; 10] = [
        Locale::En,
        Locale::Es,
        Locale::Ht,
        Locale::Fr,
        Locale::Pt,
        Locale::Ru,
        Locale::ZhHans,
        Locale::Ar,
        Locale::Tr,
        Locale::Hi,
    ];

    /// The BCP 47 tag, as used in `lang` attributes, cookies and folder names.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Ht => "ht",
            Locale::Pt => "pt",
            Locale::Ru => "ru",
            Locale::Fr => "fr",
            Locale::ZhHans => "zh-Hans",
            Locale::Ar => "ar",
            Locale::Tr => "tr",
            Locale::Hi => "hi",
        }
    }

    /// The language's name in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Ht => "Kreyòl ayisyen",
            Locale::Pt => "Português",
            Locale::Ru => "Русский",
            Locale::Fr => "Français",
            Locale::ZhHans => "简体中文",
            Locale::Ar => "العربية",
            Locale::Tr => "Türkçe",
            Locale::Hi => "हिन्दी",
        }
    }

    /// A locale from its exact code (case-insensitive), as kept in a cookie or on an account.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// The value of the HTML `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        self.code().parse().expect("locale codes are valid BCP 47")
    }

    /// The platform's own Fluent sources for this locale (a service hands in its own:
    /// `Catalogs::load_with`).
    pub fn catalog_sources(self) -> &'static [&'static str] {
        // One entry per catalog file; a new platform subject adds its file here for every locale.
        macro_rules! files {
            ($code:literal) => {
                &[
                    include_str!(concat!("../locales/", $code, "/garita.ftl")),
                    include_str!(concat!("../locales/", $code, "/accounts.ftl")),
                    include_str!(concat!("../locales/", $code, "/registrations.ftl")),
                    include_str!(concat!("../locales/", $code, "/messages.ftl")),
                    include_str!(concat!("../locales/", $code, "/cases.ftl")),
                    include_str!(concat!("../locales/", $code, "/login.ftl")),
                    include_str!(concat!("../locales/", $code, "/staff.ftl")),
                    include_str!(concat!("../locales/", $code, "/organizations.ftl")),
                    include_str!(concat!("../locales/", $code, "/payments.ftl")),
                    include_str!(concat!("../locales/", $code, "/notices.ftl")),
                ]
            };
        }
        match self {
            Locale::En => files!("en"),
            Locale::Es => files!("es"),
            Locale::Ht => files!("ht"),
            Locale::Pt => files!("pt"),
            Locale::Ru => files!("ru"),
            Locale::Fr => files!("fr"),
            Locale::ZhHans => files!("zh-Hans"),
            Locale::Ar => files!("ar"),
            Locale::Tr => files!("tr"),
            Locale::Hi => files!("hi"),
        }
    }
}

/// Includes a crate's catalog files for every locale, as a `checks::Sources` function:
/// `catalogs!("hello.ftl")` reads `locales/<code>/hello.ftl` beside the crate's
/// manifest.
#[macro_export]
macro_rules! catalogs {
    ($($file:literal),+ $(,)?) => {{
        fn sources(locale: $crate::Locale) -> &'static [&'static str] {
            macro_rules! files {
                ($code:literal) => {
                    &[$(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/", $file))),+]
                };
            }
            match locale {
                $crate::Locale::En => files!("en"),
                $crate::Locale::Es => files!("es"),
                $crate::Locale::Ht => files!("ht"),
                $crate::Locale::Pt => files!("pt"),
                $crate::Locale::Ru => files!("ru"),
                $crate::Locale::Fr => files!("fr"),
                $crate::Locale::ZhHans => files!("zh-Hans"),
                $crate::Locale::Ar => files!("ar"),
                $crate::Locale::Tr => files!("tr"),
                $crate::Locale::Hi => files!("hi"),
            }
        }
        sources as $crate::checks::Sources
    }};
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Chooses a language: an explicit choice (a cookie or account setting) wins, then the browser's
/// `Accept-Language` header, then English.
pub fn negotiate(choice: Option<&str>, accept_language: Option<&str>) -> Locale {
    if let Some(locale) = choice.and_then(Locale::from_code) {
        return locale;
    }
    let Some(header) = accept_language else {
        return Locale::En;
    };
    let requested = accepted_languages::parse(header);
    let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
    let default = Locale::En.langid();
    negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    )
    .first()
    .and_then(|id| Locale::ALL.into_iter().find(|l| l.langid() == **id))
    .unwrap_or(Locale::En)
}

#[derive(Debug, thiserror::Error)]
#[error("the {locale} catalogs have errors: {details}")]
pub struct CatalogError {
    pub locale: Locale,
    pub details: String,
}

/// The compiled catalogs of every locale. Build once at start-up and share.
pub struct Catalogs {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl Catalogs {
    /// The platform's catalogs alone.
    pub fn load() -> Result<Self, CatalogError> {
        Self::load_with(&[])
    }

    /// The platform's catalogs and the services' (`catalogs!`); any syntax error, or a message
    /// defined twice (in one catalog or across them), is an error.
    pub fn load_with(services: &[checks::Sources]) -> Result<Self, CatalogError> {
        let mut bundles = Vec::with_capacity(Locale::ALL.len());
        for locale in Locale::ALL {
            let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
            // Bidi isolation marks only where the page direction differs from embedded names
            // (ports, codes) that are written left to right.
            bundle.set_use_isolating(locale.is_rtl());
            let sources = locale
                .catalog_sources()
                .iter()
                .chain(services.iter().flat_map(|s| s(locale).iter()));
            for source in sources {
                let resource =
                    FluentResource::try_new(source.to_string()).map_err(|(_, e)| CatalogError {
                        locale,
                        details: format!("{e:?}"),
                    })?;
                bundle.add_resource(resource).map_err(|e| CatalogError {
                    locale,
                    details: format!("{e:?}"),
                })?;
            }
            bundles.push((locale, bundle));
        }
        Ok(Catalogs { bundles })
    }

    fn bundle(&self, locale: Locale) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .expect("every locale has a bundle")
            .1
    }

    /// A message with no arguments.
    pub fn text(&self, locale: Locale, key: &str) -> String {
        self.format(locale, key, &[])
    }

    /// A message with named arguments. A key missing in `locale` falls back to English (the
    /// catalog tests make that impossible in a release), and a key missing everywhere shows as
    /// the key itself rather than failing the page.
    pub fn format(&self, locale: Locale, key: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for candidate in [locale, Locale::En] {
            let bundle = self.bundle(candidate);
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        key.to_string()
    }

    /// Whether a message exists in the English catalog.
    pub fn has(&self, key: &str) -> bool {
        self.bundle(Locale::En).has_message(key)
    }
}

pub use fluent_bundle::FluentValue as Value;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_choice_wins_over_the_browser() {
        assert_eq!(negotiate(Some("ar"), Some("es-MX,es;q=0.9")), Locale::Ar);
        assert_eq!(negotiate(Some("ZH-hans"), None), Locale::ZhHans);
    }

    #[test]
    fn browser_languages_are_matched_by_preference() {
        assert_eq!(negotiate(None, Some("es-MX,es;q=0.9,en;q=0.8")), Locale::Es);
        assert_eq!(negotiate(None, Some("de-DE,fr;q=0.7,en;q=0.5")), Locale::Fr);
        assert_eq!(negotiate(None, Some("pt-BR")), Locale::Pt);
        assert_eq!(negotiate(None, Some("ht")), Locale::Ht);
        assert_eq!(negotiate(None, Some("zh-CN,zh;q=0.9")), Locale::ZhHans);
        assert_eq!(negotiate(None, Some("ar-EG")), Locale::Ar);
        assert_eq!(negotiate(None, Some("hi-IN")), Locale::Hi);
    }

    #[test]
    fn unknown_or_absent_languages_fall_back_to_english() {
        assert_eq!(negotiate(None, None), Locale::En);
        assert_eq!(negotiate(Some("xx"), Some("de,ja")), Locale::En);
        assert_eq!(negotiate(None, Some("garbage;;;")), Locale::En);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            assert_eq!(locale.dir() == "rtl", locale == Locale::Ar);
        }
    }
}
