//! A real SMTP server that keeps what it receives, for tests: enough of RFC 5321 for a client
//! such as lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), and a way to stop it mid-way: it
//! then refuses connections and drops open ones at their next command, as a server that went
//! down would.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

/// One message as the sink got it.
#[derive(Debug, Clone)]
pub struct Received {
    pub recipients: Vec<String>,
    /// The message as sent (headers and body), dot-stuffing undone.
    pub data: String,
}

impl Received {
    /// The value of a header, if present (first occurrence, unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let prefix = format!("{}:", name.to_ascii_lowercase());
        let mut lines = self.data.split("\r\n").peekable();
        while let Some(line) = lines.next() {
            if line.is_empty() {
                return None;
            }
            if line.to_ascii_lowercase().starts_with(&prefix) {
                let mut value = line[prefix.len()..].trim().to_string();
                while let Some(next) = lines.peek().filter(|l| l.starts_with([' ', '\t'])) {
                    value.push(' ');
                    value.push_str(next.trim());
                    lines.next();
                }
                return Some(value);
            }
        }
        None
    }
}

struct Shared {
    received: Mutex<Vec<Received>>,
    /// Stop accepting once this many messages are in (None: never).
    stop_after: Mutex<Option<usize>>,
    stop: Notify,
    stopped: AtomicBool,
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl SmtpSink {
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let shared = Arc::new(Shared {
            received: Mutex::new(vec![]),
            stop_after: Mutex::new(None),
            stop: Notify::new(),
            stopped: AtomicBool::new(false),
        });
        let accept = shared.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = accept.stop.notified() => return, // the listener closes: connections are refused
                    conn = listener.accept() => {
                        let Ok((stream, _)) = conn else { return };
                        tokio::spawn(session(stream, accept.clone()));
                    }
                }
            }
        });
        SmtpSink { addr, shared }
    }

    /// `smtp://127.0.0.1:PORT`, for lettre.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Stops taking connections once `n` messages in all have been received.
    pub fn stop_after(&self, n: usize) {
        *self.shared.stop_after.lock().unwrap() = Some(n);
        if self.received().len() >= n {
            self.shared.stopped.store(true, Ordering::SeqCst);
            self.shared.stop.notify_one();
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }
}

async fn session(stream: tokio::net::TcpStream, shared: Arc<Shared>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut recipients = vec![];
    let _ = write.write_all(b"220 garita-test-sink ESMTP\r\n").await;
    let mut line = String::new();
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        if shared.stopped.load(Ordering::SeqCst) {
            return; // down: the connection drops without an answer
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let answer: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 garita-test-sink\r\n",
            "MAIL" => {
                recipients.clear();
                b"250 OK\r\n"
            }
            "RCPT" => {
                recipients.push(line[8..].trim().trim_matches(['<', '>']).to_string());
                b"250 OK\r\n"
            }
            "DATA" => {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut data = String::new();
                loop {
                    line.clear();
                    match lines.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let total = {
                    let mut all = shared.received.lock().unwrap();
                    all.push(Received {
                        recipients: std::mem::take(&mut recipients),
                        data,
                    });
                    all.len()
                };
                if shared
                    .stop_after
                    .lock()
                    .unwrap()
                    .is_some_and(|n| total >= n)
                {
                    shared.stopped.store(true, Ordering::SeqCst);
                    shared.stop.notify_one();
                }
                b"250 OK queued\r\n"
            }
            "RSET" | "NOOP" => b"250 OK\r\n",
            "QUIT" => {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            }
            _ => b"502 not implemented\r\n",
        };
        if write.write_all(answer).await.is_err() {
            return;
        }
    }
}
