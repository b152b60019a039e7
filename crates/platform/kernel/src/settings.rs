//! Numbers a service lets operators set (thresholds, limits): each declared by its service with
//! a default and a range, set in configuration (`[settings]`), refused at start when unknown or
//! out of range, and read by name. Dated amounts (a stipend from a day on) the same way, under
//! `[amounts]`, as a schedule of `DAY AMOUNT CURRENCY` lines.

use crate::Services;

/// One setting a service declares.
#[derive(Debug)]
pub struct Setting {
    /// `<service>.<what>`, as written in configuration.
    pub name: &'static str,
    pub default: i64,
    pub min: i64,
    pub max: i64,
    /// What it does, for the operator who reads the error.
    pub help: &'static str,
}

/// An amount a service pays or charges by date, declared with its default schedule.
#[derive(Debug)]
pub struct DatedAmount {
    /// `<service>.<what>`, as written in configuration.
    pub name: &'static str,
    /// Its schedule unless configuration sets one (`FeeSchedule::parse`).
    pub default: &'static str,
    pub help: &'static str,
}

impl Services {
    /// A declared dated amount's schedule (its default unless configuration set it).
    ///
    /// # Panics
    /// When no service of the build declares `name`, or its default does not parse: programming
    /// errors, caught by tests.
    pub fn amounts(&self, name: &str) -> garita_domain::money::FeeSchedule {
        if let Some(set) = self.amounts.get(name) {
            return set.clone();
        }
        let rule = self.amount_rules.iter().find(|a| a.name == name);
        let rule = rule.unwrap_or_else(|| panic!("no service declares the amounts {name:?}"));
        garita_domain::money::FeeSchedule::parse(rule.default).expect("a declared default parses")
    }

    /// Sets a declared dated amount's schedule; the error says what is wrong.
    pub fn set_amounts(&mut self, name: &str, schedule: &str) -> Result<(), String> {
        let Some(rule) = self.amount_rules.iter().find(|a| a.name == name) else {
            let known: Vec<&str> = self.amount_rules.iter().map(|a| a.name).collect();
            return Err(format!(
                "amounts.{name}: no such amount (known: {})",
                known.join(", ")
            ));
        };
        let parsed = garita_domain::money::FeeSchedule::parse(schedule)
            .map_err(|e| format!("amounts.{name}: {e} ({})", rule.help))?;
        self.amounts.insert(name.to_string(), parsed);
        Ok(())
    }

    /// A declared setting's value (its default unless configuration set it).
    ///
    /// # Panics
    /// When no service of the build declares `name`: a programming error, caught by tests.
    pub fn setting(&self, name: &str) -> i64 {
        match self.settings.get(name) {
            Some(value) => *value,
            None => panic!("no service declares the setting {name:?}"),
        }
    }

    /// Sets a declared setting, within its range; the error says what is allowed.
    pub fn set_setting(&mut self, name: &str, value: i64) -> Result<(), String> {
        let Some(rule) = self.setting_rules.iter().find(|s| s.name == name) else {
            let known: Vec<&str> = self.setting_rules.iter().map(|s| s.name).collect();
            return Err(format!(
                "settings.{name}: no such setting (known: {})",
                known.join(", ")
            ));
        };
        if !(rule.min..=rule.max).contains(&value) {
            return Err(format!(
                "settings.{name} must be {} to {} ({})",
                rule.min, rule.max, rule.help
            ));
        }
        self.settings.insert(name.to_string(), value);
        Ok(())
    }
}
