//! A small HTTP/1.1 server over `std::net`, just enough for a browser on the
//! same machine: one thread per connection (so keep-alive connections never
//! starve each other — browsers open six at once), `Content-Length` bodies
//! with a size cap read only after the cap is checked, and keep-alive unless
//! the client asks to close. Everything else (routing, guards) is the
//! caller's handler.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Longest request line or header line accepted.
const MAX_LINE_BYTES: usize = 16 * 1024;
/// Most headers accepted in one request.
const MAX_HEADERS: usize = 100;
/// Connections served at once; more wait in the listener's backlog.
const MAX_CONNECTIONS: usize = 64;
/// An idle keep-alive connection is closed after this long.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// Request methods the server distinguishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Method {
    /// GET.
    Get,
    /// HEAD: like GET without a body.
    Head,
    /// POST.
    Post,
    /// Anything else, refused by the handler.
    Other(String),
}

/// A parsed request with its whole body.
#[derive(Debug, Clone)]
pub(crate) struct HttpRequest {
    /// The method.
    pub method: Method,
    /// The request target as sent (path and query).
    pub url: String,
    /// Header names and values, in order.
    headers: Vec<(String, String)>,
    /// The body (empty without `Content-Length`).
    pub body: Vec<u8>,
}

impl HttpRequest {
    /// A request with no headers and no body.
    pub fn new(method: Method, url: &str) -> Self {
        HttpRequest { method, url: url.to_string(), headers: Vec::new(), body: Vec::new() }
    }

    /// Adds a header.
    #[cfg(test)]
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Sets the body.
    #[cfg(test)]
    pub fn with_body(mut self, body: &str) -> Self {
        self.body = body.as_bytes().to_vec();
        self
    }

    /// The first value of a header (names are case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A response to write.
#[derive(Debug)]
pub(crate) struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// Headers besides `Content-Length` and `Connection`.
    pub headers: Vec<(&'static str, &'static str)>,
    /// Body.
    pub body: Vec<u8>,
}

/// Accepts connections forever, answering each request with `handler`.
pub(crate) fn serve_connections(
    listener: &TcpListener,
    max_body: usize,
    handler: &(dyn Fn(&HttpRequest) -> HttpResponse + Sync),
) {
    let open = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            while open.load(Ordering::Acquire) >= MAX_CONNECTIONS {
                std::thread::sleep(Duration::from_millis(5));
            }
            open.fetch_add(1, Ordering::AcqRel);
            let open = &open;
            scope.spawn(move || {
                serve_connection(stream, max_body, handler);
                open.fetch_sub(1, Ordering::AcqRel);
            });
        }
    });
}

fn serve_connection(stream: TcpStream, max_body: usize, handler: &(dyn Fn(&HttpRequest) -> HttpResponse + Sync)) {
    let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    loop {
        let (response, keep_alive, head_only) = match read_request(&mut reader, max_body) {
            Ok(None) => return,
            Ok(Some((request, keep_alive))) => {
                let head_only = request.method == Method::Head;
                (handler(&request), keep_alive, head_only)
            }
            Err(refusal) => (refusal, false, false),
        };
        if write_response(&mut writer, &response, keep_alive, head_only).is_err() || !keep_alive {
            return;
        }
    }
}

/// Reads one request: `Ok(None)` when the client closed the connection,
/// `Err(response)` for a request that must be refused (and the connection
/// closed).
fn read_request(
    reader: &mut BufReader<TcpStream>,
    max_body: usize,
) -> Result<Option<(HttpRequest, bool)>, HttpResponse> {
    let Some(request_line) = read_line(reader)? else { return Ok(None) };
    let mut parts = request_line.split_whitespace();
    let (Some(method), Some(url), Some(version)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(refusal(400, "invalid_input", "malformed request line"));
    };
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        "POST" => Method::Post,
        other => Method::Other(other.to_string()),
    };
    let mut request = HttpRequest::new(method, url);
    loop {
        let Some(line) = read_line(reader)? else {
            return Err(refusal(400, "invalid_input", "connection closed inside the headers"));
        };
        if line.is_empty() {
            break;
        }
        if request.headers.len() >= MAX_HEADERS {
            return Err(refusal(431, "too_large", "too many request headers"));
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(refusal(400, "invalid_input", "malformed header line"));
        };
        request.headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    if request.header("Transfer-Encoding").is_some() {
        return Err(refusal(411, "invalid_input", "send the body with a Content-Length"));
    }
    let length = match request.header("Content-Length") {
        Some(value) => value.parse::<usize>().map_err(|_| refusal(400, "invalid_input", "malformed Content-Length"))?,
        None => 0,
    };
    if length > max_body {
        return Err(refusal(413, "too_large", &format!("request body over the {} MB limit", max_body / (1024 * 1024))));
    }
    request.body = vec![0; length];
    reader
        .read_exact(&mut request.body)
        .map_err(|_| refusal(400, "invalid_input", "connection closed inside the body"))?;
    let connection = request.header("Connection").map(str::to_ascii_lowercase);
    let keep_alive = match connection.as_deref() {
        Some("close") => false,
        Some("keep-alive") => true,
        _ => version == "HTTP/1.1",
    };
    Ok(Some((request, keep_alive)))
}

/// Reads a CRLF- (or LF-) terminated line; `None` at end of stream.
fn read_line(reader: &mut BufReader<TcpStream>) -> Result<Option<String>, HttpResponse> {
    let mut line = Vec::new();
    let read = reader
        .by_ref()
        .take(MAX_LINE_BYTES as u64 + 1)
        .read_until(b'\n', &mut line)
        .map_err(|_| refusal(408, "invalid_input", "request timed out"))?;
    if read == 0 {
        return Ok(None);
    }
    if line.len() > MAX_LINE_BYTES {
        return Err(refusal(431, "too_large", "request line or header too long"));
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    String::from_utf8(line).map(Some).map_err(|_| refusal(400, "invalid_input", "request head is not UTF-8"))
}

fn refusal(status: u16, code: &str, message: &str) -> HttpResponse {
    let body = serde_json::json!({ "code": code, "message": message }).to_string().into_bytes();
    HttpResponse { status, headers: vec![("Content-Type", "application/json")], body }
}

fn write_response(
    stream: &mut TcpStream,
    response: &HttpResponse,
    keep_alive: bool,
    head_only: bool,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status));
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    head.push_str(if keep_alive { "Connection: keep-alive\r\n\r\n" } else { "Connection: close\r\n\r\n" });
    // One write for head and body: one packet for small answers.
    let mut bytes = head.into_bytes();
    if !head_only {
        bytes.extend_from_slice(&response.body);
    }
    stream.write_all(&bytes)?;
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Payload Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    fn echo_server() -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            serve_connections(&listener, 1024, &|request| HttpResponse {
                status: 200,
                headers: vec![("Content-Type", "text/plain")],
                body: format!("{} {}", request.url, String::from_utf8_lossy(&request.body)).into_bytes(),
            })
        });
        address
    }

    #[test]
    fn six_keep_alive_connections_at_once_are_all_answered() {
        let address = echo_server();
        let mut streams: Vec<TcpStream> = (0..8).map(|_| TcpStream::connect(address).unwrap()).collect();
        for (i, stream) in streams.iter_mut().enumerate() {
            write!(stream, "GET /file{i} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        }
        for (i, stream) in streams.iter_mut().enumerate() {
            stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            // The response may arrive in several reads; the connection stays
            // open (keep-alive), so read until the body is in.
            let mut received = Vec::new();
            let expected_end = format!("/file{i} ");
            while !String::from_utf8_lossy(&received).ends_with(&expected_end) {
                let mut buffer = [0u8; 512];
                let n = stream.read(&mut buffer).expect("every connection is answered while the others stay open");
                assert!(n > 0, "connection {i} closed before its answer");
                received.extend_from_slice(&buffer[..n]);
            }
            assert!(String::from_utf8_lossy(&received).starts_with("HTTP/1.1 200 OK"));
        }
    }

    #[test]
    fn bodies_over_the_cap_are_refused_before_reading() {
        let address = echo_server();
        let mut stream = TcpStream::connect(address).unwrap();
        write!(stream, "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        assert!(response.starts_with("HTTP/1.1 413"), "{response}");
        assert!(response.contains("\"code\":\"too_large\""));
    }

    #[test]
    fn a_body_is_read_by_its_length_and_keep_alive_serves_the_next_request() {
        let address = echo_server();
        let mut stream = TcpStream::connect(address).unwrap();
        write!(stream, "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        assert!(response.contains("/a hello") && response.contains("/b "), "{response}");
    }
}
