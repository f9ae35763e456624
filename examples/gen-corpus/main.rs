//! gen-corpus: writes a synthetic archive for claimlint at any scale, with planted
//! contradictions whose findings are known in advance, and checks claimlint's findings
//! against them.
//!
//! Usage:
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --articles 100000 --seed 7 --out /tmp/archive
//! ./target/release/claimlint check /tmp/archive --format json > /tmp/findings.jsonl
//! cargo run --release --example gen-corpus -- verify /tmp/archive/expected.jsonl /tmp/findings.jsonl
//! ```
//!
//! **Articles.** `DIR/YYYY/NNNNNN.txt`, dated evenly over 1997-01-02..2012-12-28 (numbered in
//! date order), each with the header of `corpus/*.txt` (Publication, Volume, Issue, Date,
//! Title, Author; sometimes the three first on one line), 120–400 words in paragraphs, the
//! publisher's footer and a "(Sources: ...)" line. At least half of the sentences are
//! claim-free filler (prices, weather, trade, quotes).
//!
//! **World model** (`world.rs`). A fixed world whose size does not grow with N: the states,
//! organisations (with the CST → CSTO lineage), presidents and quantity subjects of
//! `rules/lexicon.ron`, the reference timeline of `rules/reference.ron`, the real events as
//! articles narrate them (true day and the precision an article may use), windows in which a
//! status ("X is a member of Y", "X is not a member of Y") and a count ("the six CSTO members")
//! are beyond doubt, and a slowly varying true figure per troop subject. A background sentence
//! is only ever true at its article's date, so more articles mean more claims per
//! state–organisation pair. Sentences (`text.rs`) vary the constructions of DOMAIN.md:
//! coordinated subjects with and without the serial comma, "both X and Y", capitals for
//! states, dash and comma asides, "which ..." clauses, "they ... it" pointing back, "the
//! treaty", appositives "X, a CSTO member, ...", counts with and without the list they count,
//! "one of the six SCO members", signatories and founders, "N-member", exact and approximate
//! troop figures, "President X", "Georgian President X", "X, the Georgian president",
//! "Presidents X and Y", "then-President X", "Former President X", dates by day, month, year,
//! year range, "last year" and "N years ago", "since", "until ... and is not a member now",
//! hedges ("only nominally", "according to", "in theory"), plans and threats, negations.
//!
//! **Planting.** One article in `--plant-rate` (default 50) gets one false sentence aimed at one
//! of the seven shipped rules: a member claim after a withdrawal, a wrong year for a real
//! event, an event before the joining it presupposes or before the organisation existed, a
//! wrong count (alone or over a correct list), a troop figure far from the truth weeks after
//! another report, a president out of office, and a false denial next to a true membership in
//! one article. One article in `--twin-rate` (default 50) gets an innocent twin that must
//! stay quiet: a membership after a rejoining (Uzbekistan, CSTO, 2006), hedged and planned
//! claims, a negated signing, a lineage pair (CST 1992, CSTO 2002), a former member, "was a
//! member until ... and is not now", a right count with its list, a past president marked
//! "then-" or "former".
//!
//! **expected.jsonl.** Predicted from the generator's own model (every fact of every sentence,
//! the reference and the lexicon's terms), by the semantics of docs/rules.md — never by
//! running claimlint. One line per finding `claimlint check DIR` must report, including the
//! consequences of plants (a correct figure after a planted one, a count whose range a false
//! membership widened, ...): `rule`, `path` (relative to DIR, `/`-separated), `sentence`
//! (byte range of the sentence holding the primary claim), `state`/`org` when the claim has
//! them, `planted` (the rule the sentence was planted for, or null for a consequence), and the
//! acceptable witnesses: `witnesses` (article paths, "reference", "lexicon") and
//! `witness_class` (`{event, state, orgs}`: any article fact of that class will do, for rules
//! whose witness may be any report of, say, a withdrawal).
//!
//! **verify** matches each finding to an expected line by rule, primary path, primary offset
//! inside the expected sentence (and state and organisation), checks the witness, prints found
//! / missed / unexpected counts and the first mismatches, and exits with 1 on any mismatch.
//!
//! Same seed, same bytes: one SplitMix64 stream, no hash-map iteration order, no clock.

mod archive;
mod model;
mod text;
mod world;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(about = "Writes a synthetic claimlint archive with known findings, or verifies findings")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// How many articles to write.
    #[arg(long, default_value_t = 1000)]
    articles: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The folder to write (created if missing).
    #[arg(long)]
    out: Option<PathBuf>,
    /// One article in this many gets a planted contradiction (0: none).
    #[arg(long, default_value_t = 50)]
    plant_rate: usize,
    /// One article in this many gets an innocent twin (0: none).
    #[arg(long, default_value_t = 50)]
    twin_rate: usize,
    /// Also write the model's article facts as JSON lines (to compare templates with
    /// `claimlint facts --format json`).
    #[arg(long, hide = true)]
    dump_facts: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Compares expected.jsonl with `claimlint check --format json` output.
    Verify {
        expected: PathBuf,
        findings: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Verify { expected, findings }) = cli.command {
        let read = |p: &PathBuf| {
            std::fs::read_to_string(p).unwrap_or_else(|e| {
                eprintln!("cannot read {}: {e}", p.display());
                std::process::exit(2)
            })
        };
        let v = match model::verify(&read(&expected), &read(&findings)) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        };
        println!(
            "expected {}, found {}, missed {}, unexpected {}, wrong witness {}",
            v.expected,
            v.found,
            v.missed.len(),
            v.unexpected.len(),
            v.wrong_witness.len()
        );
        for (what, list) in [
            ("missed", &v.missed),
            ("unexpected", &v.unexpected),
            ("wrong witness", &v.wrong_witness),
        ] {
            for m in list.iter().take(20) {
                println!("  {what}: {m}");
            }
            if list.len() > 20 {
                println!("  ... and {} more {what}", list.len() - 20);
            }
        }
        return if v.ok() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let Some(out) = cli.out else {
        eprintln!("--out DIR is required (or use `verify EXPECTED FINDINGS`)");
        return ExitCode::from(2);
    };
    let opts = archive::Options {
        articles: cli.articles,
        seed: cli.seed,
        plant_one_in: cli.plant_rate,
        twin_one_in: cli.twin_rate,
    };
    let t = std::time::Instant::now();
    let s = match archive::write_corpus(&opts, &out, cli.dump_facts.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.display());
            return ExitCode::from(2);
        }
    };
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} articles, {} words, {:.1} MiB, {} facts in {}",
        s.articles,
        s.words,
        s.bytes as f64 / (1024.0 * 1024.0),
        s.facts,
        out.display()
    );
    println!("planted: {:?}", s.plants);
    println!("twins: {:?}", s.twins);
    for (rule, (planted, consequences)) in &s.expected {
        println!("expected {rule}: {planted} on planted sentences, {consequences} consequences");
    }
    eprintln!(
        "generated in {secs:.2}s ({:.0} articles/s)",
        s.articles as f64 / secs.max(1e-9)
    );
    ExitCode::SUCCESS
}
