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
}

impl InputArgs {
    fn inputs(&self) -> Inputs {
        Inputs {
            paths: self.paths.clone(),
            rules: self.rules.clone(),
            config: self.config.clone(),
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check the articles for claims that contradict each other or the reference timeline.
    Check {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: CheckFormat,
        /// The lowest severity that makes the run exit with 1.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: Level,
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
    Human,
    Json,
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
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Check {
            input,
            format,
            fail_on,
        } => check(&input.inputs(), format, fail_on, color),
        Command::Rules { command, rules } => rules_command(command, rules, color),
        Command::Facts { input, format } => {
            let x = claimlint::extract(&input.inputs());
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
            let mut inputs = input.inputs();
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

/// `claimlint check`.
fn check(inputs: &claimlint::Inputs, format: CheckFormat, fail_on: Level, color: bool) -> ExitCode {
    let started = std::time::Instant::now();
    let checked = claimlint::check(inputs);
    report::problems(&checked.extracted.problems, color);
    let shown = report::findings::shown(&checked);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        CheckFormat::Json => report::findings::write_json(&mut out, &shown, &checked),
        CheckFormat::Human => {
            let out_color =
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let handler = miette::GraphicalReportHandler::new_themed(if out_color {
                miette::GraphicalTheme::unicode()
            } else {
                miette::GraphicalTheme::unicode_nocolor()
            });
            let mut result = Ok(());
            for s in &shown {
                let d = report::findings::diagnostic(s, &checked.extracted.corpus.sources);
                let mut text = String::new();
                if handler.render_report(&mut text, &d).is_ok() {
                    result = result.and_then(|()| writeln!(out, "{text}"));
                }
            }
            // Without rules there is nothing to summarise: the errors above say why.
            if checked.rules.is_some() {
                result = result.and_then(|()| writeln!(out, "{}", summary(&checked, &shown)));
            }
            result
        }
    };
    let written = written.and_then(|()| out.flush());
    eprintln!("checked in {:.2?}", started.elapsed());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("claimlint: cannot write output: {e}");
        return ExitCode::from(2);
    }
    if checked.has_errors() || checked.rules.is_none() {
        ExitCode::from(2)
    } else if shown.iter().any(|s| s.rule.severity >= fail_on.severity()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The closing summary of a human report: findings by severity and rule, articles and facts.
fn summary(checked: &claimlint::Checked, shown: &[report::findings::Shown<'_>]) -> String {
    let mut by_rule: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut by_severity = [0usize; 3];
    for s in shown {
        *by_rule.entry(&s.rule.id).or_default() += 1;
        by_severity[s.rule.severity as usize] += 1;
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
        checked.extracted.facts.len(),
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
                println!(
                    "{} ({})\n\n{}\n\n{}\n\nHow to fix: {}",
                    r.id,
                    r.severity.as_str(),
                    r.summary,
                    r.doc,
                    r.help
                );
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
