//! The Stripe-shaped server as a process (`garita-stripe`, for the browser tests): it says where
//! it listens, answers Stripe's API there, takes its webhook on standard input, and ends when
//! standard input closes.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

#[test]
fn the_process_serves_stripes_api_until_its_input_closes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_garita-stripe"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();

    // An unauthenticated call is refused as Stripe refuses it; an authenticated list answers.
    let get = |auth: Option<&str>| {
        let addr = url.trim_start_matches("http://").to_string();
        let mut stream = std::net::TcpStream::connect(&addr).unwrap();
        let auth = auth.map_or(String::new(), |k| format!("Authorization: Bearer {k}\r\n"));
        write!(
            stream,
            "GET /v1/checkout/sessions HTTP/1.1\r\nHost: {addr}\r\n{auth}Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut status = String::new();
        BufReader::new(stream).read_line(&mut status).unwrap();
        status
    };
    assert!(get(None).contains(" 401 "), "{}", get(None));
    let ok = get(Some(garita_testkit::stripe::SECRET_KEY));
    assert!(ok.contains(" 200 "), "{ok}");

    let mut input = child.stdin.take().unwrap();
    writeln!(input, "webhook http://127.0.0.1:9/payments/notify").unwrap();
    line.clear();
    out.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "webhook set");
    drop(input);
    assert!(child.wait().unwrap().success());
}
