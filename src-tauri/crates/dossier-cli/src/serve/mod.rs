//! `dossier serve`: a loopback-only HTTP host for the web UI. It serves the
//! files of `ui/` and turns every command of the command list into
//! `POST /api/<command>` with a JSON body, answering errors as
//! `{code, message}` with a matching HTTP status.
//!
//! The server is reachable only from this machine, but any web page the user
//! visits can still aim requests at `127.0.0.1`. So besides binding loopback,
//! every request must name this server in its `Host` header (defeats DNS
//! rebinding) and, when a browser says where it comes from, carry this
//! server's own `Origin` (defeats cross-site form posts and fetches).

use crate::error::{CliError, Result};
use dossier_core::commands;
use dossier_core::error::{ErrorCode, WireError};
use dossier_core::Library;
use http::{HttpRequest, Method};
use std::fs;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Component, Path, PathBuf};

mod http;

/// Largest request body accepted; imports of pasted text and files travel as
/// JSON, so this bounds a single import batch.
const MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// The same policy as the desktop window: only this server's own files run,
/// no inline script, no framing by other sites.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Serves `ui_dir` and the command list on `127.0.0.1:port` until the process
/// ends. Port 0 picks a free port; `ready` receives the address actually bound,
/// once the server accepts connections.
pub(crate) fn serve(library: Library, port: u16, ui_dir: &Path, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let site = Site::new(ui_dir, port)?;
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .map_err(|e| CliError::Serve(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    let address =
        listener.local_addr().map_err(|e| CliError::Serve(format!("cannot read the address listened on: {e}")))?;
    let site = Site { address, ..site };
    ready(address);
    let run_command = |name: &str, request: serde_json::Value| commands::dispatch_for_web(&library, name, request);
    http::serve_connections(&listener, MAX_BODY_BYTES, &|request| site.answer(request, &run_command).into_http());
    Ok(())
}

/// How the server reaches the engine: a command name and its JSON request in,
/// the JSON response or an engine error out. Production passes
/// [`commands::dispatch_for_web`] over the library; tests pass a stand-in so routing
/// and status mapping are checked without a library on disk.
type RunCommand<'a> = dyn Fn(&str, serde_json::Value) -> dossier_core::Result<serde_json::Value> + Sync + 'a;

/// What the server knows about itself: where its files are and which
/// address browsers must name in `Host` and `Origin`.
#[derive(Debug, Clone)]
struct Site {
    /// Canonical path of the UI folder; no file outside it is ever served.
    ui_root: PathBuf,
    /// The loopback address being served.
    address: SocketAddr,
}

impl Site {
    fn new(ui_dir: &Path, port: u16) -> Result<Site> {
        let ui_root = ui_dir
            .canonicalize()
            .map_err(|e| CliError::Serve(format!("cannot open the UI folder {}: {e}", ui_dir.display())))?;
        if !ui_root.join("index.html").is_file() {
            return Err(CliError::Serve(format!(
                "the UI folder {} has no index.html; pass the `ui` folder of the Dossier sources",
                ui_root.display()
            )));
        }
        Ok(Site { ui_root, address: SocketAddr::from((Ipv4Addr::LOCALHOST, port)) })
    }

    /// Answers one request: the guards first, then the API or a static file.
    fn answer(&self, request: &HttpRequest, run_command: &RunCommand<'_>) -> Reply {
        let host = request.header("Host");
        if !self.is_own_host(host) {
            return Reply::error(
                403,
                "forbidden",
                format!(
                    "requests must be addressed to {} or localhost:{} (got Host {})",
                    self.address,
                    self.address.port(),
                    host.unwrap_or("<none>")
                ),
            );
        }
        if let Some(origin) = request.header("Origin") {
            if !self.is_own_origin(origin) {
                return Reply::error(403, "forbidden", format!("cross-origin request from {origin} refused"));
            }
        }
        let path = request.url.split(['?', '#']).next().unwrap_or("/").to_string();
        match path.strip_prefix("/api/") {
            Some(command) => self.answer_api(request, command, run_command),
            None => self.answer_file(&request.method, &path),
        }
    }

    /// `Host` must be this server as a browser addresses it. An attacker's
    /// domain re-pointed at 127.0.0.1 arrives with the attacker's name here.
    fn is_own_host(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return false };
        let port = self.address.port();
        host == format!("127.0.0.1:{port}") || host.eq_ignore_ascii_case(&format!("localhost:{port}"))
    }

    /// `Origin` must be a page of this server; `null` (sandboxed frames,
    /// local files) is foreign too.
    fn is_own_origin(&self, origin: &str) -> bool {
        let port = self.address.port();
        origin == format!("http://127.0.0.1:{port}") || origin.eq_ignore_ascii_case(&format!("http://localhost:{port}"))
    }

    fn answer_api(&self, request: &HttpRequest, command: &str, run_command: &RunCommand<'_>) -> Reply {
        if request.method != Method::Post {
            return Reply::error(405, "method_not_allowed", format!("use POST /api/{command} with a JSON body"))
                .with_header("Allow", "POST");
        }
        let body = &request.body;
        let json = if body.iter().all(u8::is_ascii_whitespace) {
            serde_json::Value::Null
        } else {
            match serde_json::from_slice(body) {
                Ok(json) => json,
                Err(e) => {
                    return Reply::error(
                        400,
                        ErrorCode::InvalidInput.as_str(),
                        format!("the body of /api/{command} is not valid JSON: {e}"),
                    )
                }
            }
        };
        match run_command(command, json) {
            Ok(response) => Reply::json(200, &response),
            Err(error) => {
                let status = status_for(error.code());
                if status >= 500 {
                    eprintln!("dossier serve: /api/{command} failed: {error}");
                }
                let reply = Reply::json(status, &WireError::from(&error));
                if error.code() == ErrorCode::LibraryBusy {
                    reply.with_header("Retry-After", "1")
                } else {
                    reply
                }
            }
        }
    }

    fn answer_file(&self, method: &Method, path: &str) -> Reply {
        if !matches!(method, Method::Get | Method::Head) {
            return Reply::error(405, "method_not_allowed", format!("{path} can only be read with GET"))
                .with_header("Allow", "GET, HEAD");
        }
        let not_found = || Reply::error(404, ErrorCode::NotFound.as_str(), format!("no file {path}"));
        let Some(file) = resolve_static(&self.ui_root, path) else {
            return not_found();
        };
        match fs::read(&file) {
            Ok(bytes) => {
                Reply { status: 200, content_type: content_type(&file), body: bytes, extra_headers: Vec::new() }
            }
            Err(e) => {
                eprintln!("dossier serve: cannot read {}: {e}", file.display());
                not_found()
            }
        }
    }
}

/// The HTTP status for an engine error. Exhaustive on purpose: a new error
/// code must choose its status here.
fn status_for(code: ErrorCode) -> u16 {
    match code {
        ErrorCode::NotFound | ErrorCode::UnknownCommand => 404,
        ErrorCode::Forbidden => 403,
        ErrorCode::InvalidInput | ErrorCode::UnsupportedInput => 400,
        ErrorCode::Duplicate => 409,
        ErrorCode::TooLarge => 413,
        ErrorCode::LibraryBusy => 503,
        ErrorCode::LibraryTooNew | ErrorCode::Io | ErrorCode::Database | ErrorCode::Index | ErrorCode::Internal => 500,
    }
}

/// Maps a URL path to a file inside `ui_root`, or `None` when there is no such
/// file or the path tries to leave the folder (`..`, encoded `%2e%2e`,
/// backslashes, absolute or drive paths, symlinks pointing outside).
/// Directories are never listed; `/` and folders serve their `index.html`.
fn resolve_static(ui_root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path.strip_prefix('/')?)?;
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        if segment.is_empty() {
            continue;
        }
        if segment.contains(['\\', '\0', ':']) {
            return None;
        }
        let mut components = Path::new(segment).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) => relative.push(name),
            _ => return None,
        }
    }
    let mut candidate = ui_root.join(relative);
    if candidate.is_dir() {
        candidate.push("index.html");
    }
    let canonical = candidate.canonicalize().ok()?;
    (canonical.starts_with(ui_root) && canonical.is_file()).then_some(canonical)
}

/// Decodes `%XX` escapes; `None` for malformed escapes or non-UTF-8 results,
/// which no file of the UI needs.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// The `Content-Type` for a UI file, by extension. Scripts must be
/// `text/javascript` for browsers to run them as ES modules.
fn content_type(path: &Path) -> &'static str {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A response before it is written to the socket: kept as plain data so tests
/// can inspect it.
#[derive(Debug)]
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    extra_headers: Vec<(&'static str, &'static str)>,
}

impl Reply {
    fn json(status: u16, value: &impl serde::Serialize) -> Reply {
        let body = serde_json::to_vec(value)
            .unwrap_or_else(|e| format!(r#"{{"code":"io","message":"cannot encode the response: {e}"}}"#).into_bytes());
        Reply { status, content_type: "application/json", body, extra_headers: Vec::new() }
    }

    fn error(status: u16, code: &str, message: String) -> Reply {
        Reply::json(status, &WireError { code: code.to_string(), message })
    }

    fn with_header(mut self, name: &'static str, value: &'static str) -> Reply {
        self.extra_headers.push((name, value));
        self
    }

    fn into_http(self) -> http::HttpResponse {
        let mut headers = vec![
            ("Content-Type", self.content_type),
            ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
            ("Cache-Control", "no-store"),
        ];
        headers.extend(self.extra_headers);
        http::HttpResponse { status: self.status, headers, body: self.body }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    const PORT: u16 = 4817;

    /// A UI folder with an index, a module, a nested folder and a secret file
    /// next to (outside) it that no request may reach.
    fn ui_fixture() -> (tempfile::TempDir, Site) {
        let temp = tempfile::tempdir().unwrap();
        let ui = temp.path().join("ui");
        fs::create_dir_all(ui.join("js")).unwrap();
        fs::create_dir_all(ui.join("empty")).unwrap();
        fs::write(ui.join("index.html"), "<!doctype html><title>Dossier</title>").unwrap();
        fs::write(ui.join("js/app.js"), "export const ready = true;").unwrap();
        fs::write(ui.join("style.css"), "body { margin: 0 }").unwrap();
        fs::write(temp.path().join("secret.txt"), "outside the UI folder").unwrap();
        let site = Site::new(&ui, PORT).unwrap();
        (temp, site)
    }

    fn request(method: Method, path: &str) -> HttpRequest {
        HttpRequest::new(method, path).with_header("Host", &format!("127.0.0.1:{PORT}"))
    }

    /// Echoes the command name and request, or fails with the error a test
    /// names through the command name.
    fn stand_in_engine(name: &str, request: serde_json::Value) -> dossier_core::Result<serde_json::Value> {
        use dossier_core::Error;
        match name {
            "missing" => Err(Error::not_found("article", 42)),
            "busy" => Err(Error::LibraryBusy("/tmp/library".to_string())),
            "clash" => Err(Error::Duplicate { item: "a.txt".to_string(), existing_id: 7, reason: "content" }),
            "broken" => Err(Error::Index("segment file missing".to_string())),
            "echo" => Ok(serde_json::json!({ "command": name, "request": request })),
            other => Err(Error::UnknownCommand(other.to_string())),
        }
    }

    fn answer(site: &Site, request: HttpRequest) -> Reply {
        site.answer(&request, &stand_in_engine)
    }

    fn body_json(reply: &Reply) -> serde_json::Value {
        serde_json::from_slice(&reply.body).expect("API replies are JSON")
    }

    #[test]
    fn root_and_files_are_served_with_their_content_types() {
        let (_temp, site) = ui_fixture();
        let index = answer(&site, request(Method::Get, "/"));
        assert_eq!((index.status, index.content_type), (200, "text/html; charset=utf-8"));
        assert!(String::from_utf8_lossy(&index.body).contains("<title>Dossier"));
        let script = answer(&site, request(Method::Get, "/js/app.js?v=2"));
        assert_eq!((script.status, script.content_type), (200, "text/javascript; charset=utf-8"));
        assert_eq!(answer(&site, request(Method::Get, "/style.css")).content_type, "text/css; charset=utf-8");
    }

    #[test]
    fn paths_leaving_the_ui_folder_resolve_to_nothing() {
        let (temp, site) = ui_fixture();
        for path in [
            "/../secret.txt",
            "/js/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/js/%2e%2e%2f%2e%2e%2fsecret.txt",
            "/..%5csecret.txt",
            "//etc/passwd",
            "/%2fetc%2fpasswd",
            "/C:/Windows/win.ini",
            "/%00index.html",
            "/%zz",
        ] {
            assert_eq!(resolve_static(&site.ui_root, path), None, "{path} must not resolve");
            assert_eq!(answer(&site, request(Method::Get, path)).status, 404, "{path} must be a 404");
        }
        assert!(temp.path().join("secret.txt").is_file(), "the secret exists, so 404 means refused");
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_pointing_outside_the_ui_folder_are_refused() {
        let (temp, site) = ui_fixture();
        std::os::unix::fs::symlink(temp.path().join("secret.txt"), site.ui_root.join("link.txt")).unwrap();
        assert_eq!(resolve_static(&site.ui_root, "/link.txt"), None);
    }

    #[test]
    fn folders_are_never_listed() {
        let (_temp, site) = ui_fixture();
        assert_eq!(answer(&site, request(Method::Get, "/js/")).status, 404);
        assert_eq!(answer(&site, request(Method::Get, "/empty")).status, 404);
        assert_eq!(answer(&site, request(Method::Get, "/nope.js")).status, 404);
    }

    #[test]
    fn foreign_host_headers_are_refused_to_stop_dns_rebinding() {
        let (_temp, site) = ui_fixture();
        for host in ["evil.example:4817", "127.0.0.1:80", "localhost", "127.0.0.1.evil.example:4817"] {
            let rebound = HttpRequest::new(Method::Get, "/").with_header("Host", host);
            let reply = answer(&site, rebound);
            assert_eq!(reply.status, 403, "Host {host} is not this server");
            assert_eq!(body_json(&reply)["code"], "forbidden");
        }
        assert_eq!(answer(&site, HttpRequest::new(Method::Get, "/")).status, 403, "a missing Host is refused");
        assert!(site.is_own_host(Some("LOCALHOST:4817")), "host names are case-insensitive");
    }

    #[test]
    fn cross_origin_requests_are_refused_and_same_origin_ones_pass() {
        let (_temp, site) = ui_fixture();
        let from = |origin: &str| request(Method::Post, "/api/echo").with_header("Origin", origin);
        for origin in ["https://evil.example", "http://127.0.0.1:9999", "null", "http://localhost"] {
            let reply = answer(&site, from(origin));
            assert_eq!(reply.status, 403, "Origin {origin} is foreign");
            assert_eq!(body_json(&reply)["code"], "forbidden");
        }
        assert_eq!(answer(&site, from("http://127.0.0.1:4817")).status, 200);
        assert_eq!(answer(&site, from("http://localhost:4817")).status, 200);
    }

    #[test]
    fn api_forwards_the_json_body_to_the_command() {
        let (_temp, site) = ui_fixture();
        let reply = answer(&site, request(Method::Post, "/api/echo").with_body(r#"{"query":"minister"}"#));
        assert_eq!((reply.status, reply.content_type), (200, "application/json"));
        assert_eq!(body_json(&reply), serde_json::json!({"command": "echo", "request": {"query": "minister"}}));
        let empty = answer(&site, request(Method::Post, "/api/echo"));
        assert_eq!(body_json(&empty)["request"], serde_json::Value::Null, "an empty body means no fields");
    }

    #[test]
    fn engine_errors_become_code_and_message_with_a_matching_status() {
        let (_temp, site) = ui_fixture();
        for (command, status, code) in [
            ("missing", 404, "not_found"),
            ("no_such_command", 404, "unknown_command"),
            ("clash", 409, "duplicate"),
            ("busy", 503, "library_busy"),
            ("broken", 500, "index"),
        ] {
            let reply = answer(&site, request(Method::Post, &format!("/api/{command}")));
            assert_eq!(reply.status, status, "status of {command}");
            let body = body_json(&reply);
            assert_eq!(body["code"], code, "code of {command}");
            assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "{command} explains itself");
        }
    }

    #[test]
    fn every_error_code_has_a_status_a_client_can_act_on() {
        assert_eq!(status_for(ErrorCode::InvalidInput), 400);
        assert_eq!(status_for(ErrorCode::UnsupportedInput), 400);
        assert_eq!(status_for(ErrorCode::TooLarge), 413);
        assert_eq!(status_for(ErrorCode::LibraryTooNew), 500);
    }

    #[test]
    fn malformed_json_and_wrong_methods_are_refused() {
        let (_temp, site) = ui_fixture();
        let bad = answer(&site, request(Method::Post, "/api/echo").with_body("{not json"));
        assert_eq!((bad.status, body_json(&bad)["code"].as_str()), (400, Some("invalid_input")));
        let get = answer(&site, request(Method::Get, "/api/stats"));
        assert_eq!(get.status, 405);
        assert_eq!(get.extra_headers, vec![("Allow", "POST")]);
        assert_eq!(answer(&site, request(Method::Other("DELETE".into()), "/index.html")).status, 405);
    }

    #[test]
    fn percent_decoding_rejects_malformed_escapes() {
        assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(percent_decode("%e2%82%ac").as_deref(), Some("€"));
        assert_eq!(percent_decode("%2"), None);
        assert_eq!(percent_decode("%ff"), None, "not UTF-8");
    }

    /// The whole path through a socket: bind, Host check, security headers.
    #[test]
    fn a_real_socket_gets_security_headers_and_loopback_only() {
        let (_temp, site) = ui_fixture();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let site = Site { address, ..site };
        std::thread::spawn(move || {
            http::serve_connections(&listener, MAX_BODY_BYTES, &|request| {
                site.answer(request, &stand_in_engine).into_http()
            })
        });

        let mut stream = TcpStream::connect(address).unwrap();
        write!(stream, "GET / HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        assert!(response.contains("Content-Security-Policy: default-src 'self'"), "{response}");
        assert!(response.contains("X-Content-Type-Options: nosniff"), "{response}");
        assert!(response.contains("frame-ancestors 'none'"), "{response}");
    }
}
