//! The trusted-traveller roster and look-up on both backends: a CSV with a row for an unknown
//! programme (refused with its line, the others stored), a row that comes again replaces what the
//! member's said, a member found only with their own date of birth, an approval past its end read
//! as expired; and the catalogs in every language.

use garita_kernel::Services;
use garita_security::Keys;
use garita_trusted::app::Trusted;
use garita_trusted::domain::{MembershipNumber, Programme, Status};
use std::sync::Arc;

/// The jobs' context of this test build: the kernel's services.
struct Context(Services);

impl AsRef<Services> for Context {
    fn as_ref(&self) -> &Services {
        &self.0
    }
}

async fn trusted(db: &garita_testkit::TestDb) -> Trusted {
    let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
    let service = garita_trusted::service::<Context>();
    let open = garita_kernel::open_db(&db.url, &keys, &[&service])
        .await
        .unwrap();
    let store = open.store();
    store.migrate().await.unwrap();
    let mut services = Services::new(store, keys, "http://garita.test", &[&service]);
    // 2027-01-15.
    services.clock = Arc::new(|| 1_800_000_000_000);
    Trusted::on(&services)
}

const ROSTER: &str = "programme,membership_number,birth_date,status,expires_on
global-entry,987654321,1980-02-29,approved,2031-03-01
NEXUS,123 456 789,1975-06-01,conditionally-approved,
PreCheck,111111111,1990-01-01,approved,2030-01-01
sentri,222222222,1990-01-01,approved,2026-12-31
fast,333333333,not a day,denied,
";

#[tokio::test]
async fn a_roster_is_imported_row_by_row_and_each_member_finds_only_their_own() {
    for db in garita_testkit::all_backends().await {
        let t = trusted(&db).await;
        let imported = t.import_csv("admin-1", ROSTER).await.unwrap();
        assert_eq!(imported.stored, 3);
        assert_eq!(
            imported.refused,
            [
                (4, "programme", "trusted-roster-programme"),
                (6, "birth_date", "trusted-roster-date")
            ]
        );
        let audit = t.services.store.latest_audit(10).await.unwrap();
        let entry = audit
            .iter()
            .find(|e| e.action == "trusted.roster-imported")
            .unwrap();
        assert_eq!(entry.detail, r#"{"refused":2,"stored":3}"#, "counts only");

        let number = |n: &str| MembershipNumber::parse(n).unwrap();
        let day = |d: &str| d.parse().unwrap();
        let found = t
            .standing(&number("987654321"), day("1980-02-29"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (found.programme, found.status),
            (Programme::GlobalEntry, Status::Approved)
        );
        assert!(
            t.standing(&number("987654321"), day("1980-03-01"))
                .await
                .unwrap()
                .is_none(),
            "another date of birth finds nothing"
        );
        let past = t
            .standing(&number("222222222"), day("1990-01-01"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(past.status, Status::Expired, "approved until 2026-12-31");

        // The interview done, the next roster says approved: the member's row is replaced.
        let again = "programme,membership_number,birth_date,status,expires_on\n\
                     nexus,123456789,1975-06-01,approved,2032-06-01\n";
        assert_eq!(t.import_csv("admin-1", again).await.unwrap().stored, 1);
        let now = t
            .standing(&number("123456789"), day("1975-06-01"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (now.programme, now.status),
            (Programme::Nexus, Status::Approved)
        );
        // A spreadsheet's export, with its byte-order mark, reads the same.
        let marked = format!("\u{feff}{again}");
        assert_eq!(t.import_csv("admin-1", &marked).await.unwrap().stored, 1);
        // A line that does not have the header's columns is named, not dropped.
        let short = "programme,membership_number,birth_date,status,expires_on\nnexus,1\n";
        assert_eq!(
            t.import_csv("admin-1", short).await.unwrap().refused[0].0,
            2
        );
    }
}

#[test]
fn the_catalogs_are_complete_and_correct_in_every_language() {
    use garita_i18n::{Catalogs, Locale, checks};
    let problems = checks::problems(garita_trusted::CATALOGS, &[]);
    assert!(problems.is_empty(), "{problems:#?}");
    let catalogs = Catalogs::load_with(&[garita_trusted::CATALOGS]).unwrap();
    assert_ne!(
        catalogs.text(Locale::Es, "trusted-intro"),
        catalogs.text(Locale::En, "trusted-intro")
    );
}
