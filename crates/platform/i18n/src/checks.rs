//! Checks that a set of catalogs (the platform's, or a service's) is complete and correct in
//! every language: the same keys as English, the same placeables, no Fluent error when
//! formatted (numbers exercise plural selectors), and no value left as a copy of English. Each
//! crate's tests run them on its own catalogs.

use crate::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Each locale's Fluent sources, as a crate ships them.
pub type Sources = fn(Locale) -> &'static [&'static str];

/// Everything wrong with these catalogs; empty when they are complete and correct.
/// `same_in_every_language` lists messages that may equal English (names and codes).
pub fn problems(sources: Sources, same_in_every_language: &[&str]) -> Vec<String> {
    let mut out = vec![];
    let english = match messages(sources, Locale::En) {
        Ok(m) => m,
        Err(e) => return vec![e],
    };
    if english.is_empty() {
        return vec!["the English catalog is empty".into()];
    }
    let english_text = formatted(sources, Locale::En, &english, &mut out);
    let english_selectors = match selectors(sources, Locale::En) {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    out.extend(count_problems(
        sources,
        Locale::En,
        &english,
        &english_selectors,
    ));
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let translated = match messages(sources, locale) {
            Ok(m) => m,
            Err(e) => {
                out.push(e);
                continue;
            }
        };
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            out.push(format!("{locale} is missing {id}"));
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            out.push(format!("{locale} has {id}, which English does not"));
        }
        for (id, vars) in &english {
            if translated.get(id).is_some_and(|v| v != vars) {
                out.push(format!("{locale}: {id} uses other variables than English"));
            }
        }
        out.extend(count_problems(
            sources,
            locale,
            &english,
            &english_selectors,
        ));
        for (id, text) in formatted(sources, locale, &english, &mut out) {
            if !same_in_every_language.contains(&id.as_str())
                && english_text.get(&id) == Some(&text)
            {
                out.push(format!("{locale}: {id} is still in English"));
            }
        }
    }
    out
}

/// Message id -> the variables its value uses, for one locale.
fn messages(
    sources: Sources,
    locale: Locale,
) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut out = BTreeMap::new();
    for source in sources(locale) {
        let resource = fluent_syntax::parser::parse(*source)
            .map_err(|(_, errors)| format!("{locale}: syntax errors: {errors:?}"))?;
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut vars);
                    }
                    if out.insert(m.id.name.to_string(), vars).is_some() {
                        return Err(format!("{locale}: {} is defined twice", m.id.name));
                    }
                }
                Entry::Junk { content } => {
                    return Err(format!("{locale}: cannot parse {content:?}"));
                }
                _ => {}
            }
        }
    }
    Ok(out)
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

/// Message id -> the variables its value chooses its words by (`{ $seats -> ... }`).
fn selectors(
    sources: Sources,
    locale: Locale,
) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut out = BTreeMap::new();
    for source in sources(locale) {
        let resource = fluent_syntax::parser::parse(*source)
            .map_err(|(_, errors)| format!("{locale}: syntax errors: {errors:?}"))?;
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_selectors(value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    Ok(out)
}

fn pattern_selectors(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { selector, variants },
        } = element
        {
            if let InlineExpression::VariableReference { id } = selector {
                out.insert(id.name.to_string());
            }
            for variant in variants {
                pattern_selectors(&variant.value, out);
            }
        }
    }
}

/// The counts every counted phrase is rendered with: CLDR's categories differ between them in
/// every language Garita speaks (Russian's 1, 2, 5 and 21; Arabic's 0, 1, 2 and 5).
pub const COUNTS: [i64; 5] = [0, 1, 2, 5, 21];

/// Where English chooses its words by a count, a language must too, and the phrase must render
/// without a Fluent error for each of [`COUNTS`]. `variables` are English's (every argument a
/// message is given), `english` its selectors.
fn count_problems(
    sources: Sources,
    locale: Locale,
    variables: &BTreeMap<String, BTreeSet<String>>,
    english: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut out = vec![];
    let own = match selectors(sources, locale) {
        Ok(s) => s,
        Err(e) => return vec![e],
    };
    let bundle = bundle(sources, locale, &mut out);
    for (id, counted) in english.iter().filter(|(_, v)| !v.is_empty()) {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue; // reported as missing
        };
        for var in counted {
            if !own.get(id).is_some_and(|v| v.contains(var)) {
                out.push(format!(
                    "{locale}: {id} does not choose its words by ${var}"
                ));
                continue;
            }
            let render = |n: i64| {
                let mut args = FluentArgs::new();
                for other in variables.get(id).into_iter().flatten() {
                    args.set(
                        other.as_str(),
                        FluentValue::from(if other == var { n } else { 3 }),
                    );
                }
                let mut errors = vec![];
                let text = bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
                (text, errors)
            };
            for n in COUNTS {
                let (text, errors) = render(n);
                if !errors.is_empty() || text.trim().is_empty() {
                    out.push(format!("{locale}: {id} with {var} = {n}: {errors:?}"));
                }
            }
        }
    }
    out
}

fn bundle(
    sources: Sources,
    locale: Locale,
    problems: &mut Vec<String>,
) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![locale.langid()]);
    bundle.set_use_isolating(false);
    for source in sources(locale) {
        match FluentResource::try_new(source.to_string()) {
            Ok(resource) => {
                if let Err(e) = bundle.add_resource(resource) {
                    problems.push(format!("{locale}: {e:?}"));
                }
            }
            Err((_, e)) => problems.push(format!("{locale}: {e:?}")),
        }
    }
    bundle
}

/// Formats every English message in a locale with sample arguments (distinct numbers, so plural
/// selectors are exercised); Fluent errors and empty values are problems.
fn formatted(
    sources: Sources,
    locale: Locale,
    english: &BTreeMap<String, BTreeSet<String>>,
    problems: &mut Vec<String>,
) -> BTreeMap<String, String> {
    let bundle = bundle(sources, locale, problems);
    let mut out = BTreeMap::new();
    for (id, vars) in english {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue; // reported as missing
        };
        let mut args = FluentArgs::new();
        for (i, var) in vars.iter().enumerate() {
            args.set(var.as_str(), FluentValue::from(i as i64 + 3));
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            problems.push(format!("{locale}: {id}: {errors:?}"));
        }
        if text.trim().is_empty() {
            problems.push(format!("{locale}: {id} is empty"));
        }
        out.insert(id.clone(), text.into_owned());
    }
    out
}
