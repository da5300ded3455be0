//! Long-running commands (imports, reindexing, bulk tagging) with progress.
//!
//! Command handlers report progress through [`report`], which goes to
//! whatever reporter the calling thread installed: the CLI prints it, a
//! background job records it for `job_status` polling, and anywhere else it
//! is dropped. This keeps every handler's signature the same for all hosts.

use crate::error::WireError;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// A progress callback: `(done, total, message)`; `total` 0 when unknown.
pub type Reporter = dyn Fn(u64, u64, &str);

thread_local! {
    static REPORTER: RefCell<Option<Box<Reporter>>> = const { RefCell::new(None) };
}

/// Reports progress of the current command to the thread's reporter, if any.
pub fn report(done: u64, total: u64, message: &str) {
    REPORTER.with(|r| {
        if let Some(reporter) = r.borrow().as_ref() {
            reporter(done, total, message);
        }
    });
}

/// Runs `f` with `reporter` receiving its progress.
pub fn with_reporter<T>(reporter: Box<Reporter>, f: impl FnOnce() -> T) -> T {
    let previous = REPORTER.with(|r| r.borrow_mut().replace(reporter));
    let value = f();
    REPORTER.with(|r| *r.borrow_mut() = previous);
    value
}

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    /// Still working.
    Running,
    /// Finished; `result` holds the response.
    Done,
    /// Failed; `error` says why.
    Failed,
}

/// A job's progress and outcome.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobStatus {
    /// Job id.
    pub id: u64,
    /// The command it runs.
    pub command: String,
    /// Running, done or failed.
    pub state: JobState,
    /// Units done.
    pub done: u64,
    /// Units in all (0 when unknown).
    pub total: u64,
    /// What it is doing now.
    pub message: String,
    /// The command's response, once done.
    pub result: Option<serde_json::Value>,
    /// The error, if failed.
    pub error: Option<WireError>,
}

/// The jobs of one library handle.
#[derive(Default)]
pub struct Jobs {
    next_id: AtomicU64,
    statuses: Arc<Mutex<HashMap<u64, JobStatus>>>,
}

impl Jobs {
    /// Runs `work` on a new thread as job `command`; returns its id.
    pub fn start(
        &self,
        command: &str,
        work: impl FnOnce() -> crate::Result<serde_json::Value> + Send + 'static,
    ) -> u64 {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let status = JobStatus {
            id,
            command: command.to_string(),
            state: JobState::Running,
            done: 0,
            total: 0,
            message: String::new(),
            result: None,
            error: None,
        };
        self.statuses.lock().unwrap_or_else(|p| p.into_inner()).insert(id, status);
        let statuses = Arc::clone(&self.statuses);
        std::thread::spawn(move || {
            let progress_statuses = Arc::clone(&statuses);
            let reporter = Box::new(move |done: u64, total: u64, message: &str| {
                if let Some(s) = progress_statuses.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&id) {
                    s.done = done;
                    s.total = total;
                    s.message = message.to_string();
                }
            });
            let outcome = with_reporter(reporter, work);
            if let Some(s) = statuses.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&id) {
                match outcome {
                    Ok(value) => {
                        s.state = JobState::Done;
                        s.result = Some(value);
                    }
                    Err(e) => {
                        s.state = JobState::Failed;
                        s.error = Some(WireError::from(&e));
                    }
                }
            }
        });
        id
    }

    /// A job's status.
    pub fn status(&self, id: u64) -> Option<JobStatus> {
        self.statuses.lock().unwrap_or_else(|p| p.into_inner()).get(&id).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporter_sees_progress_only_inside_its_scope() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        with_reporter(Box::new(move |d, t, m: &str| sink.lock().unwrap().push((d, t, m.to_string()))), || {
            report(1, 2, "half")
        });
        report(2, 2, "outside");
        assert_eq!(*seen.lock().unwrap(), vec![(1, 2, "half".to_string())]);
    }

    #[test]
    fn job_records_result_and_failure() {
        let jobs = Jobs::default();
        let ok = jobs.start("ok", || {
            report(3, 3, "done");
            Ok(serde_json::json!({"n": 1}))
        });
        let bad = jobs.start("bad", || Err(crate::Error::InvalidInput("nope".into())));
        let wait = |id| loop {
            let s = jobs.status(id).unwrap();
            if s.state != JobState::Running {
                return s;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        let ok = wait(ok);
        assert_eq!((ok.state, ok.done, ok.result), (JobState::Done, 3, Some(serde_json::json!({"n": 1}))));
        let bad = wait(bad);
        assert_eq!(bad.state, JobState::Failed);
        assert_eq!(bad.error.unwrap().code, "invalid_input");
    }
}
