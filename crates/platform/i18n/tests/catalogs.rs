//! The catalogs are complete and correct in every language: a missing key, a Fluent error, a
//! placeable that differs from English, or a value left as a copy of English fails here.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use garita_i18n::{Catalogs, Locale};
use std::collections::{BTreeMap, BTreeSet};

/// Messages whose value is the same in every language: names and codes.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["site-name"];

/// Message id -> the variables its value uses, for one locale.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for source in locale.catalog_sources() {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{locale}: syntax errors: {errors:?}"),
        };
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut vars);
                    }
                    let previous = out.insert(m.id.name.to_string(), vars);
                    assert!(
                        previous.is_none(),
                        "{locale}: {} is defined twice",
                        m.id.name
                    );
                }
                Entry::Junk { content } => panic!("{locale}: cannot parse {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Formats every message of a locale with sample arguments; any Fluent error fails.
fn formatted(
    locale: Locale,
    english: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeMap<String, String> {
    let mut bundle = FluentBundle::new(vec![locale.code().parse().unwrap()]);
    bundle.set_use_isolating(false);
    for source in locale.catalog_sources() {
        bundle
            .add_resource(FluentResource::try_new(source.to_string()).unwrap())
            .unwrap_or_else(|e| panic!("{locale}: {e:?}"));
    }
    let mut out = BTreeMap::new();
    for (id, vars) in english {
        let mut args = FluentArgs::new();
        for (i, var) in vars.iter().enumerate() {
            // Numbers exercise plural selectors; every variable gets a distinct value.
            args.set(var.as_str(), FluentValue::from(i as i64 + 3));
        }
        let message = bundle
            .get_message(id)
            .unwrap_or_else(|| panic!("{locale}: {id} is missing"));
        let pattern = message
            .value()
            .unwrap_or_else(|| panic!("{locale}: {id} has no value"));
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{locale}: {id}: {errors:?}");
        assert!(!text.trim().is_empty(), "{locale}: {id} is empty");
        out.insert(id.clone(), text.into_owned());
    }
    out
}

#[test]
fn every_locale_has_exactly_the_english_keys() {
    let english: BTreeSet<String> = messages(Locale::En).into_keys().collect();
    assert!(english.len() > 20, "the English catalog looks truncated");
    for locale in Locale::ALL {
        let keys: BTreeSet<String> = messages(locale).into_keys().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{locale} is missing {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has keys English does not: {extra:?}"
        );
    }
}

#[test]
fn every_translation_uses_the_same_placeables_as_english() {
    let english = messages(Locale::En);
    for locale in Locale::ALL {
        let translated = messages(locale);
        for (id, vars) in &english {
            assert_eq!(
                translated.get(id),
                Some(vars),
                "{locale}: {id} uses other variables"
            );
        }
    }
}

#[test]
fn every_message_formats_without_fluent_errors() {
    let english = messages(Locale::En);
    for locale in Locale::ALL {
        formatted(locale, &english);
    }
}

#[test]
fn no_translation_is_a_copy_of_english() {
    let english_ids = messages(Locale::En);
    let english = formatted(Locale::En, &english_ids);
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let translated = formatted(locale, &english_ids);
        for (id, text) in &translated {
            if SAME_IN_EVERY_LANGUAGE.contains(&id.as_str()) {
                continue;
            }
            assert_ne!(
                Some(text),
                english.get(id),
                "{locale}: {id} is still in English"
            );
        }
    }
}

#[test]
fn the_runtime_catalogs_load_and_fall_back_to_the_key() {
    let catalogs = Catalogs::load().expect("catalogs load");
    assert!(catalogs.has("home-title"));
    assert_eq!(catalogs.text(Locale::Es, "no-such-key"), "no-such-key");
    assert_ne!(
        catalogs.text(Locale::Es, "home-title"),
        catalogs.text(Locale::En, "home-title")
    );
}

#[test]
fn the_country_names_cover_exactly_the_codes_the_domain_accepts() {
    let named: Vec<&str> = garita_i18n::countries::codes().collect();
    assert_eq!(named, garita_domain::countries::COUNTRY_CODES.to_vec());
}
