//! The facts cache: what each article yielded, so a re-check extracts only the files that
//! changed.
//!
//! One file per corpus, `<dir>/<hash of the corpus root>.facts`, where `dir` is
//! `.claimlint-cache/` beside the corpus folder (never inside it: claimlint does not write to
//! the corpus). An entry belongs to an article path and holds the length, modification time and
//! FNV-1a hash of the bytes it was extracted from, the header fields and the facts. The whole
//! file is keyed by the lexicon's text, the grammar's version and the running program, so any of
//! them changing empties it.
//!
//! Reading never trusts the file: a wrong magic, key or checksum, a truncated entry or an id the
//! lexicon does not have makes the whole cache count as empty, and the run rebuilds it. Writing
//! goes to a temporary file renamed into place, so a reader sees the old cache or the new one,
//! and two runs at once each leave a whole file.

use crate::corpus::{ArticleMeta, FileId};
use crate::date::{Day, Interval, Precision};
use crate::fact::{Claim, Counted, Event, Fact, Modality, PersonRef};
use crate::lexicon::{Lexicon, OrgId, PersonId, Role, StateId, SubjectId, Unit};
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The grammar's version (bumped when its output may change for the same text).
pub use crate::extract::GRAMMAR_VERSION;

const MAGIC: &[u8; 8] = b"CLMCACHE";
const FORMAT: u32 = 1;

/// Where the cache lives, if anywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CacheDir {
    /// `.claimlint-cache/` beside the corpus root (the command line's default).
    Beside,
    /// This folder.
    At(PathBuf),
    /// No cache (`--no-cache`; the library's default).
    #[default]
    Off,
}

/// The file's identity on disk when its facts were extracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub len: u64,
    /// Modification time in nanoseconds since the Unix epoch (0 when unknown).
    pub mtime: u128,
    pub hash: u64,
}

impl Stamp {
    /// The length and modification time of `meta` (the hash still to be filled in).
    pub fn of(meta: &std::fs::Metadata) -> (u64, u128) {
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        (meta.len(), mtime)
    }
}

/// What one article yielded.
#[derive(Debug, Clone)]
pub struct Entry {
    pub stamp: Stamp,
    pub meta: ArticleMeta,
    pub body: Range<usize>,
    /// Facts with `file` unset (0).
    pub facts: Vec<Fact>,
}

/// An entry to write: newly encoded, or the bytes of one the cache already holds (kept as a
/// range of the cache file, not copied).
pub enum Record {
    Fresh(Vec<u8>),
    Kept(Range<usize>),
}

impl Record {
    /// Encodes what the article at `rel` yielded.
    pub fn new(
        rel: &str,
        stamp: Stamp,
        meta: &ArticleMeta,
        body: &Range<usize>,
        facts: &[Fact],
    ) -> Record {
        let mut w = Writer(Vec::with_capacity(64 + facts.len() * 40));
        w.str(rel);
        w.u64(stamp.len);
        w.u128(stamp.mtime);
        w.u64(stamp.hash);
        for field in [
            &meta.publication,
            &meta.volume,
            &meta.issue,
            &meta.title,
            &meta.author,
        ] {
            w.opt_str(field.as_deref());
        }
        w.opt_day(meta.date);
        w.u32(body.start as u32);
        w.u32(body.end as u32);
        w.u32(facts.len() as u32);
        for f in facts {
            w.fact(f);
        }
        Record::Fresh(w.0)
    }
}

/// Where an entry lies in the cache file, and the stamp that decides whether it still holds.
#[derive(Debug, Clone)]
struct Slot {
    stamp: Stamp,
    bytes: Range<usize>,
}

/// A cache read from disk (or an empty one). Entries stay encoded until a file hits, so the
/// cache costs its file's size in memory, not a second copy of every fact.
#[derive(Debug, Default)]
pub struct Cache {
    file: Option<PathBuf>,
    key: u64,
    /// When the cache was written: a file modified this recently (or later) may have changed
    /// within the clock's resolution, so its time alone is not trusted.
    written: u128,
    bytes: Vec<u8>,
    slots: HashMap<String, Slot>,
}

impl Cache {
    /// Opens the cache for the corpus at `root` (an empty one when there is none, it is not
    /// ours, or it is damaged).
    pub fn open(dir: &CacheDir, root: &Path, lexicon: &Lexicon) -> Cache {
        let folder = match dir {
            CacheDir::Off => return Cache::default(),
            CacheDir::At(d) => d.clone(),
            CacheDir::Beside => beside(root),
        };
        let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let name = format!(
            "{:016x}.facts",
            crate::hash::fnv(canonical.to_string_lossy().as_bytes())
        );
        let file = folder.join(name);
        let key = key(lexicon);
        let mut cache = Cache {
            file: Some(file),
            key,
            ..Cache::default()
        };
        if let Some(bytes) = cache.file.as_ref().and_then(|f| std::fs::read(f).ok())
            && let Some((written, slots)) = index(&bytes, key)
        {
            (cache.written, cache.slots, cache.bytes) = (written, slots, bytes);
        }
        cache
    }

    /// Whether the cache is in use.
    pub fn enabled(&self) -> bool {
        self.file.is_some()
    }

    /// How many entries the cache holds.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// What the cache's results depend on besides the articles (see `key`).
    pub fn key(&self) -> u64 {
        self.key
    }

    /// The corpus as the cache holds it: every article path with its content hash.
    pub fn digest(&self) -> u64 {
        digest(
            self.slots
                .iter()
                .map(|(rel, s)| (rel.as_str(), s.stamp.hash)),
        )
    }

    /// The article paths the cache holds.
    pub fn rels(&self) -> impl Iterator<Item = &str> {
        self.slots.keys().map(String::as_str)
    }

    /// The facts the cache holds for `rel`, whatever the file is now (for a re-check to know
    /// what an edited or deleted article said before).
    pub fn old_entry(&self, rel: &str, lexicon: &Lexicon) -> Option<Entry> {
        let s = self.slots.get(rel)?;
        decode_entry(&self.bytes[s.bytes.clone()], lexicon)
    }

    /// Where the cache is written.
    pub fn path(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The entry for `rel` if the file's length and time are unchanged and old enough to trust.
    pub fn by_time(&self, rel: &str, len: u64, mtime: u128, lexicon: &Lexicon) -> Option<Hit> {
        let s = self.slots.get(rel)?;
        let trusted = mtime != 0 && mtime + SLACK_NANOS < self.written;
        (trusted && s.stamp.len == len && s.stamp.mtime == mtime)
            .then(|| self.hit(s, lexicon))
            .flatten()
    }

    /// The entry for `rel` if its bytes hash to `hash`.
    pub fn by_hash(&self, rel: &str, len: u64, hash: u64, lexicon: &Lexicon) -> Option<Hit> {
        let s = self.slots.get(rel)?;
        (s.stamp.len == len && s.stamp.hash == hash)
            .then(|| self.hit(s, lexicon))
            .flatten()
    }

    fn hit(&self, slot: &Slot, lexicon: &Lexicon) -> Option<Hit> {
        let entry = decode_entry(&self.bytes[slot.bytes.clone()], lexicon)?;
        Some(Hit {
            entry,
            record: Record::Kept(slot.bytes.clone()),
        })
    }

    /// Writes `records` as the new cache (atomically: a temporary file renamed into place).
    pub fn write<'r>(&self, records: impl Iterator<Item = &'r Record>) -> std::io::Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_nanos();
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.u32(FORMAT);
        w.u64(self.key);
        w.u128(now);
        for r in records {
            let bytes = match r {
                Record::Fresh(b) => b.as_slice(),
                Record::Kept(range) => &self.bytes[range.clone()],
            };
            w.u32(bytes.len() as u32);
            w.0.extend_from_slice(bytes);
        }
        let sum = crate::hash::fnv(&w.0);
        w.u64(sum);
        write_atomic(file, &w.0)
    }
}

/// Writes `bytes` to `path` through a temporary file renamed into place, so that a reader sees
/// the old file or the new one, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let tmp = folder.join(format!(
        ".{}.{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// A digest of a corpus: its article paths with their content hashes, in any order.
pub fn digest<'r>(articles: impl Iterator<Item = (&'r str, u64)>) -> u64 {
    let mut all: Vec<(&str, u64)> = articles.collect();
    all.sort_unstable();
    let mut h = crate::hash::Fnv::default();
    for (rel, hash) in all {
        h.write(&(rel.len() as u64).to_le_bytes());
        h.write(rel.as_bytes());
        h.write(&hash.to_le_bytes());
    }
    h.finish()
}

/// An entry found in the cache, decoded, with its record to write again.
pub struct Hit {
    pub entry: Entry,
    pub record: Record,
}

/// A file modified within this long before the cache was written is hashed, not trusted by
/// its time (coarse file-system clocks).
const SLACK_NANOS: u128 = 2_000_000_000;

/// `.claimlint-cache/` in the folder that holds the corpus root.
pub fn beside(root: &Path) -> PathBuf {
    let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    canonical
        .parent()
        .unwrap_or(&canonical)
        .join(".claimlint-cache")
}

/// What the cached facts depend on besides the article: the lexicon, the reference timeline
/// (the grammar's prior), the grammar and the program that extracted them (its size and time, so a rebuilt binary starts afresh).
fn key(lexicon: &Lexicon) -> u64 {
    let mut h = crate::hash::Fnv::default();
    h.write(lexicon.text.as_bytes());
    h.write(&lexicon.prior.digest.to_le_bytes());
    h.write(&GRAMMAR_VERSION.to_le_bytes());
    h.write(env!("CARGO_PKG_VERSION").as_bytes());
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        let (len, mtime) = Stamp::of(&meta);
        h.write(&len.to_le_bytes());
        h.write(&mtime.to_le_bytes());
    }
    h.finish()
}

/// Checks the file's checksum, magic and key, and finds each entry's bytes and stamp.
fn index(bytes: &[u8], key: u64) -> Option<(u128, HashMap<String, Slot>)> {
    let (body, sum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
    if crate::hash::fnv(body) != u64::from_le_bytes(sum.try_into().ok()?) {
        return None;
    }
    let mut r = Reader { bytes: body, at: 0 };
    if r.take(8)? != MAGIC || r.u32()? != FORMAT || r.u64()? != key {
        return None;
    }
    let written = r.u128()?;
    let mut slots = HashMap::new();
    while r.at < body.len() {
        let n = r.u32()? as usize;
        let start = r.at;
        let raw = r.take(n)?;
        let mut e = Reader { bytes: raw, at: 0 };
        let rel = e.str()?.to_string();
        let stamp = Stamp {
            len: e.u64()?,
            mtime: e.u128()?,
            hash: e.u64()?,
        };
        slots.insert(
            rel,
            Slot {
                stamp,
                bytes: start..start + n,
            },
        );
    }
    Some((written, slots))
}

/// Decodes one entry, checking every length, tag and lexicon id.
fn decode_entry(raw: &[u8], lexicon: &Lexicon) -> Option<Entry> {
    let mut r = Reader { bytes: raw, at: 0 };
    r.str()?;
    let stamp = Stamp {
        len: r.u64()?,
        mtime: r.u128()?,
        hash: r.u64()?,
    };
    let mut meta = ArticleMeta {
        publication: r.opt_str()?,
        volume: r.opt_str()?,
        issue: r.opt_str()?,
        title: r.opt_str()?,
        author: r.opt_str()?,
        date: None,
    };
    meta.date = r.opt_day()?;
    let body = r.u32()? as usize..r.u32()? as usize;
    let count = r.u32()? as usize;
    let mut facts = Vec::with_capacity(count.min(1 << 16));
    for _ in 0..count {
        facts.push(r.fact(lexicon)?);
    }
    (body.start <= body.end && body.end as u64 <= stamp.len && r.at == raw.len()).then_some(Entry {
        stamp,
        meta,
        body,
        facts,
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u128(&mut self, v: u128) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
            None => self.u8(0),
        }
    }
    fn opt_day(&mut self, d: Option<Day>) {
        match d {
            Some(d) => {
                self.u8(1);
                self.u32(d.0 as u32);
            }
            None => self.u8(0),
        }
    }
    fn fact(&mut self, f: &Fact) {
        match &f.claim {
            Claim::Membership { event, state, org } => {
                self.u8(0);
                self.u8(Event::ALL.iter().position(|e| e == event).unwrap_or(0) as u8);
                match state {
                    Some(s) => {
                        self.u8(1);
                        self.u16(s.0);
                    }
                    None => self.u8(0),
                }
                self.u16(org.0);
            }
            Claim::Count { org, value, counts } => {
                self.u8(1);
                self.u16(org.0);
                self.u32(*value);
                self.u8(Counted::ALL.iter().position(|c| c == counts).unwrap_or(0) as u8);
            }
            Claim::Quantity {
                subject,
                value,
                approx,
                unit,
            } => {
                self.u8(2);
                self.u16(subject.0);
                self.u64(*value);
                self.u8(u8::from(*approx));
                self.u8(Unit::ALL.iter().position(|u| u == unit).unwrap_or(0) as u8);
            }
            Claim::Office {
                person,
                role,
                state,
            } => {
                self.u8(3);
                match person {
                    PersonRef::Known(p) => {
                        self.u8(0);
                        self.u16(p.0);
                    }
                    PersonRef::Named(n) => {
                        self.u8(1);
                        self.str(n);
                    }
                }
                self.u8(Role::ALL.iter().position(|r| r == role).unwrap_or(0) as u8);
                self.u16(state.0);
            }
        }
        match f.when {
            Some(w) => {
                self.u8(1);
                self.opt_day(w.from);
                self.opt_day(w.to);
                self.u8(Precision::ALL
                    .iter()
                    .position(|p| *p == w.precision)
                    .unwrap_or(0) as u8);
            }
            None => self.u8(0),
        }
        self.u8(Modality::ALL
            .iter()
            .position(|m| *m == f.modality)
            .unwrap_or(0) as u8);
        for v in [f.span.start, f.span.end, f.sentence.start, f.sentence.end] {
            self.u32(v);
        }
        self.u8(u8::from(f.shifted));
    }
}

/// Reads the cache format, checking every length, tag and lexicon id.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn u128(&mut self) -> Option<u128> {
        Some(u128::from_le_bytes(self.take(16)?.try_into().ok()?))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.str()?.to_string())),
            _ => None,
        }
    }
    fn opt_day(&mut self) -> Option<Option<Day>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(Day(self.u32()? as i32))),
            _ => None,
        }
    }
    fn pick<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.u8()? as usize).copied()
    }
    fn id(&mut self, len: usize) -> Option<u16> {
        let v = self.u16()?;
        ((v as usize) < len).then_some(v)
    }
    fn fact(&mut self, l: &Lexicon) -> Option<Fact> {
        let claim = match self.u8()? {
            0 => {
                let event = self.pick(&Event::ALL)?;
                let state = match self.u8()? {
                    0 => None,
                    1 => Some(StateId(self.id(l.states.len())?)),
                    _ => return None,
                };
                Claim::Membership {
                    event,
                    state,
                    org: OrgId(self.id(l.orgs.len())?),
                }
            }
            1 => Claim::Count {
                org: OrgId(self.id(l.orgs.len())?),
                value: self.u32()?,
                counts: self.pick(&Counted::ALL)?,
            },
            2 => Claim::Quantity {
                subject: SubjectId(self.id(l.subjects.len())?),
                value: self.u64()?,
                approx: match self.u8()? {
                    0 => false,
                    1 => true,
                    _ => return None,
                },
                unit: self.pick(&Unit::ALL)?,
            },
            3 => {
                let person = match self.u8()? {
                    0 => PersonRef::Known(PersonId(self.id(l.people.len())?)),
                    1 => PersonRef::Named(self.str()?.into()),
                    _ => return None,
                };
                Claim::Office {
                    person,
                    role: self.pick(&Role::ALL)?,
                    state: StateId(self.id(l.states.len())?),
                }
            }
            _ => return None,
        };
        let when = match self.u8()? {
            0 => None,
            1 => Some(Interval {
                from: self.opt_day()?,
                to: self.opt_day()?,
                precision: self.pick(&Precision::ALL)?,
            }),
            _ => return None,
        };
        let modality = self.pick(&Modality::ALL)?;
        let span = self.u32()?..self.u32()?;
        let sentence = self.u32()?..self.u32()?;
        let shifted = match self.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        (span.start <= span.end && sentence.start <= sentence.end).then_some(Fact {
            claim,
            when,
            modality,
            file: FileId(0),
            span,
            sentence,
            shifted,
        })
    }
}
