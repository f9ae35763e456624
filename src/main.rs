//! The `claimlint` command line: parses arguments, calls the library, maps results to exit codes.

use claimlint::{Extracted, Inputs, eval, report};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Checks an archive of dated articles for claims that contradict each other.
#[derive(Parser)]
#[command(name = "claimlint", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Threads for extraction and rule evaluation (default: one per core). The output is the
    /// same for any number.
    #[arg(long, short = 'j', global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Article files or folders (default: corpus/).
    paths: Vec<PathBuf>,
    /// The folder with lexicon.ron, reference.ron and the rules (default: from claimlint.ron, else rules/).
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// Use this configuration file instead of the nearest claimlint.ron.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Extract every article and evaluate every rule afresh, neither reading nor writing the
    /// cache (facts, and the findings a re-check keeps).
    #[arg(long)]
    no_cache: bool,
    /// Keep the cache in DIR (default: .claimlint-cache/ beside the corpus folder).
    #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
    cache_dir: Option<PathBuf>,
}

impl InputArgs {
    fn inputs(&self) -> Inputs {
        Inputs {
            paths: self.paths.clone(),
            rules: self.rules.clone(),
            config: self.config.clone(),
            cache: match (&self.cache_dir, self.no_cache) {
                (_, true) => claimlint::cache::CacheDir::Off,
                (Some(d), false) => claimlint::cache::CacheDir::At(d.clone()),
                (None, false) => claimlint::cache::CacheDir::Beside,
            },
            keep_text: false,
        }
    }

    /// Inputs for commands that show every fact's text: each article is read once and kept.
    fn inputs_kept(&self) -> Inputs {
        Inputs {
            keep_text: true,
            ..self.inputs()
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check the articles for claims that contradict each other or the reference timeline.
    Check {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        options: CheckOptions,
    },
    /// Why a finding fired: the rule, the claims, the conditions and the exceptions.
    Explain {
        /// The finding's fingerprint (from `check --format json`, or a baseline).
        fingerprint: String,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Each state's membership history per organisation, as the corpus and the reference tell it.
    Timeline {
        #[command(flatten)]
        input: InputArgs,
        /// Only this state (its lexicon id, e.g. Uzbekistan).
        #[arg(long)]
        state: Option<String>,
        /// Only this organisation (its lexicon id, e.g. CSTO).
        #[arg(long)]
        org: Option<String>,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(long, value_enum)]
        format: Option<FactsFormat>,
    },
    /// List, test or explain the rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
        /// The rules folder (default: rules/).
        #[arg(long, value_name = "DIR", global = true)]
        rules: Option<PathBuf>,
    },
    /// Print the facts extracted from the articles.
    Facts {
        #[command(flatten)]
        input: InputArgs,
        /// Output format (default: table on a terminal, json otherwise).
        #[arg(long, value_enum)]
        format: Option<FactsFormat>,
    },
    /// Measure extraction against a hand-annotated gold file or folder (docs/gold-format.md).
    Eval {
        /// A gold `.jsonl` file or a folder of them.
        gold: PathBuf,
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: EvalFormat,
    },
}

#[derive(Subcommand)]
enum RulesCommand {
    /// One line per rule: id, severity, summary.
    List,
    /// Run every rule's examples: each `Fires` must give a finding, each `Quiet` none.
    Test,
    /// What a rule checks, why it matters, and how to fix what it finds.
    Explain {
        /// The rule id.
        id: String,
    },
    /// The shipped-rules section of docs/rules.md, generated from the rule files.
    Doc,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    /// miette diagnostics pointing into every article involved, and a summary.
    Human,
    /// One finding per line (schema 1).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations), and a step summary.
    Github,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    fn severity(self) -> claimlint::engine::Severity {
        match self {
            Level::Info => claimlint::engine::Severity::Info,
            Level::Warning => claimlint::engine::Severity::Warning,
            Level::Error => claimlint::engine::Severity::Error,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum FactsFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.jobs {
        // Fails only when a pool already exists, which cannot happen before this point.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Check { input, options } => check(input, options, color),
        Command::Explain { fingerprint, input } => {
            let checked = claimlint::check(&input.inputs());
            report::problems(&checked.extracted.problems, color);
            let shown = report::findings::shown(&checked);
            match shown.iter().find(|s| s.fingerprint == fingerprint) {
                Some(s) => {
                    print!("{}", claimlint::editor::explain(s, &checked));
                    if checked.has_errors() {
                        ExitCode::from(2)
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                None => {
                    eprintln!(
                        "claimlint: no finding has the fingerprint `{fingerprint}`; `claimlint check --format json` lists them"
                    );
                    ExitCode::from(2)
                }
            }
        }
        Command::Timeline {
            input,
            state,
            org,
            format,
        } => {
            let checked = claimlint::check(&input.inputs());
            report::problems(&checked.extracted.problems, color);
            let entries = claimlint::editor::timeline(&checked, state.as_deref(), org.as_deref());
            let format = format.unwrap_or(if std::io::stdout().is_terminal() {
                FactsFormat::Table
            } else {
                FactsFormat::Json
            });
            let mut out = std::io::stdout().lock();
            let written = match format {
                FactsFormat::Table => {
                    out.write_all(claimlint::editor::timeline_table(&entries).as_bytes())
                }
                FactsFormat::Json => entries.iter().try_for_each(|e| {
                    serde_json::to_writer(&mut out, e).map_err(std::io::Error::other)?;
                    writeln!(out)
                }),
            };
            finish(written, &checked.extracted)
        }
        Command::Rules { command, rules } => rules_command(command, rules, color),
        Command::Facts { input, format } => {
            let x = claimlint::extract(&input.inputs_kept());
            report::problems(&x.problems, color);
            let Some(lexicon) = &x.lexicon else {
                return ExitCode::from(2);
            };
            let format = format.unwrap_or(if std::io::stdout().is_terminal() {
                FactsFormat::Table
            } else {
                FactsFormat::Json
            });
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let written = match format {
                FactsFormat::Json => report::facts::write_json(
                    &mut out,
                    &x.facts,
                    &x.corpus.sources,
                    &x.corpus.articles,
                    lexicon,
                ),
                FactsFormat::Table => {
                    report::facts::write_table(&mut out, &x.facts, &x.corpus.sources, lexicon)
                }
            };
            finish(written.and_then(|()| out.flush()), &x)
        }
        Command::Eval {
            gold,
            input,
            format,
        } => {
            let gold_facts = match eval::read_gold(&gold) {
                Ok(g) => g,
                Err(p) => {
                    report::problems(&p, color);
                    return ExitCode::from(2);
                }
            };
            let mut inputs = input.inputs_kept();
            if inputs.paths.is_empty() {
                inputs.paths.push(PathBuf::from("corpus"));
            }
            let x = claimlint::extract(&inputs);
            report::problems(&x.problems, color);
            let Some(lexicon) = &x.lexicon else {
                return ExitCode::from(2);
            };
            let ev = eval::run(
                &gold_facts,
                &x.facts,
                &x.corpus.sources,
                lexicon,
                &x.corpus.articles,
            );
            let mut out = std::io::stdout().lock();
            let written = match format {
                EvalFormat::Text => out.write_all(eval::render(&ev).as_bytes()),
                EvalFormat::Json => serde_json::to_writer(&mut out, &ev.scores)
                    .map_err(std::io::Error::other)
                    .and_then(|()| writeln!(out)),
            };
            finish(written, &x)
        }
    }
}

/// The options of `claimlint check`.
#[derive(clap::Args)]
struct CheckOptions {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: CheckFormat,
    /// The lowest severity that makes the run exit with 1.
    #[arg(long, value_enum, default_value = "error")]
    fail_on: Level,
    /// The lowest severity shown (what fails the run is `--fail-on`'s business).
    #[arg(long, value_enum, default_value = "info")]
    min_severity: Level,
    /// Check the PATHS as drafts against this archive: only findings that involve a draft
    /// are shown.
    #[arg(long, value_name = "CORPUS")]
    against: Option<PathBuf>,
    /// The date of drafts whose header has none (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    date: Option<claimlint::date::Day>,
    /// Hide the findings recorded in this baseline file (and report those that are gone).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Print each rule's findings, work and time on stderr (for rule authors and tuning).
    #[arg(long)]
    stats: bool,
    /// Evaluate the rules over fact files (`claimlint facts --format json`, e.g. one per shard
    /// of the corpus, made on other machines) instead of extracting the articles; the PATHS
    /// folder (default corpus/) is where reports look for the articles.
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with = "against")]
    facts: Vec<PathBuf>,
}

fn parse_day(s: &str) -> Result<claimlint::date::Day, String> {
    claimlint::date::Day::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date as YYYY-MM-DD"))
}

/// `claimlint check`.
fn check(input: InputArgs, options: CheckOptions, color: bool) -> ExitCode {
    let CheckOptions {
        format,
        fail_on,
        min_severity,
        against,
        date,
        baseline,
        write_baseline,
        stats,
        facts,
    } = options;
    let started = std::time::Instant::now();
    // With `--against`, the paths are drafts and the archive is the corpus.
    let (inputs, drafts) = match &against {
        Some(corpus) => {
            let drafts = input.paths.clone();
            let mut inputs = input.inputs();
            inputs.paths = vec![corpus.clone()];
            (inputs, drafts)
        }
        None => (input.inputs(), Vec::new()),
    };
    let draft_date = against
        .as_ref()
        .map(|_| date.unwrap_or_else(claimlint::date::Day::today));
    // A progress line for long runs, only on a terminal and only for the human report.
    let progress = (matches!(format, CheckFormat::Human) && std::io::stderr().is_terminal())
        .then(claimlint::progress::show_on_stderr);
    let checked = if facts.is_empty() {
        claimlint::check_with_drafts(&inputs, &drafts, draft_date)
    } else {
        claimlint::check_facts(&inputs, &facts)
    };
    drop(progress);
    let sources = &checked.extracted.corpus.sources;
    let mut problems = checked.extracted.problems.clone();
    let mut shown = report::findings::shown(&checked);
    // Suppressions first: a baseline applied first could make a suppression look unused.
    if let Some(rules) = &checked.rules {
        let config = claimlint::suppress::config_for(&inputs);
        let (kept, mut p) = claimlint::suppress::apply(&config, rules, sources, shown);
        shown = kept;
        problems.append(&mut p);
    }
    // The editor's question: what do my drafts contradict?
    let draft_files: std::collections::BTreeSet<String> =
        drafts.iter().map(|p| p.display().to_string()).collect();
    shown.retain(|s| {
        draft_files.is_empty()
            || s.claims
                .iter()
                .any(|(_, f, _)| draft_files.contains(&sources.get(f.file).rel))
    });
    if let Some(path) = &write_baseline {
        let b = claimlint::baseline::from_shown(&shown, sources);
        if let Err(e) = claimlint::baseline::write(path, &b) {
            problems.push(claimlint::diag::Problem::error(
                "baseline::unwritable",
                path.display().to_string(),
                format!("cannot write the baseline: {e}"),
            ));
        } else {
            eprintln!(
                "wrote {} finding{} to {}",
                b.entries.len(),
                if b.entries.len() == 1 { "" } else { "s" },
                path.display()
            );
        }
    }
    if let Some(path) = &baseline {
        match claimlint::baseline::read(path) {
            Ok(b) => {
                let (new, fixed) = claimlint::baseline::apply(&b, shown);
                shown = new;
                for e in &fixed {
                    eprintln!(
                        "fixed since the baseline: {} {} ({})",
                        e.rule, e.path, e.fingerprint
                    );
                }
            }
            Err(p) => problems.push(p),
        }
    }
    report::problems(&problems, color);
    // What fails the run is decided before `--min-severity` hides anything.
    let fails = shown.iter().any(|s| s.rule.severity >= fail_on.severity());
    shown.retain(|s| s.rule.severity >= min_severity.severity());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        CheckFormat::Json => report::findings::write_json(&mut out, &shown, &checked),
        CheckFormat::Sarif => report::sarif::write_sarif(&mut out, &shown, &checked),
        CheckFormat::Github => {
            // GitHub shows only a few annotations per step: the step summary lists them all.
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") {
                let text = report::github::step_summary(&shown, &checked);
                if let Err(e) =
                    report::github::append_step_summary(std::path::Path::new(&path), &text)
                {
                    eprintln!("claimlint: cannot write the step summary: {e}");
                }
            }
            report::github::write_github(&mut out, &shown, &checked)
        }
        CheckFormat::Human => human(&mut out, &shown, &checked),
    };
    let written = written.and_then(|()| out.flush());
    if stats {
        eprintln!(
            "{:<28} {:>9} {:>12} {:>12} {:>10}",
            "rule", "findings", "candidates", "probes", "time"
        );
        for s in &checked.stats {
            eprintln!(
                "{:<28} {:>9} {:>12} {:>12} {:>10.2?}",
                s.rule, s.findings, s.work.candidates, s.work.probes, s.elapsed
            );
        }
        if let Some(r) = checked.recheck {
            eprintln!(
                "re-check: {} findings kept from the last run; {} rules worked out for {} changed keys, {} whole (the table counts only what was worked out)",
                r.kept, r.keyed_rules, r.keys, r.whole_rules
            );
        }
    }
    // Articles a report showed that are gone or changed since their facts were made: the
    // report used a stand-in.
    let sources = &checked.extracted.corpus.sources;
    let stale: Vec<&str> = (0..sources.len())
        .map(|i| sources.get(claimlint::corpus::FileId(i as u32)))
        .filter(|s| s.is_loaded() && s.changed())
        .map(|s| s.rel.as_str())
        .collect();
    if !stale.is_empty() {
        report::problems(
            &[claimlint::diag::Problem::warning(
                "input::article-changed",
                stale.join(", "),
                "shown from the facts alone: the article is missing, or changed since its facts were made",
            )
            .with_help("run the check over the current articles for a full report")],
            color,
        );
    }
    if let Some((hits, total)) = checked.extracted.cache_hits {
        eprintln!("facts cache: {hits} of {total} articles unchanged");
    }
    eprintln!("checked in {:.2?}", started.elapsed());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("claimlint: cannot write output: {e}");
        return ExitCode::from(2);
    }
    if problems.iter().any(claimlint::diag::Problem::is_error) || checked.rules.is_none() {
        ExitCode::from(2)
    } else if fails {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The human report: each finding as a miette diagnostic, colour only on a terminal (and never
/// with `NO_COLOR`), then a summary.
fn human(
    out: &mut impl Write,
    shown: &[report::findings::Shown<'_>],
    checked: &claimlint::Checked,
) -> std::io::Result<()> {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let handler = report::handler(color);
    for s in shown {
        let d = report::findings::diagnostic(s, &checked.extracted.corpus.sources);
        let mut text = String::new();
        if handler.render_report(&mut text, &d).is_ok() {
            writeln!(out, "{text}")?;
        }
    }
    // Without rules there is nothing to summarise: the errors above say why.
    if checked.rules.is_some() {
        writeln!(out, "{}", summary(checked, shown))?;
    }
    Ok(())
}

/// The closing summary of a human report: findings by severity and rule, articles and facts.
fn summary(checked: &claimlint::Checked, shown: &[report::findings::Shown<'_>]) -> String {
    let mut by_rule: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut by_severity = [0usize; 3];
    for s in shown {
        *by_rule.entry(&s.rule.id).or_default() += 1;
        let slot = match s.rule.severity {
            claimlint::engine::Severity::Info => 0,
            claimlint::engine::Severity::Warning => 1,
            claimlint::engine::Severity::Error => 2,
        };
        by_severity[slot] += 1;
    }
    let rules: Vec<String> = by_rule.iter().map(|(r, n)| format!("{r}: {n}")).collect();
    format!(
        "{} finding{} ({} error{}, {} warning{}, {} info) in {} articles with {} facts{}",
        shown.len(),
        if shown.len() == 1 { "" } else { "s" },
        by_severity[2],
        if by_severity[2] == 1 { "" } else { "s" },
        by_severity[1],
        if by_severity[1] == 1 { "" } else { "s" },
        by_severity[0],
        checked.extracted.corpus.articles.len(),
        checked.article_facts,
        if rules.is_empty() {
            String::new()
        } else {
            format!(" — {}", rules.join(", "))
        }
    )
}

/// `claimlint rules ...`.
fn rules_command(command: RulesCommand, dir: Option<PathBuf>, color: bool) -> ExitCode {
    let dir = claimlint::RulesDir(dir.unwrap_or_else(|| PathBuf::from("rules")));
    let lexicon = match claimlint::load_lexicon(&dir, std::path::Path::new(".")) {
        Ok(l) => l,
        Err(p) => {
            report::problems(&p, color);
            return ExitCode::from(2);
        }
    };
    let rules = match claimlint::engine::RuleSet::load(&dir.0, &lexicon) {
        Ok(r) => r,
        Err(p) => {
            report::problems(&p, color);
            return ExitCode::from(2);
        }
    };
    match command {
        RulesCommand::List => {
            for r in &rules.rules {
                println!("{:<26} {:<8} {}", r.id, r.severity.as_str(), r.summary);
            }
            ExitCode::SUCCESS
        }
        RulesCommand::Explain { id } => match rules.get(&id) {
            Some(r) => {
                print!("{}", claimlint::engine::doc::explain(r));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("claimlint: no rule `{id}`; `claimlint rules list` shows them");
                ExitCode::from(2)
            }
        },
        RulesCommand::Doc => {
            print!("{}", claimlint::engine::doc::rules_section(&rules));
            ExitCode::SUCCESS
        }
        RulesCommand::Test => {
            let results = claimlint::engine::examples::run(&rules, &lexicon);
            let mut failed = 0;
            for r in &results {
                let verdict = if r.passed { "ok" } else { "FAILED" };
                println!(
                    "{:<26} example {:<2} {:<5} {verdict}{}",
                    r.rule,
                    r.index + 1,
                    r.kind,
                    if r.passed {
                        String::new()
                    } else {
                        format!(" ({} finding(s))", r.findings)
                    }
                );
                failed += usize::from(!r.passed);
            }
            println!("{} passed, {} failed", results.len() - failed, failed);
            if failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
    }
}

/// Exit 2 on any input error (after all output), else 0.
fn finish(written: std::io::Result<()>, x: &Extracted) -> ExitCode {
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimlint: cannot write output: {e}");
            ExitCode::from(2)
        }
        Ok(()) if x.has_errors() => ExitCode::from(2),
        Ok(()) => ExitCode::SUCCESS,
    }
}
