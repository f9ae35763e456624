//! Golden facts: the extractor against facts written by hand from the text.

use claimlint::{Inputs, eval};
use std::path::PathBuf;

fn evaluate(gold: &str, articles: &str) -> (eval::Evaluation, usize) {
    let gold = eval::read_gold(&PathBuf::from(gold)).expect("the gold parses");
    let x = claimlint::extract(&Inputs {
        paths: vec![PathBuf::from(articles)],
        rules: Some("rules".into()),
        config: None,
        ..Default::default()
    });
    assert!(!x.has_errors(), "{:?}", x.problems);
    let lexicon = x.lexicon.as_ref().expect("the lexicon loads");
    let files = x.corpus.articles.len();
    (
        eval::run(
            &gold,
            &x.facts,
            &x.corpus.sources,
            lexicon,
            &x.corpus.articles,
        ),
        files,
    )
}

/// Every fact of every corpus article, as annotated by hand before the extractor ran on it:
/// no miss, no extra, no wrong time or modality.
#[test]
fn corpus_facts_match_the_hand_written_gold() {
    let (ev, files) = evaluate("tests/gold/corpus", "corpus");
    assert!(files >= 40, "the corpus has {files} articles");
    let overall = ev.scores["overall"];
    assert!(overall.gold >= 300, "only {} gold facts", overall.gold);
    assert!(
        ev.misses.is_empty() && ev.extras.is_empty(),
        "\n{}",
        eval::render(&ev)
    );
}

/// The blind set (written and annotated by an author who saw only the domain notes and the gold
/// format) and the held-out development sets (likewise, kept unread while the grammar grows)
/// are measured, never tuned on: this prints their scores.
#[test]
fn blind_and_held_out_sets_are_measured() {
    for set in [
        "blind", "dev14", "dev18", "dev20", "dev21", "dev27", "dev28", "dev31", "dev32", "dev34",
        "dev37", "dev39", "dev41", "dev43", "dev46", "dev48", "dev51", "dev53", "dev56", "dev59",
        "dev61", "dev65", "dev67", "dev71", "dev73", "dev75", "dev77", "dev79", "dev81", "dev83",
        "dev85", "dev87", "dev89", "dev91", "dev93", "dev95", "dev97", "dev99", "dev101", "dev103",
        "dev105", "dev107", "dev109", "dev111", "dev113", "dev115", "dev117", "dev119", "dev121",
        "dev123", "dev125", "dev127", "dev129", "dev131", "dev133", "dev135", "dev137", "dev139",
        "dev141", "dev143", "dev145", "dev147", "dev149", "dev151", "dev153", "dev155", "dev157",
        "dev159", "dev161", "dev163", "dev165", "dev167", "dev169", "dev171", "dev173", "dev175",
        "dev177", "dev179", "dev181", "dev183", "dev185",
    ] {
        let (ev, files) = evaluate(
            &format!("tests/{set}/gold"),
            &format!("tests/{set}/articles"),
        );
        assert!(files >= 15, "{set} has {files} articles");
        let asserted = ev.scores["asserted membership"];
        assert!(asserted.gold > 0 && asserted.extracted > 0);
        println!(
            "{}",
            eval::render(&ev)
                .lines()
                .take_while(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        );
        println!(
            "{set} asserted membership: precision {:.3} recall {:.3}",
            asserted.precision(),
            asserted.recall()
        );
    }
}

/// The development sets (each written and annotated by another author, used to find general
/// gaps in the grammar) must not lose what the grammar has learnt: asserted membership
/// precision and recall stay at or above the figures recorded in the README (less 0.01).
#[test]
fn development_sets_do_not_regress() {
    let floors = [
        // (its author does not count "The customs union of Russia, Belarus and Kazakhstan" as
        // telling the three are in it, as the authors of dev10, dev12 and dev13 do)
        ("dev", 0.972, 0.910),
        ("dev2", 0.991, 0.907),
        ("dev3", 0.979, 0.944),
        ("dev4", 0.991, 0.930),
        ("dev5", 0.971, 0.953),
        ("dev6", 0.952, 0.824),
        // (its author dates "whose members — A, B — held their annual summit on Friday" at
        // the article; docs/gold-format.md dates a listing in a dated past event at the event)
        ("dev7", 0.954, 0.833),
        ("dev8", 0.945, 0.864),
        ("dev9", 0.974, 0.870),
        // (its author dates "The four GUAM states, A, B, C and D, relaunched their group in
        // Kiev in May" at the article; docs/gold-format.md dates it at the event)
        ("dev10", 0.940, 0.926),
        ("dev11", 0.955, 0.786),
        ("dev12", 0.922, 0.730),
        ("dev13", 0.936, 0.800),
        ("dev15", 0.995, 0.890),
        ("dev16", 0.994, 0.878),
        ("dev17", 0.967, 0.760),
        ("dev19", 0.966, 0.819),
        // (its author does not annotate "The six have signed", told again of the six who
        // signed the CSTO's charter two paragraphs before; docs/gold-format.md counts a claim
        // repeated as two facts)
        ("dev22", 0.867, 0.765),
        ("dev23", 0.964, 0.823),
        ("dev24", 0.952, 0.934),
        ("dev25", 0.983, 0.956),
        ("dev26", 0.947, 0.706),
        // (likewise "The customs union of A, B and C took a further step on 6 July")
        ("dev29", 0.921, 0.707),
        ("dev30", 0.935, 0.866),
        ("dev33", 0.962, 0.923),
        ("dev35", 0.991, 0.958),
        // (its author counts the five listed in "The \"Shanghai Five\" (A, B, C, D and E) was
        // formed in April 1996" as its founders then, not as members at the article's date)
        ("dev36", 0.874, 0.704),
        ("dev38", 0.957, 0.835),
        ("dev40", 0.926, 0.794),
        ("dev42", 0.959, 0.770),
        ("dev44", 0.854, 0.919),
        // (dev45's author did not annotate "three of the four GUAM states — Georgia, Ukraine
        // and Moldova", a membership claim by docs/gold-format.md; reading its "GUAM, as we
        // must once again call it, now consists of ..." made those three extra)
        ("dev45", 0.863, 0.696),
        ("dev47", 0.938, 0.833),
        ("dev49", 0.958, 0.756),
        ("dev50", 0.933, 0.761),
        ("dev52", 0.946, 0.871),
        ("dev54", 0.901, 0.755),
        ("dev55", 0.821, 0.570),
        ("dev57", 0.917, 0.795),
        ("dev58", 0.952, 0.808),
        ("dev60", 0.972, 0.764),
        ("dev62", 0.959, 0.829),
        ("dev63", 0.925, 0.784),
        ("dev64", 0.873, 0.759),
        ("dev66", 0.983, 0.853),
        ("dev68", 0.919, 0.798),
        ("dev69", 0.917, 0.758),
        ("dev70", 0.878, 0.786),
        ("dev72", 0.945, 0.816),
        ("dev74", 0.916, 0.829),
        ("dev76", 0.891, 0.777),
        ("dev78", 0.946, 0.857),
        ("dev80", 0.895, 0.794),
        ("dev82", 0.842, 0.862),
        ("dev84", 0.891, 0.710),
        ("dev86", 0.911, 0.779),
        ("dev88", 0.944, 0.948),
        ("dev90", 0.882, 0.728),
        ("dev92", 0.909, 0.833),
        ("dev94", 0.996, 0.955),
        ("dev96", 0.994, 0.838),
        ("dev98", 0.975, 0.849),
        ("dev100", 0.917, 0.799),
        ("dev102", 0.982, 0.817),
        ("dev104", 0.929, 0.742),
        ("dev106", 0.910, 0.712),
        ("dev108", 0.925, 0.876),
        ("dev110", 0.960, 0.907),
        ("dev112", 0.857, 0.768),
        ("dev114", 0.947, 0.894),
        ("dev116", 0.922, 0.805),
        ("dev118", 0.963, 0.786),
        ("dev120", 0.894, 0.790),
        ("dev122", 0.826, 0.716),
        ("dev124", 0.909, 0.852),
        ("dev126", 0.897, 0.735),
        ("dev128", 0.910, 0.697),
        ("dev130", 0.911, 0.675),
        ("dev132", 0.855, 0.726),
        ("dev134", 0.905, 0.759),
        ("dev136", 0.828, 0.744),
        ("dev138", 0.872, 0.767),
        ("dev140", 0.846, 0.849),
        ("dev142", 0.948, 0.788),
        ("dev144", 0.900, 0.862),
        ("dev146", 0.908, 0.797),
        ("dev148", 0.951, 0.802),
        ("dev150", 0.982, 0.931),
        ("dev152", 0.948, 0.855),
        ("dev154", 0.966, 0.872),
        ("dev156", 0.915, 0.847),
        ("dev158", 0.877, 0.820),
        ("dev160", 0.873, 0.766),
        ("dev162", 0.947, 0.947),
        ("dev164", 0.871, 0.810),
        ("dev166", 0.872, 0.876),
        ("dev168", 0.992, 0.885),
        ("dev170", 0.960, 0.842),
        ("dev172", 0.955, 0.755),
        ("dev174", 0.898, 0.820),
        ("dev176", 0.926, 0.949),
        ("dev178", 0.905, 0.788),
        ("dev180", 0.866, 0.704),
    ];
    for (set, precision, recall) in floors {
        let (ev, files) = evaluate(
            &format!("tests/{set}/gold"),
            &format!("tests/{set}/articles"),
        );
        assert!(files >= 15, "{set} has {files} articles");
        let a = ev.scores["asserted membership"];
        assert!(
            a.precision() >= precision - 0.01 && a.recall() >= recall - 0.01,
            "{set}: asserted membership precision {:.3} recall {:.3}, recorded {precision} / {recall}",
            a.precision(),
            a.recall()
        );
    }
}
