use claimlint::engine::RuleSet;
use claimlint::lexicon::Lexicon;
use std::path::Path;

const BASE: &str = r#"Rule(
    id: "bad-rule",
    severity: Error,
    summary: "A test rule",
    message: "{state} is listed in {org} after it left",
    help: "Fix it.",
    doc: "A rule for tests.",
    match: {
        "listed": Membership(event: [Member], state: "?state", org: "?org"),
        "left": Membership(event: [Withdrew], state: "?state", org: "?org"),
    },
    primary: "listed",
    require: [Before("left", "listed")],
    labels: {
        "listed": "listed here",
        "left": "left here",
    },
)
"#;

#[test]
fn explore() {
    let (lexicon, _) = Lexicon::load(Path::new("rules/lexicon.ron"), "rules/lexicon.ron").unwrap();
    let cases: Vec<(&str, String)> = vec![
        ("bad-rule", BASE.to_string()),
        (
            "bad-rule",
            BASE.replace("severity: Error,", "severity: Error"),
        ),
        ("bad-rule", BASE.replace("[Withdrew]),", "[Withdrew],")),
        ("bad-rule", BASE.replace("summary:", "sumary:")),
        (
            "bad-rule",
            BASE.replace(
                "Membership(event: [Withdrew]",
                "Membership(evnt: [Withdrew]",
            ),
        ),
        ("bad-rule", BASE.replace("[Withdrew]", "[Withdrw]")),
        (
            "bad-rule",
            BASE.replace(
                "Membership(event: [Withdrew]",
                "Membrship(event: [Withdrew]",
            ),
        ),
        (
            "bad-rule",
            BASE.replace(
                "[Withdrew], state: \"?state\", org: \"?org\"",
                "[Withdrew], state: \"?state\", org: \"CSTTO\"",
            ),
        ),
        (
            "bad-rule",
            BASE.replace(
                "[Withdrew], state: \"?state\"",
                "[Withdrew], state: \"Georgiaa\"",
            ),
        ),
        (
            "bad-rule",
            BASE.replace("Before(\"left\"", "Before(\"gone\""),
        ),
        (
            "bad-rule",
            BASE.replace(
                "require: [",
                "require: [NotEqual(\"?state\", \"?nobody\"), ",
            ),
        ),
        ("bad-rule", BASE.replace("in {org}", "in {nope}")),
        (
            "bad-rule",
            BASE.replace(
                "\"left\": \"left here\",",
                "\"left\": \"left here\",\n        \"ghost\": \"boo\",",
            ),
        ),
        (
            "bad-rule",
            BASE.replace("primary: \"listed\"", "primary: \"nothing\""),
        ),
        ("other-name", BASE.to_string()),
        (
            "bad-rule",
            BASE.replace("org: \"?org\"),\n    },", "org: \"?org\",\n    },"),
        ),
        ("bad-rule", BASE.replace("{org} after", "{org after")),
        (
            "bad-rule",
            BASE.replace(
                "labels: {\n        \"listed\": \"listed here\",\n",
                "labels: {\n",
            ),
        ),
        (
            "bad-rule",
            BASE.replace("\"left\": \"left here\"", "\"left\": \"left {nope2} here\""),
        ),
    ];
    for (name, text) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(format!("{name}.ron")), &text).unwrap();
        if name == "other-name" {
            std::fs::write(dir.path().join("bad-rule.ron"), &text).unwrap();
        }
        match RuleSet::load(dir.path(), &lexicon) {
            Ok(_) => println!("OK"),
            Err(ps) => {
                for p in ps {
                    let l = p
                        .label
                        .as_ref()
                        .map(|(s, l)| (s.clone(), text[s.clone()].to_string(), l.clone()));
                    println!("{} {:?} {}", p.code, l, p.message);
                }
            }
        }
        println!("--");
    }
}
