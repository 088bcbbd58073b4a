//! Reading a file that may not be what its name says: every file attache
//! reads (briefings, `bookmarks.json`, `entities.txt`, `keys.toml`, the index
//! cache) goes through here. The open never blocks (a FIFO or device swapped
//! in after a type check opens at once), the opened handle, not the name, must
//! be a regular file, the read stops at a size cap, and it must finish within
//! a time budget.
//!
//! Why a helper thread for the budget: a read that blocks in the kernel (a
//! symlink to `/proc/kmsg`, a dead network mount) cannot be interrupted
//! portably. The read runs on a helper and the caller waits at most the
//! budget; a read still stuck then keeps its helper (abandoned: it ends, or
//! not, without anyone waiting) and the load goes on without the file. The
//! helpers are pooled, as rayon's are, since a thread per file would cost
//! more than reading most briefings.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use thiserror::Error;

/// What one read may take: at most `max_bytes`, within `budget`.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_bytes: u64,
    pub budget: Duration,
}

impl Limits {
    /// A configuration file: small, read at startup.
    pub const CONFIG: Limits = Limits {
        max_bytes: 16 * 1024 * 1024,
        budget: Duration::from_secs(5),
    };
}

/// Why a file was not read. The file itself is never changed.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("no such file")]
    Missing,
    #[error("not a regular file")]
    NotRegular,
    #[error("larger than {} MiB ({size} bytes)", limit / (1024 * 1024))]
    TooLarge { size: u64, limit: u64 },
    #[error("read timed out")]
    TimedOut,
    #[error("cannot read: {0}")]
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> ReadError {
        if e.kind() == io::ErrorKind::NotFound {
            ReadError::Missing
        } else {
            ReadError::Io(e)
        }
    }
}

impl ReadError {
    /// As an `io::Error`, for callers that report I/O errors.
    pub fn into_io(self) -> io::Error {
        match self {
            ReadError::Io(e) => e,
            ReadError::Missing => io::Error::new(io::ErrorKind::NotFound, "no such file"),
            ReadError::TimedOut => io::Error::new(io::ErrorKind::TimedOut, "read timed out"),
            other => io::Error::new(io::ErrorKind::InvalidInput, other.to_string()),
        }
    }
}

/// Opens `path` without blocking and checks the opened handle: a regular
/// file of at most `max_bytes`. Returns the file and its size.
pub fn open_regular(path: &Path, max_bytes: u64) -> Result<(File, u64), ReadError> {
    let mut options = File::options();
    options.read(true);
    // O_NONBLOCK: opening a FIFO with no writer (or a tty) would wait
    // forever; O_NOCTTY: a terminal device must never become ours. Neither
    // changes how a regular file reads.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK | libc::O_NOCTTY);
    let file = options.open(path)?;
    // The handle, not the name: the name may have been swapped since.
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > max_bytes {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit: max_bytes,
        });
    }
    Ok((file, meta.len()))
}

/// Reads the whole of `path` within `limits` (see the module doc).
pub fn read(path: &Path, limits: Limits) -> Result<Vec<u8>, ReadError> {
    let owned = path.to_path_buf();
    within(limits.budget, move || read_now(&owned, limits.max_bytes)).unwrap_or(Err(ReadError::TimedOut))
}

/// `read` without the time budget, on the calling thread.
fn read_now(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let (file, len) = open_regular(path, max_bytes)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // `take`: a file that grows while being read stops at the cap.
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

/// Runs `work` on a helper and waits at most `budget` for it: `None` when it
/// took longer (it goes on, abandoned) or too many helpers are stuck already.
pub fn within<T, F>(budget: Duration, work: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    static HELPERS: OnceLock<Helpers> = OnceLock::new();
    HELPERS.get_or_init(Helpers::new).run(budget, work)
}

/// Helpers stuck in reads beyond which no more are started: a file system
/// this broken fails the rest of its reads at once instead of one budget each.
const MAX_STUCK: usize = 64;

/// A job's state, shared by the helper running it and the caller waiting.
const RUNNING: u8 = 0;
const DONE: u8 = 1;
const ABANDONED: u8 = 2;

type Job = Box<dyn FnOnce() + Send>;

struct Helpers {
    jobs: Mutex<Sender<Job>>,
    queue: Arc<Mutex<Receiver<Job>>>,
    /// Helpers waiting for a job.
    idle: Arc<AtomicUsize>,
    /// Helpers still running a job nobody waits for any more.
    stuck: Arc<AtomicUsize>,
}

impl Helpers {
    fn new() -> Helpers {
        let (tx, rx) = mpsc::channel();
        Helpers {
            jobs: Mutex::new(tx),
            queue: Arc::new(Mutex::new(rx)),
            idle: Arc::new(AtomicUsize::new(0)),
            stuck: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn run<T, F>(&self, budget: Duration, work: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        if self.stuck.load(Ordering::Acquire) >= MAX_STUCK {
            return None;
        }
        let (tx, rx) = mpsc::sync_channel(1);
        let state = Arc::new(AtomicU8::new(RUNNING));
        let job_state = Arc::clone(&state);
        let stuck = Arc::clone(&self.stuck);
        let job: Job = Box::new(move || {
            let result = work();
            let _ = tx.send(result);
            // Abandoned meanwhile: this helper is free again.
            if job_state
                .compare_exchange(RUNNING, DONE, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
            {
                stuck.fetch_sub(1, Ordering::AcqRel);
            }
        });
        if !self.submit(job) {
            return None;
        }
        match rx.recv_timeout(budget) {
            Ok(result) => Some(result),
            Err(_) => {
                if state
                    .compare_exchange(RUNNING, ABANDONED, Ordering::AcqRel, Ordering::Acquire)
                    .is_ok()
                {
                    self.stuck.fetch_add(1, Ordering::AcqRel);
                    return None;
                }
                // It finished just as the budget ran out.
                rx.try_recv().ok()
            }
        }
    }

    /// Queues `job`, starting a helper when none is waiting; false if none
    /// could be started (the job is then dropped unrun).
    fn submit(&self, job: Job) -> bool {
        let sent = self.jobs.lock().map(|tx| tx.send(job).is_ok()).unwrap_or(false);
        if !sent {
            return false;
        }
        if self.idle.load(Ordering::Acquire) > 0 {
            return true;
        }
        let (queue, idle) = (Arc::clone(&self.queue), Arc::clone(&self.idle));
        let spawned = std::thread::Builder::new()
            .name("attache-read".to_string())
            .stack_size(256 * 1024)
            .spawn(move || helper(&queue, &idle));
        // No thread to be had: an idle helper that appears later takes the
        // job; meanwhile the caller's budget runs and it moves on.
        spawned.is_ok() || self.idle.load(Ordering::Acquire) > 0
    }
}

/// A helper's life: take jobs until the pool is gone.
fn helper(queue: &Mutex<Receiver<Job>>, idle: &AtomicUsize) {
    loop {
        idle.fetch_add(1, Ordering::AcqRel);
        let job = queue.lock().map(|rx| rx.recv());
        idle.fetch_sub(1, Ordering::AcqRel);
        match job {
            Ok(Ok(job)) => job(),
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn reads_a_regular_file_whole_and_refuses_one_over_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "hello").unwrap();
        assert_eq!(read(&path, Limits::CONFIG).unwrap(), b"hello");
        let small = Limits {
            max_bytes: 3,
            ..Limits::CONFIG
        };
        assert!(matches!(read(&path, small), Err(ReadError::TooLarge { size: 5, .. })));
        assert!(matches!(
            read(&dir.path().join("none"), Limits::CONFIG),
            Err(ReadError::Missing)
        ));
        assert!(matches!(read(dir.path(), Limits::CONFIG), Err(ReadError::NotRegular)));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_device_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let zero = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        let t = Instant::now();
        assert!(matches!(read(&fifo, Limits::CONFIG), Err(ReadError::NotRegular)));
        assert!(matches!(read(&zero, Limits::CONFIG), Err(ReadError::NotRegular)));
        assert!(t.elapsed() < Duration::from_secs(2));
    }

    /// A read that blocks (here on a FIFO opened as an ordinary file, with
    /// nobody writing) costs its budget, not the caller's life; and the
    /// helpers go on serving other reads meanwhile.
    #[cfg(unix)]
    #[test]
    fn a_read_that_blocks_times_out_and_others_still_run() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let t = Instant::now();
        let blocked = within(Duration::from_millis(300), move || {
            std::fs::read(&fifo).map(|b| b.len())
        });
        assert!(blocked.is_none(), "{blocked:?}");
        assert!(t.elapsed() < Duration::from_secs(3));
        assert_eq!(within(Duration::from_secs(5), || 7), Some(7));
    }
}
