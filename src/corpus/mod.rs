//! Reading the corpus: finding article files, reading each once, and parsing its header.

pub mod config;
pub mod header;

use crate::date::Day;
use crate::diag::Problem;
use rayon::prelude::*;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use config::Config;

/// Files larger than this are reported and skipped: no bulletin article is 64 MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A file whose text facts point into: an article or a `.ron` file.
///
/// An article's text may be dropped once its facts are extracted ([`SourceFile::on_disk`]): it
/// is read again, and checked against the length and hash it had, only when a report shows it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as found on disk.
    pub path: PathBuf,
    /// The path shown and written to machine output: relative to the corpus root, `/`-separated.
    pub rel: String,
    text: std::sync::OnceLock<Loaded>,
    /// What the text on disk must be for the facts to point into it, when it is not in memory.
    expected: Option<Expected>,
}

/// How a file read again is known to be the one the facts came from.
#[derive(Debug, Clone)]
enum Expected {
    /// The length and FNV-1a hash of the bytes the facts were extracted from.
    Hash { len: u64, hash: u64 },
    /// Facts made elsewhere (`check --facts`): each claim's text at its offset, with its line.
    /// When the file is missing or differs, a stand-in holds each claim text at its offset and
    /// line, blanks elsewhere, `len` bytes long.
    Claims {
        claims: Vec<(u32, u32, Arc<str>)>,
        len: u32,
    },
}

#[derive(Debug, Clone)]
struct Loaded {
    text: Arc<str>,
    /// The file on disk no longer holds the text the facts came from.
    changed: bool,
}

impl SourceFile {
    /// A file whose text is in memory.
    pub fn new(path: PathBuf, rel: String, text: Arc<str>) -> SourceFile {
        SourceFile {
            path,
            rel,
            text: std::sync::OnceLock::from(Loaded {
                text,
                changed: false,
            }),
            expected: None,
        }
    }

    /// A file whose text is read from `path` when first needed; `len` and `hash` are those of
    /// the bytes its facts were extracted from.
    pub fn on_disk(path: PathBuf, rel: String, len: u64, hash: u64) -> SourceFile {
        SourceFile {
            path,
            rel,
            text: std::sync::OnceLock::new(),
            expected: Some(Expected::Hash { len, hash }),
        }
    }

    /// A file known only from facts made elsewhere: `claims` are (offset, line, text) of each
    /// claim, and the file is at least `len` bytes long. It is read from `path` when first
    /// needed and used if every claim's text stands at its offset there.
    pub fn from_claims(
        path: PathBuf,
        rel: String,
        mut claims: Vec<(u32, u32, Arc<str>)>,
        len: u32,
    ) -> SourceFile {
        claims.sort_by_key(|c| c.0);
        SourceFile {
            path,
            rel,
            text: std::sync::OnceLock::new(),
            expected: Some(Expected::Claims { claims, len }),
        }
    }

    /// The file's text. A file that changed on disk since its facts were extracted (or
    /// vanished) reads as spaces of the old length, so every span stays valid; see
    /// [`SourceFile::changed`].
    pub fn text(&self) -> &str {
        &self.loaded().text
    }

    /// The file's text, shared.
    pub fn text_arc(&self) -> Arc<str> {
        self.loaded().text.clone()
    }

    /// Whether the file no longer holds the text its facts were extracted from.
    pub fn changed(&self) -> bool {
        self.loaded().changed
    }

    /// Whether the text is in memory now.
    pub fn is_loaded(&self) -> bool {
        self.text.get().is_some()
    }

    fn loaded(&self) -> &Loaded {
        self.text.get_or_init(|| {
            let read = std::fs::read(&self.path)
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
            let fits = |text: &str| match &self.expected {
                None => true,
                Some(Expected::Hash { len, hash }) => {
                    text.len() as u64 == *len && crate::hash::fnv(text.as_bytes()) == *hash
                }
                Some(Expected::Claims { claims, .. }) => claims.iter().all(|(at, _, claim)| {
                    text.get(*at as usize..*at as usize + claim.len()) == Some(&**claim)
                }),
            };
            match read.filter(|t| fits(t)) {
                Some(text) => Loaded {
                    text: text.into(),
                    changed: false,
                },
                None => Loaded {
                    text: match &self.expected {
                        Some(Expected::Hash { len, .. }) => " ".repeat(*len as usize).into(),
                        Some(Expected::Claims { claims, len }) => stand_in(claims, *len).into(),
                        None => "".into(),
                    },
                    changed: true,
                },
            }
        })
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.text(), offset)
    }
}

/// A text of at least `len` bytes with each claim at its offset, on its line as far as the
/// bytes before it allow, and blanks elsewhere. Non-ASCII characters become `?` of the same
/// byte length, so every offset in the stand-in is a character boundary.
fn stand_in(claims: &[(u32, u32, Arc<str>)], len: u32) -> String {
    let mut out = String::with_capacity(len as usize);
    let mut line = 1;
    for (at, on_line, claim) in claims {
        let at = *at as usize;
        if at < out.len() {
            continue;
        }
        let newlines = (*on_line as usize).saturating_sub(line).min(at - out.len());
        out.extend(std::iter::repeat_n('\n', newlines));
        line += newlines;
        out.extend(std::iter::repeat_n(' ', at - out.len()));
        for c in claim.chars() {
            if c.is_ascii() {
                out.push(c);
                line += usize::from(c == '\n');
            } else {
                out.extend(std::iter::repeat_n('?', c.len_utf8()));
            }
        }
    }
    let pad = (len as usize).saturating_sub(out.len());
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Every file facts and diagnostics can point into, by [`FileId`].
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// What the header says about an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    pub publication: Option<String>,
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub date: Option<Day>,
    pub title: Option<String>,
    pub author: Option<String>,
}

/// An article read from disk: its header and where its body lies in the file.
#[derive(Debug, Clone)]
pub struct Article {
    pub file: FileId,
    pub meta: ArticleMeta,
    pub body: Range<usize>,
}

/// The corpus as read: files, articles and every problem met on the way.
#[derive(Debug, Default)]
pub struct Corpus {
    pub root: PathBuf,
    pub sources: SourceMap,
    pub articles: Vec<Article>,
    pub problems: Vec<Problem>,
}

impl Corpus {
    /// A corpus with no files yet, rooted at `root`.
    pub fn empty(root: &Path) -> Corpus {
        Corpus {
            root: root.to_path_buf(),
            ..Corpus::default()
        }
    }
}

/// Finds the corpus root for `paths`: the folder of the `claimlint.ron` that governs them, else
/// the first path if it is a folder, else that file's folder.
pub fn corpus_root(paths: &[PathBuf], config_dir: Option<&Path>) -> PathBuf {
    if let Some(dir) = config_dir {
        return dir.to_path_buf();
    }
    match paths.first() {
        Some(p) if p.is_dir() => p.clone(),
        Some(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
        None => PathBuf::from("."),
    }
}

/// The article files under `paths`, in a stable order (sorted by path). Files named directly
/// are always taken; folders are walked with the config's include and exclude globs, honouring
/// `.gitignore`.
pub fn discover(paths: &[PathBuf], config: &Config, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_file() {
            files.push(path.clone());
            continue;
        }
        if !path.is_dir() {
            problems.push(
                Problem::error(
                    "input::not-found",
                    path.display().to_string(),
                    "no such file or folder",
                )
                .with_help("pass article files or folders that hold them"),
            );
            continue;
        }
        // Include and exclude globs are matched here rather than as `ignore` overrides, which
        // would take precedence over `.gitignore`.
        let (include, exclude) = match (globs(&config.include), globs(&config.exclude)) {
            (Ok(i), Ok(e)) => (i, e),
            (Err(e), _) | (_, Err(e)) => {
                problems.push(Problem::error(
                    "config::bad-glob",
                    path.display().to_string(),
                    e.to_string(),
                ));
                continue;
            }
        };
        let walker = ignore::WalkBuilder::new(path).require_git(false).build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    let rel = e.path().strip_prefix(path).unwrap_or(e.path());
                    let name = e.path().file_name().map(Path::new).unwrap_or(rel);
                    let matches = |set: &globset::GlobSet| set.is_match(rel) || set.is_match(name);
                    if matches(&include) && !matches(&exclude) {
                        files.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(e) => problems.push(Problem::error(
                    "input::walk",
                    path.display().to_string(),
                    e.to_string(),
                )),
            }
        }
    }
    // One file named two ways ("corpus" and "./corpus/a.txt") is read once. A single folder's
    // walk names each file once (it does not follow links), so only several paths need this.
    if paths.len() > 1 {
        let mut seen = std::collections::HashSet::new();
        files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    }
    sort_paths(&mut files);
    files
}

/// Sorts paths as `Path`'s own order does, comparing each path's components once split
/// rather than splitting both at every comparison (a large archive's walk).
fn sort_paths(files: &mut Vec<PathBuf>) {
    let keys: Vec<Vec<std::path::Component<'_>>> =
        files.iter().map(|p| p.components().collect()).collect();
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    drop(keys);
    let mut taken: Vec<Option<PathBuf>> = std::mem::take(files).into_iter().map(Some).collect();
    files.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// A glob set from the configuration's patterns.
fn globs(patterns: &[String]) -> Result<globset::GlobSet, globset::Error> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        set.add(globset::Glob::new(p)?);
    }
    set.build()
}

/// The path of `path` relative to `root`, with `/` separators.
pub fn relative_path(path: &Path, root: &Path) -> String {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    // Resolved only when the path as given does not lie under the root as given.
    let resolved;
    let rel = match path.strip_prefix(root) {
        Ok(rel) => rel,
        Err(_) => {
            resolved = (canonical(path), canonical(root));
            resolved.0.strip_prefix(&resolved.1).unwrap_or(path)
        }
    };
    // Normal components joined by `/`; a path outside the root keeps its leading `/`.
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            std::path::Component::RootDir | std::path::Component::Prefix(_) => None,
            other => Some(other.as_os_str().to_string_lossy().into_owned()),
        })
        .collect();
    let joined = parts.join("/");
    if rel.is_absolute() {
        format!("/{joined}")
    } else {
        joined
    }
}

/// One file read and checked: its text (when readable) and the problems met.
pub struct LoadedFile {
    pub source: Option<SourceFile>,
    pub article: Option<(ArticleMeta, Range<usize>)>,
    pub problems: Vec<Problem>,
}

/// Reads all `files` in parallel and parses their headers; the order of `files` is kept.
pub fn load(root: &Path, files: &[PathBuf]) -> Corpus {
    let loaded: Vec<LoadedFile> = files
        .par_iter()
        .map(|p| load_file(p, &relative_path(p, root)))
        .collect();
    let mut corpus = Corpus {
        root: root.to_path_buf(),
        ..Corpus::default()
    };
    for l in loaded {
        corpus.problems.extend(l.problems);
        if let Some(source) = l.source {
            let id = corpus.sources.add(source);
            if let Some((meta, body)) = l.article {
                corpus.articles.push(Article {
                    file: id,
                    meta,
                    body,
                });
            }
        }
    }
    corpus
}

/// Reads one article file and parses its header. Never panics on any bytes.
pub fn load_file(path: &Path, rel: &str) -> LoadedFile {
    let fail = |p: Problem| LoadedFile {
        source: None,
        article: None,
        problems: vec![p],
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return fail(Problem::error(
                "input::too-large",
                rel,
                format!(
                    "the file is {} bytes; articles larger than {MAX_FILE_BYTES} bytes are not read",
                    m.len()
                ),
            ));
        }
        Ok(_) => {}
        Err(e) => {
            return fail(Problem::error(
                "input::unreadable",
                rel,
                format!("cannot read the file: {e}"),
            ));
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return fail(Problem::error(
                "input::unreadable",
                rel,
                format!("cannot read the file: {e}"),
            ));
        }
    };
    parse_article(bytes, path, rel)
}

/// Checks and parses an article's bytes (shared by files on disk and drafts in tests).
pub fn parse_article(bytes: Vec<u8>, path: &Path, rel: &str) -> LoadedFile {
    let fail = |p: Problem| LoadedFile {
        source: None,
        article: None,
        problems: vec![p],
    };
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return fail(
            Problem::error(
                "input::binary",
                rel,
                "the file is binary (it contains NUL bytes), not an article",
            )
            .with_help("exclude it with `exclude` globs in claimlint.ron"),
        );
    }
    let text: Arc<str> = match String::from_utf8(bytes) {
        Ok(s) => s.into(),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return fail(
                Problem::error(
                    "input::not-utf8",
                    rel,
                    format!("the file is not UTF-8: invalid byte at offset {at} (line {line})"),
                )
                .with_help("convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`"),
            );
        }
    };
    let source = SourceFile::new(path.to_path_buf(), rel.to_string(), text.clone());
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut problems = Vec::new();
    if text[start..].trim().is_empty() {
        problems.push(Problem::error("input::empty", rel, "the file is empty"));
        return LoadedFile {
            source: Some(source),
            article: None,
            problems,
        };
    }
    let raw = match header::parse(&text, start) {
        Ok(h) => h,
        Err(e) => {
            problems.push(
                Problem::error("header::missing", rel, e.message.clone())
                    .at(&text, e.span, "expected `Key: Value` header lines here")
                    .with_help("start the article with a header such as `Date: 1999-04-02` and `Title: ...`, then a blank line"),
            );
            return LoadedFile {
                source: Some(source),
                article: None,
                problems,
            };
        }
    };
    let mut meta = ArticleMeta::default();
    let mut seen: Vec<(&'static str, std::ops::Range<usize>)> = Vec::new();
    for f in &raw.fields {
        let key = &text[f.key.clone()];
        let value = &text[f.value.clone()];
        let Some(known) = header::KNOWN_KEYS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(key))
        else {
            problems.push(
                Problem::warning(
                    "header::unknown-key",
                    rel,
                    format!("unknown header key `{key}`"),
                )
                .at(&text, f.key.clone(), "not a header key claimlint knows")
                .with_help(format!("known keys: {}", header::KNOWN_KEYS.join(", "))),
            );
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(k, _)| k == known) {
            let (line, _) = line_col(&text, first.start);
            problems.push(
                Problem::error(
                    "header::duplicate-key",
                    rel,
                    format!("the header gives `{known}` twice"),
                )
                .at(
                    &text,
                    f.key.clone(),
                    format!("`{known}` was already given on line {line}"),
                )
                .with_help("keep one of them; the first is used"),
            );
            continue;
        }
        seen.push((known, f.key.clone()));
        let value_s = Some(value.to_string());
        match *known {
            "Publication" => meta.publication = value_s,
            "Volume" => meta.volume = value_s,
            "Issue" => meta.issue = value_s,
            "Title" => meta.title = value_s,
            "Author" => meta.author = value_s,
            _ => match Day::parse_iso(value) {
                Some(d) => meta.date = Some(d),
                None => problems.push(
                    Problem::error(
                        "header::bad-date",
                        rel,
                        format!("`{value}` is not a valid date"),
                    )
                    .at(
                        &text,
                        f.value.clone(),
                        "expected an existing day as YYYY-MM-DD",
                    )
                    .with_help("write the date as ISO YYYY-MM-DD, e.g. 1999-04-02"),
                ),
            },
        }
    }
    if meta.date.is_none() && !seen.iter().any(|(k, _)| *k == "Date") {
        let first = raw.fields.first().map_or(start..start, |f| f.key.clone());
        problems.push(
            Problem::warning(
                "header::undated",
                rel,
                "the article has no date; its status claims get no time",
            )
            .at(&text, first, "the header has no `Date:`")
            .with_help("add `Date: YYYY-MM-DD` to the header"),
        );
    }
    let body = raw.body_start..text.len();
    LoadedFile {
        source: Some(source),
        article: Some((meta, body)),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_path(Path::new("/a/b/c.txt"), Path::new("/a")),
            "b/c.txt"
        );
        assert_eq!(
            relative_path(Path::new("/x/y.txt"), Path::new("/nonexistent-root")),
            "/x/y.txt"
        );
        assert_eq!(
            relative_path(Path::new("corpus/a.txt"), Path::new("corpus")),
            "a.txt"
        );
    }

    fn problems(bytes: &[u8]) -> Vec<&'static str> {
        parse_article(bytes.to_vec(), Path::new("a.txt"), "a.txt")
            .problems
            .iter()
            .map(|p| p.code)
            .collect()
    }

    #[test]
    fn reports_each_kind_of_bad_input() {
        assert_eq!(problems(b""), ["input::empty"]);
        assert_eq!(problems(b"\x00\x01binary"), ["input::binary"]);
        assert_eq!(
            problems(b"Date: 1999-01-01\n\n\xff\xfe"),
            ["input::not-utf8"]
        );
        assert_eq!(problems(b"Date: 2001-02-30\n\nBody"), ["header::bad-date"]);
        assert_eq!(problems(b"Title: x\n\nBody"), ["header::undated"]);
        assert_eq!(
            problems(b"Date: 2001-02-03\nDATE: 2001-02-04\n\nBody"),
            ["header::duplicate-key"]
        );
        assert_eq!(problems(b"Just prose here.\n\nMore."), ["header::missing"]);
        assert!(problems(b"\xef\xbb\xbfDate: 2001-02-03\r\n\r\nBody").is_empty());
    }

    #[test]
    fn bom_keeps_offsets_into_the_bytes() {
        let l = parse_article(
            b"\xef\xbb\xbfDate: 2001-02-03\r\n\r\nBody".to_vec(),
            Path::new("a"),
            "a",
        );
        let (meta, body) = l.article.unwrap();
        assert_eq!(meta.date, Day::from_ymd(2001, 2, 3));
        assert_eq!(&l.source.unwrap().text()[body], "Body");
    }
}
