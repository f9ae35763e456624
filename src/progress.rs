//! Progress of a long run, for a progress line on a terminal: how many articles extraction has
//! to read and has read. Counters only; drawing them is the CLI's business.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Articles to extract in the current run.
pub static ARTICLES_TOTAL: AtomicUsize = AtomicUsize::new(0);
/// Articles extracted so far.
pub static ARTICLES_DONE: AtomicUsize = AtomicUsize::new(0);

/// Runs shorter than this many articles show no progress.
pub const MIN_ARTICLES: usize = 2_000;

/// Draws `extracting N/M articles` on stderr every 100 ms until the returned guard is dropped;
/// the line is erased at the end. Call only when stderr is a terminal.
pub fn show_on_stderr() -> ProgressLine {
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let handle = std::thread::spawn(move || {
        let mut drawn = false;
        while !flag.load(Ordering::Relaxed) {
            let (done, total) = (
                ARTICLES_DONE.load(Ordering::Relaxed),
                ARTICLES_TOTAL.load(Ordering::Relaxed),
            );
            if total >= MIN_ARTICLES && done < total {
                eprint!("\r\x1b[2Kextracting {done}/{total} articles");
                drawn = true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        if drawn {
            eprint!("\r\x1b[2K");
        }
    });
    ProgressLine {
        stop,
        handle: Some(handle),
    }
}

/// Stops and erases the progress line when dropped.
pub struct ProgressLine {
    stop: std::sync::Arc<AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
