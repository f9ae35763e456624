//! Archive scale, for correctness (speed is measured by `cargo bench` and bench/compare.sh,
//! never here): sharded extraction gives the findings of a whole-corpus run, any number of
//! threads gives the same bytes, and the facts cache never changes a result.

// The generator's modules refer to each other as `crate::…`, so they are included at the
// crate root, as in tests/generator.rs.
#[allow(dead_code)]
#[path = "../examples/gen-corpus/archive.rs"]
mod archive;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "../examples/gen-corpus/world.rs"]
mod world;

mod common;

use common::{Run, claimlint, manifest_dir, rules_dir, run};
use std::path::{Path, PathBuf};

/// A generated archive of `n` articles under `dir/archive`, with a `claimlint.ron` at its root
/// so that every shard of it shares the root (and so the relative paths).
fn generated(dir: &Path, n: usize) -> PathBuf {
    let root = dir.join("archive");
    let opts = archive::Options {
        articles: n,
        seed: 5,
        plant_one_in: 4,
        twin_one_in: 4,
    };
    archive::write_corpus(&opts, &root, None).unwrap();
    std::fs::write(
        root.join("claimlint.ron"),
        format!(
            "Config(include: [\"*.txt\"], exclude: [], rules: {:?})",
            rules_dir().display().to_string()
        ),
    )
    .unwrap();
    root
}

fn check(args: &[&str]) -> Run {
    let r = run(claimlint().arg("check").args(args));
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    r
}

/// Writes the facts of `paths` (one shard) to `out` with `claimlint facts --format json`.
fn shard(paths: &[PathBuf], config: Option<&Path>, out: &Path) {
    let mut cmd = claimlint();
    cmd.arg("facts").args(paths).args(["--format", "json"]);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    std::fs::write(out, r.stdout).unwrap();
}

#[test]
fn one_shard_per_article_gives_the_whole_corpus_findings() {
    // Each article alone: every planted pair of the corpus is split across shards.
    let tmp = tempfile::tempdir().unwrap();
    let mut articles: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    let mut shards = Vec::new();
    // Written in reverse order: the order of the fact files must not matter.
    for (i, a) in articles.iter().enumerate().rev() {
        let out = tmp.path().join(format!("shard-{i:02}.jsonl"));
        shard(std::slice::from_ref(a), None, &out);
        shards.push(out);
    }
    let whole = check(&["--format", "json", "--no-cache"]);
    let mut args = vec!["--format".to_string(), "json".into(), "--facts".into()];
    args.extend(shards.iter().map(|s| s.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let sharded = check(&args);
    assert!(whole.stdout.lines().count() >= 9, "{}", whole.stdout);
    assert_eq!(sharded.stdout, whole.stdout);
    assert!(
        !sharded.stderr.contains("article-changed"),
        "{}",
        sharded.stderr
    );

    // Without the articles, the same findings are shown from the facts alone, with a warning.
    let empty = tmp.path().join("no-articles");
    std::fs::create_dir(&empty).unwrap();
    let mut args = vec![empty.display().to_string(), "--facts".into()];
    args.extend(shards.iter().map(|s| s.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let human = check(&args);
    assert!(
        human.stderr.contains("input::article-changed"),
        "{}",
        human.stderr
    );
    let headlines = human
        .stdout
        .lines()
        .filter(|l| l.starts_with("  × ") || l.starts_with("  ⚠ "))
        .count();
    assert_eq!(headlines, whole.stdout.lines().count(), "{}", human.stdout);
}

#[test]
fn a_damaged_fact_file_is_an_error_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("facts.jsonl");
    std::fs::write(&file, "{\"schema\":1,\"kind\":\"membership\"}\nnot json\n").unwrap();
    let r = run(claimlint()
        .args(["check", "--format", "json", "--facts"])
        .arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("facts::bad-line"), "{}", r.stderr);
    assert!(r.stderr.contains("facts.jsonl:2"), "{}", r.stderr);
}

#[test]
fn shards_of_a_generated_archive_give_its_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let root = generated(tmp.path(), 300);
    let config = root.join("claimlint.ron");
    // One shard per year folder: planted contradictions span years, so they are split.
    let mut years: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    years.sort();
    assert!(years.len() >= 10, "{years:?}");
    let mut shards = Vec::new();
    for (i, y) in years.iter().enumerate() {
        let out = tmp.path().join(format!("year-{i:02}.jsonl"));
        shard(std::slice::from_ref(y), Some(&config), &out);
        shards.push(out);
    }
    let root_s = root.display().to_string();
    let whole = check(&[&root_s, "--format", "json", "--no-cache"]);
    let mut args = vec![
        root_s.clone(),
        "--format".into(),
        "json".into(),
        "--facts".into(),
    ];
    args.extend(shards.iter().map(|s| s.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let sharded = check(&args);
    assert!(whole.stdout.lines().count() > 20, "{}", whole.stdout);
    assert_eq!(sharded.stdout, whole.stdout);
}

#[test]
fn one_thread_and_two_give_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = generated(tmp.path(), 200);
    let root = root.display().to_string();
    for format in ["json", "human", "sarif"] {
        for paths in [vec![], vec![root.as_str()]] {
            let mut one = vec!["--jobs", "1", "--no-cache", "--format", format];
            one.extend(&paths);
            let mut two = vec!["-j", "2", "--no-cache", "--format", format];
            two.extend(&paths);
            let (a, b) = (check(&one), check(&two));
            assert!(!a.stdout.is_empty());
            assert_eq!(a.stdout, b.stdout, "{format} {paths:?}");
        }
    }
    let facts = |j: &str| run(claimlint().args(["facts", &root, "--format", "json", "-j", j]));
    assert_eq!(facts("1").stdout, facts("2").stdout);
}

/// The cache line `check` prints: how many articles the cache supplied, of how many.
fn cache_hits(r: &Run) -> (usize, usize) {
    let line = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("facts cache: "))
        .unwrap_or_else(|| panic!("no cache line in {}", r.stderr));
    let words: Vec<&str> = line.split_whitespace().collect();
    (words[0].parse().unwrap(), words[2].parse().unwrap())
}

#[test]
fn the_cache_never_changes_a_result() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for e in std::fs::read_dir(manifest_dir().join("corpus")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
        }
    }
    // A copy of the rules, so the lexicon can change.
    let rules = tmp.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    for e in std::fs::read_dir(rules_dir()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, rules.join(p.file_name().unwrap())).unwrap();
    }
    let cache = tmp.path().join("cache");
    let (c, r, k) = (
        corpus.display().to_string(),
        rules.display().to_string(),
        cache.display().to_string(),
    );
    let cached = || check(&[&c, "--rules", &r, "--cache-dir", &k, "--format", "json"]);
    let fresh = || check(&[&c, "--rules", &r, "--no-cache", "--format", "json"]);
    let n = 42;

    let cold = cached();
    assert_eq!(cache_hits(&cold), (0, n));
    assert_eq!(cold.stdout, fresh().stdout);
    let warm = cached();
    assert_eq!(cache_hits(&warm), (n, n));
    assert_eq!(warm.stdout, cold.stdout);
    // The cache (facts, and the findings a re-check keeps) lives where it was told to, and the
    // corpus folder is untouched.
    assert!(std::fs::read_dir(&cache).unwrap().count() == 2);
    assert_eq!(std::fs::read_dir(&corpus).unwrap().count(), n);

    // Edit one article: its planted quantity drift goes away.
    let edited = corpus.join("2002-03-05-tajikistan-troops-11000.txt");
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, text.replace("11,000", "20,000")).unwrap();
    let after_edit = cached();
    assert_eq!(cache_hits(&after_edit), (n - 1, n));
    assert_eq!(after_edit.stdout, fresh().stdout);
    assert_ne!(after_edit.stdout, warm.stdout);

    // Rename one and delete another.
    std::fs::rename(
        corpus.join("2001-06-19-sco-founded-shanghai.txt"),
        corpus.join("2001-06-19-sco-renamed.txt"),
    )
    .unwrap();
    std::fs::remove_file(corpus.join("1999-05-12-cst-azerbaijan-georgia-leave.txt")).unwrap();
    let after_moves = cached();
    assert_eq!(cache_hits(&after_moves), (n - 2, n - 1));
    assert_eq!(after_moves.stdout, fresh().stdout);

    // A changed lexicon empties the cache.
    let lexicon = rules.join("lexicon.ron");
    let text = std::fs::read_to_string(&lexicon).unwrap();
    std::fs::write(&lexicon, format!("// edited\n{text}")).unwrap();
    let after_lexicon = cached();
    assert_eq!(cache_hits(&after_lexicon), (0, n - 1));
    assert_eq!(after_lexicon.stdout, fresh().stdout);

    // A damaged or foreign cache file is ignored and rebuilt.
    let file = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "facts"))
        .unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    std::fs::write(&file, &bytes).unwrap();
    let after_damage = cached();
    assert_eq!(cache_hits(&after_damage), (0, n - 1));
    assert_eq!(after_damage.stdout, fresh().stdout);
    std::fs::write(&file, b"not a cache").unwrap();
    assert_eq!(cache_hits(&cached()), (0, n - 1));
    assert_eq!(cache_hits(&cached()), (n - 1, n - 1));
}

/// The "re-check:" line of `--stats`: findings kept from the last run.
fn kept(r: &Run) -> Option<usize> {
    let line = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("re-check: "))?;
    line.split_whitespace().next()?.parse().ok()
}

#[test]
fn a_re_check_works_out_only_what_edits_touch_and_agrees_with_a_full_run() {
    let tmp = tempfile::tempdir().unwrap();
    let root = generated(tmp.path(), 600);
    let cache = tmp.path().join("cache");
    let (r, k) = (root.display().to_string(), cache.display().to_string());
    let cached = || check(&[&r, "--cache-dir", &k, "--format", "json", "--stats"]);
    let fresh = || check(&[&r, "--no-cache", "--format", "json"]);
    let cold = cached();
    assert_eq!(kept(&cold), None, "nothing to keep on the first run");
    assert!(
        cold.stdout.lines().count() > 20,
        "a generated archive has findings"
    );

    let mut articles: Vec<PathBuf> = walk(&root);
    articles.sort();
    // Edits that change claims: events, states, years, figures; then deletions, a rename
    // and a new article. After each, the re-check keeps findings and gives the full result.
    let swaps: &[(&str, &str)] = &[
        ("joined", "left"),
        ("withdrew", "rejoined"),
        ("Armenia", "Georgia"),
        ("1999", "2003"),
        ("7,000", "17,000"),
        ("member", "observer"),
        ("President", "Prime Minister"),
        ("seven", "five"),
    ];
    let mut edited = 0;
    for (n, (from, to)) in swaps.iter().enumerate() {
        // A few articles per step, spread over the archive.
        for path in articles.iter().skip(n * 37).step_by(97).take(3) {
            let text = std::fs::read_to_string(path).unwrap();
            if text.contains(from) {
                std::fs::write(path, text.replace(from, to)).unwrap();
                edited += 1;
            }
        }
        let warm = cached();
        assert!(kept(&warm).is_some_and(|k| k > 0), "{}", warm.stderr);
        assert_eq!(
            warm.stdout,
            fresh().stdout,
            "after replacing {from:?} with {to:?}"
        );
    }
    assert!(edited >= 8, "only {edited} articles were edited");
    // Prose that changes no claim moves the findings' places but works out nothing again.
    let text = std::fs::read_to_string(&articles[1]).unwrap();
    let body = text.find("\n\n").unwrap() + 2;
    let added = format!(
        "{}A note on sources was added here.\n\n{}",
        &text[..body],
        &text[body..]
    );
    std::fs::write(&articles[1], added).unwrap();
    let warm = cached();
    assert!(
        warm.stderr.contains(" for 0 changed keys"),
        "{}",
        warm.stderr
    );
    assert_eq!(kept(&warm), Some(warm.stdout.lines().count()));
    assert_eq!(warm.stdout, fresh().stdout, "after adding prose");
    // One claim changed in place (" joined " becomes " rejoined " once): only that fact's keys
    // are worked out again, not those of every fact of the article.
    let target = articles[2..]
        .iter()
        .find(|p| {
            let t = std::fs::read_to_string(p).unwrap();
            t.matches(" joined ").count() == 1 && t.matches('.').count() > 8
        })
        .expect("an article with one joining");
    let text = std::fs::read_to_string(target).unwrap();
    std::fs::write(target, text.replacen(" joined ", " rejoined ", 1)).unwrap();
    let warm = cached();
    let keys: usize = warm
        .stderr
        .split(" for ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no key count in {}", warm.stderr));
    assert!(
        (1..=8).contains(&keys),
        "one changed claim worked out {keys} keys: {}",
        warm.stderr
    );
    assert_eq!(
        warm.stdout,
        fresh().stdout,
        "after changing one claim in place"
    );
    std::fs::remove_file(&articles[5]).unwrap();
    std::fs::remove_file(&articles[300]).unwrap();
    std::fs::rename(&articles[17], root.join("renamed.txt")).unwrap();
    std::fs::copy(&articles[200], root.join("copied.txt")).unwrap();
    let warm = cached();
    assert!(kept(&warm).is_some_and(|k| k > 0), "{}", warm.stderr);
    assert_eq!(
        warm.stdout,
        fresh().stdout,
        "after deletions, a rename and a copy"
    );

    // A damaged findings file, or changed rules, mean a full evaluation with the same result.
    let findings = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "findings"))
        .unwrap();
    std::fs::write(&findings, b"{\"format\": 1, \"key\": 0").unwrap();
    let after_damage = cached();
    assert_eq!(kept(&after_damage), None);
    assert_eq!(after_damage.stdout, fresh().stdout);
    let again = cached();
    assert!(kept(&again).is_some_and(|k| k > 0), "{}", again.stderr);
    assert_eq!(again.stdout, after_damage.stdout);
}

/// The article files under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
    out
}
