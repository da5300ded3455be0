//! Dossier's desktop shell: a Tauri 2 window over the web UI in `ui/`. The
//! shell opens the user's library and forwards its one IPC entry, `rpc`, to
//! the engine's command list; everything worth testing lives in `dossier-core`
//! and is shared with the CLI and `dossier serve`.

use dossier_core::commands;
use dossier_core::error::WireError;
use dossier_core::Library;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tauri::webview::DownloadEvent;
use tauri::{AppHandle, Emitter, Manager, State};

/// Set to `1` by `tests/desktop/smoke.sh`: the app reports the outcome of the
/// webview's first [`SMOKE_TEST_COMMAND`] call on stdout and then exits,
/// proving the round trip webview → IPC → engine in the real window without a
/// WebDriver.
const SMOKE_TEST_ENV: &str = "DOSSIER_SMOKE_TEST";

/// Set to `1` together with [`SMOKE_TEST_ENV`]: once the start screen's
/// first search is answered, the app clicks the UI's Export button and
/// reports where the download was saved, proving exports reach a file.
const SMOKE_TEST_EXPORT_ENV: &str = "DOSSIER_SMOKE_EXPORT";

/// Clicks the Export button of the search view, once it is enabled.
const CLICK_EXPORT_SCRIPT: &str =
    "[...document.querySelectorAll('button')].find((b) => b.textContent === 'Export' && !b.disabled)?.click();";

/// How long after the first search is answered the export is clicked: the UI
/// renders the results (and enables the button) after the answer arrives.
const SMOKE_TEST_EXPORT_DELAY: Duration = Duration::from_millis(500);

/// The command the UI sends at start. Its answer names the library folder, so
/// the smoke test also proves the app opened the library it was pointed at.
const SMOKE_TEST_COMMAND: &str = "stats";

/// How long a smoke-tested window stays open after reporting, so the test can
/// take a screenshot of the rendered start screen.
const SMOKE_TEST_LINGER: Duration = Duration::from_secs(5);

fn main() -> ExitCode {
    let started = Instant::now();
    apply_webkit_defaults();
    let library = match open_library() {
        Ok(library) => library,
        Err(message) => {
            report_startup_failure(&message);
            return ExitCode::from(2);
        }
    };
    let mut builder = tauri::Builder::default()
        .manage(library)
        .invoke_handler(tauri::generate_handler![rpc])
        .setup(|app| open_main_window(app.handle()));
    if std::env::var(SMOKE_TEST_ENV).is_ok_and(|value| value == "1") {
        let click_export = std::env::var(SMOKE_TEST_EXPORT_ENV).is_ok_and(|value| value == "1");
        builder = builder.manage(SmokeTest::new(started, click_export));
    }
    match builder.run(tauri::generate_context!()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: the desktop window could not start: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Settings of the web view that Dossier changes from WebKitGTK's defaults,
/// as the environment variables WebKit reads; each applies only when the
/// user has not set the variable (to get WebKit's default back, set it
/// explicitly).
///
/// - `WEBKIT_DISABLE_DMABUF_RENDERER=1`: the DMA-BUF renderer hands frames to
///   the window through GPU-style buffers; where there is no GPU path
///   (virtual machines, remote desktops) they cost the web process ~150 MB
///   more than the shared-memory renderer, and Dossier's pages (text, lists,
///   one SVG chart) gain nothing from them.
/// - `JSC_useJIT=false`: JavaScriptCore's JIT compilers keep ~10 MB of
///   compiled code and compiler state in the web process. Dossier's UI
///   renders one page of results at a time and spends its time waiting for
///   the engine, so the interpreter keeps up (the first screen appears as
///   fast), and a web process without a JIT maps no writable and executable
///   memory.
const WEBKIT_DEFAULTS: &[(&str, &str)] = &[("WEBKIT_DISABLE_DMABUF_RENDERER", "1"), ("JSC_useJIT", "false")];

/// Applies [`WEBKIT_DEFAULTS`]. Runs first thing in `main`, before any
/// thread exists; the web processes WebKit starts inherit the variables.
fn apply_webkit_defaults() {
    if !cfg!(target_os = "linux") {
        return;
    }
    for (variable, value) in WEBKIT_DEFAULTS {
        if std::env::var_os(variable).is_none() {
            std::env::set_var(variable, value);
        }
    }
}

/// The event that tells the UI where a download was saved.
const DOWNLOAD_FINISHED_EVENT: &str = "download-finished";

/// Opens the window `tauri.conf.json` describes (it is not created from the
/// configuration alone, so that it gets a download handler). Exports reach
/// the user as downloads of the web view: without a handler WebKitGTK saves
/// them in the process's working folder, which for an app started from a
/// desktop menu is wherever the launcher ran — or nowhere writable.
fn open_main_window(app: &AppHandle) -> Result<(), Box<dyn std::error::Error>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == "main")
        .cloned()
        .ok_or("tauri.conf.json describes no window labelled `main`")?;
    tauri::WebviewWindowBuilder::from_config(app, &config)?
        .on_download(|webview, event| {
            match event {
                DownloadEvent::Requested { destination, .. } => {
                    let name = destination.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "download".into());
                    *destination = unused_path(&downloads_folder(), Path::new(&name));
                }
                DownloadEvent::Finished { path, success, .. } => {
                    let saved = DownloadFinished { path: path.map(|p| p.display().to_string()), success };
                    if let Some(smoke_test) = webview.try_state::<SmokeTest>() {
                        smoke_test.log_download(&saved);
                    }
                    let _ = webview.emit(DOWNLOAD_FINISHED_EVENT, saved);
                }
                _ => {}
            }
            true
        })
        .build()?;
    Ok(())
}

/// Where downloads go: the user's Downloads folder, else their home folder.
fn downloads_folder() -> PathBuf {
    dirs::download_dir().filter(|folder| folder.is_dir()).or_else(dirs::home_dir).unwrap_or_else(std::env::temp_dir)
}

/// `folder/name`, or `folder/stem (2).ext` and so on when that exists, so a
/// second export never overwrites the first.
fn unused_path(folder: &Path, name: &Path) -> PathBuf {
    let first = folder.join(name);
    if !first.exists() {
        return first;
    }
    let stem = name.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let extension = name.extension().map(|e| format!(".{}", e.to_string_lossy())).unwrap_or_default();
    (2..)
        .map(|n| folder.join(format!("{stem} ({n}){extension}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

/// The payload of [`DOWNLOAD_FINISHED_EVENT`].
#[derive(Clone, serde::Serialize)]
struct DownloadFinished {
    /// Where the file was saved, when WebKit says.
    path: Option<String>,
    success: bool,
}

/// Opens the library where the CLI finds it too: `DOSSIER_LIBRARY`, else the
/// platform data folder.
fn open_library() -> Result<Library, String> {
    let folder = Library::default_dir().map_err(|e| format!("Dossier cannot find where to keep its library: {e}"))?;
    Library::open(&folder).map_err(|e| format!("Dossier cannot open its library at {}: {e}", folder.display()))
}

/// The one IPC entry: runs a command of the command list on a blocking worker
/// thread, never on the main thread that drives the window. A missing
/// `request` means a command without fields, as over HTTP.
#[tauri::command]
async fn rpc(
    app: AppHandle,
    library: State<'_, Library>,
    command: String,
    request: Option<Value>,
) -> Result<Value, WireError> {
    let library = library.inner().clone();
    let name = command.clone();
    let outcome = tauri::async_runtime::spawn_blocking(move || {
        commands::dispatch_for_web(&library, &command, request.unwrap_or(Value::Null)).map_err(|e| WireError::from(&e))
    })
    .await
    .unwrap_or_else(|e| {
        Err(WireError { code: "internal".to_string(), message: format!("command `{name}` stopped unexpectedly: {e}") })
    });
    if let Some(smoke_test) = app.try_state::<SmokeTest>() {
        smoke_test.log_answer(&name, &outcome);
        if name == SMOKE_TEST_COMMAND {
            smoke_test.report_once(&app, &outcome);
        }
        if name == "search" {
            smoke_test.export_once(&app);
        }
    }
    outcome
}

/// Smoke-test mode: remembers when the app started, whether the first
/// [`SMOKE_TEST_COMMAND`] call was reported, and whether to click Export.
struct SmokeTest {
    started: Instant,
    reported: AtomicBool,
    click_export: AtomicBool,
}

impl SmokeTest {
    fn new(started: Instant, click_export: bool) -> Self {
        SmokeTest { started, reported: AtomicBool::new(false), click_export: AtomicBool::new(click_export) }
    }

    /// Clicks Export once, shortly after the first search was answered,
    /// when [`SMOKE_TEST_EXPORT_ENV`] asked for it.
    fn export_once(&self, app: &AppHandle) {
        if !self.click_export.swap(false, Ordering::SeqCst) {
            return;
        }
        let app = app.clone();
        std::thread::spawn(move || {
            std::thread::sleep(SMOKE_TEST_EXPORT_DELAY);
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.eval(CLICK_EXPORT_SCRIPT);
            }
        });
    }

    /// Prints `dossier-smoke: downloaded ok|failed <path>`.
    fn log_download(&self, saved: &DownloadFinished) {
        let verdict = if saved.success { "ok" } else { "failed" };
        report_line(format_args!("downloaded {verdict} {}", saved.path.as_deref().unwrap_or("(no path)")));
    }

    /// Prints `dossier-smoke: answered <command> ok|failed after <ms> ms`
    /// for every call: `scripts/bench-app.sh` times the first screen (the
    /// first `search` answered) from it.
    fn log_answer(&self, command: &str, outcome: &Result<Value, WireError>) {
        let verdict = if outcome.is_ok() { "ok" } else { "failed" };
        let elapsed = self.started.elapsed().as_secs_f64() * 1000.0;
        report_line(format_args!("answered {command} {verdict} after {elapsed:.0} ms"));
    }

    /// Prints `dossier-smoke: rpc stats ok|failed <json>` once, then closes
    /// the app after [`SMOKE_TEST_LINGER`] with exit code 0 for a successful
    /// call and 1 for a failed one.
    fn report_once(&self, app: &AppHandle, outcome: &Result<Value, WireError>) {
        if self.reported.swap(true, Ordering::SeqCst) {
            return;
        }
        let (verdict, json, exit_code) = match outcome {
            Ok(response) => ("ok", response.to_string(), 0),
            Err(error) => ("failed", serde_json::json!(error).to_string(), 1),
        };
        report_line(format_args!("rpc {SMOKE_TEST_COMMAND} {verdict} {json}"));
        let app = app.clone();
        std::thread::spawn(move || {
            std::thread::sleep(SMOKE_TEST_LINGER);
            app.exit(exit_code);
        });
    }
}

/// Prints one `dossier-smoke: …` line for the smoke test and the app
/// benchmark, flushed at once so they see it while the app runs. If stdout
/// is gone there is no one to tell.
fn report_line(line: std::fmt::Arguments<'_>) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "dossier-smoke: {line}");
    let _ = stdout.flush();
}

/// Tells the user why the app cannot start: on stderr always, and in a dialog
/// when a display is available and this is not a smoke test.
fn report_startup_failure(message: &str) {
    eprintln!("{message}");
    #[cfg(target_os = "linux")]
    if std::env::var_os(SMOKE_TEST_ENV).is_none() && gtk::init().is_ok() {
        use gtk::prelude::*;
        let dialog = gtk::MessageDialog::new(
            None::<&gtk::Window>,
            gtk::DialogFlags::MODAL,
            gtk::MessageType::Error,
            gtk::ButtonsType::Close,
            message,
        );
        dialog.set_title("Dossier cannot start");
        dialog.run();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_download_of_the_same_name_gets_a_number() {
        let folder = std::env::temp_dir().join(format!("dossier-downloads-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let name = Path::new("dossier-claims.csv");
        assert_eq!(unused_path(&folder, name), folder.join("dossier-claims.csv"));
        std::fs::write(folder.join("dossier-claims.csv"), "first").unwrap();
        assert_eq!(unused_path(&folder, name), folder.join("dossier-claims (2).csv"));
        std::fs::write(folder.join("dossier-claims (2).csv"), "second").unwrap();
        assert_eq!(unused_path(&folder, name), folder.join("dossier-claims (3).csv"));
        std::fs::remove_dir_all(&folder).unwrap();
    }

    /// The only test of this binary that changes the process environment.
    #[test]
    #[cfg(target_os = "linux")]
    fn webkit_defaults_apply_only_where_the_user_set_nothing() {
        std::env::remove_var("WEBKIT_DISABLE_DMABUF_RENDERER");
        std::env::set_var("JSC_useJIT", "true");
        apply_webkit_defaults();
        assert_eq!(std::env::var("WEBKIT_DISABLE_DMABUF_RENDERER").as_deref(), Ok("1"));
        assert_eq!(std::env::var("JSC_useJIT").as_deref(), Ok("true"), "the user's choice stays");
    }
}
