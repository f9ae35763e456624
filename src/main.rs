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
