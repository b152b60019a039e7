//! Accounts: who may sign in, in which role, and the values they type when signing up.

use crate::input::InputError;
use crate::ports::PortCode;
use std::fmt;

/// The version of the consent text (`consent-*` messages and the purposes it names,
/// `purposes::CONSENTS`). Raise it whenever the meaning of that text changes: everyone is asked
/// to read and accept it again at their next sign-in.
pub const CONSENT_VERSION: i32 = crate::purposes::CONSENTS.len() as i32;

/// What an account may do. Staff roles need an authenticator app; officers and port supervisors
/// belong to one port; helpers to one organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Applicant,
    Helper,
    Officer,
    PortSupervisor,
    ProgrammeAdmin,
    Auditor,
    PartnerValidator,
    /// An organisation applicants trust that observes a service's public lottery (it adds its
    /// own secret to each one it observes).
    Observer,
    /// Adds and removes the helpers of their own organisation.
    OrganizationAdmin,
    /// Reviews applications a person must decide (a travel authorization's evidence and
    /// photo checks) and decides them.
    Adjudicator,
    /// Inspects plants, food and cargo at one port and records each result.
    AgricultureSpecialist,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Applicant,
        Role::Helper,
        Role::Officer,
        Role::PortSupervisor,
        Role::ProgrammeAdmin,
        Role::Auditor,
        Role::PartnerValidator,
        Role::Observer,
        Role::OrganizationAdmin,
        Role::Adjudicator,
        Role::AgricultureSpecialist,
    ];

    /// The stable code stored in the database and typed on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Role::Applicant => "applicant",
            Role::Helper => "helper",
            Role::Officer => "officer",
            Role::PortSupervisor => "port-supervisor",
            Role::ProgrammeAdmin => "programme-admin",
            Role::Auditor => "auditor",
            Role::PartnerValidator => "partner-validator",
            Role::Observer => "observer",
            Role::OrganizationAdmin => "organization-admin",
            Role::Adjudicator => "adjudicator",
            Role::AgricultureSpecialist => "agriculture-specialist",
        }
    }

    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code.trim())
    }

    /// The message naming the role in the reader's language.
    pub fn message_key(self) -> &'static str {
        match self {
            Role::Applicant => "role-applicant",
            Role::Helper => "role-helper",
            Role::Officer => "role-officer",
            Role::PortSupervisor => "role-port-supervisor",
            Role::ProgrammeAdmin => "role-programme-admin",
            Role::Auditor => "role-auditor",
            Role::PartnerValidator => "role-partner-validator",
            Role::Observer => "role-observer",
            Role::OrganizationAdmin => "role-organization-admin",
            Role::Adjudicator => "role-adjudicator",
            Role::AgricultureSpecialist => "role-agriculture-specialist",
        }
    }

    pub fn is_staff(self) -> bool {
        self != Role::Applicant
    }

    /// Officers, port supervisors and agriculture specialists work at exactly one port.
    pub fn needs_port(self) -> bool {
        matches!(
            self,
            Role::Officer | Role::PortSupervisor | Role::AgricultureSpecialist
        )
    }

    /// Helpers and partner validators work for an organisation (a partner's people and systems
    /// share its limits); an observer is one (its name is published).
    pub fn needs_organization(self) -> bool {
        matches!(
            self,
            Role::Helper | Role::Observer | Role::PartnerValidator | Role::OrganizationAdmin
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A role with what binds it: the port of an officer or supervisor, the organization of a helper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub port: Option<PortCode>,
    pub organization: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    #[error("officers, port supervisors and agriculture specialists need --port")]
    PortRequired,
    #[error("only officers, port supervisors and agriculture specialists have a port")]
    PortNotAllowed,
    #[error("helpers, observers and partner validators need --organization")]
    OrganizationRequired,
    #[error("only helpers, observers and partner validators have an organization")]
    OrganizationNotAllowed,
}

impl Grant {
    pub fn new(
        role: Role,
        port: Option<PortCode>,
        organization: Option<String>,
    ) -> Result<Grant, GrantError> {
        let organization = organization
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty());
        match (role.needs_port(), port.is_some()) {
            (true, false) => return Err(GrantError::PortRequired),
            (false, true) => return Err(GrantError::PortNotAllowed),
            _ => {}
        }
        match (role.needs_organization(), organization.is_some()) {
            (true, false) => return Err(GrantError::OrganizationRequired),
            (false, true) => return Err(GrantError::OrganizationNotAllowed),
            _ => {}
        }
        Ok(Grant {
            role,
            port,
            organization,
        })
    }

    pub fn applicant() -> Grant {
        Grant {
            role: Role::Applicant,
            port: None,
            organization: None,
        }
    }
}

/// An e-mail address, trimmed, with its domain in lower case. Deliberately permissive: the only
/// real check of an address is the code we send to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(text: &str) -> Result<Email, InputError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(InputError::Required);
        }
        let (local, domain) = text.rsplit_once('@').ok_or(InputError::EmailFormat)?;
        let valid = !local.is_empty()
            && local.len() <= 64
            && text.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !text.chars().any(|c| c.is_whitespace() || c.is_control());
        if !valid {
            return Err(InputError::EmailFormat);
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to find an account: the whole address in lower case.
    pub fn lookup_form(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A phone number in international form: `+`, then 8 to 15 digits (spaces, dots, dashes and
/// brackets allowed while typing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(text: &str) -> Result<PhoneNumber, InputError> {
        let text = text.trim();
        let digits: String = text.chars().filter(|c| c.is_ascii_digit()).collect();
        let only_allowed = text
            .chars()
            .all(|c| c.is_ascii_digit() || " .-()+".contains(c));
        if !text.starts_with('+') || !only_allowed || !(8..=15).contains(&digits.len()) {
            return Err(InputError::PhoneFormat);
        }
        Ok(PhoneNumber(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a person signs up, signs in and recovers with: an e-mail address, or a mobile number
/// for people with no e-mail (their codes and messages then come by SMS).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Login {
    Email(Email),
    Phone(PhoneNumber),
}

impl Login {
    /// A number when it starts with `+` (the country code), else an e-mail address.
    pub fn parse(text: &str) -> Result<Login, InputError> {
        if text.trim().starts_with('+') {
            PhoneNumber::parse(text).map(Login::Phone)
        } else {
            Email::parse(text).map(Login::Email)
        }
    }

    /// What its keyed lookup hashes: a namespace (so an address and a number never meet) and
    /// the form two spellings of one login share.
    pub fn lookup_parts(&self) -> (&'static str, String) {
        match self {
            Login::Email(e) => ("email", e.lookup_form()),
            Login::Phone(p) => ("phone", p.as_str().to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_is_a_number_with_its_country_code_or_an_address() {
        assert_eq!(
            Login::parse(" +52 664 123 4567 "),
            Ok(Login::Phone(PhoneNumber::parse("+526641234567").unwrap()))
        );
        assert!(matches!(Login::parse("Ana@X.mx"), Ok(Login::Email(_))));
        assert_eq!(Login::parse("+52 abc"), Err(InputError::PhoneFormat));
        assert_eq!(
            Login::parse("6641234567").map(|l| l.lookup_parts().0),
            Err(InputError::EmailFormat),
            "a number without its country code is not taken for an address"
        );
    }

    #[test]
    fn emails_are_trimmed_and_checked_lightly() {
        assert_eq!(
            Email::parse(" Ana.Luz@Example.COM ").unwrap().as_str(),
            "Ana.Luz@example.com"
        );
        assert_eq!(Email::parse("Ana@x.mx").unwrap().lookup_form(), "ana@x.mx");
        assert_eq!(Email::parse(""), Err(InputError::Required));
        for bad in [
            "ana",
            "ana@",
            "@x.mx",
            "ana@localhost",
            "ana @x.mx",
            "ana@x.mx.",
        ] {
            assert_eq!(Email::parse(bad), Err(InputError::EmailFormat), "{bad}");
        }
    }

    #[test]
    fn phones_need_a_country_code() {
        assert_eq!(
            PhoneNumber::parse("+52 664 123 4567").unwrap().as_str(),
            "+526641234567"
        );
        assert_eq!(
            PhoneNumber::parse("+1 (619) 555-0100").unwrap().as_str(),
            "+16195550100"
        );
        for bad in [
            "664 123 4567",
            "+52",
            "+52 664 abc 4567",
            "+1234567890123456",
        ] {
            assert_eq!(
                PhoneNumber::parse(bad),
                Err(InputError::PhoneFormat),
                "{bad}"
            );
        }
    }

    #[test]
    fn grants_bind_ports_and_organizations_only_where_they_belong() {
        let sys = PortCode::parse("SYS").ok();
        assert!(Grant::new(Role::Officer, sys.clone(), None).is_ok());
        assert_eq!(
            Grant::new(Role::Officer, None, None),
            Err(GrantError::PortRequired)
        );
        assert_eq!(
            Grant::new(Role::Auditor, sys, None),
            Err(GrantError::PortNotAllowed)
        );
        assert_eq!(
            Grant::new(Role::Helper, None, Some(" ".into())),
            Err(GrantError::OrganizationRequired)
        );
        assert!(Grant::new(Role::Helper, None, Some("Casa del Migrante".into())).is_ok());
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
    }
}
