//! A small SMTP server for the tests: enough of RFC 5321 for lettre (EHLO, MAIL, RCPT, DATA,
//! RSET, NOOP, QUIT). It keeps what it receives, can refuse recipients, and can be stopped
//! and started again on the same port, as a mail server going down and coming back.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One message as it arrived, parsed.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    pub message_id: String,
}

#[derive(Clone, Default)]
struct Shared {
    inbox: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<AtomicBool>,
}

pub struct SmtpSink {
    addr: SocketAddr,
    shared: Shared,
    task: Option<JoinHandle<()>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port for the sink");
        let addr = listener.local_addr().expect("bound");
        let shared = Shared::default();
        let task = Some(tokio::spawn(serve(listener, shared.clone())));
        Self { addr, shared, task }
    }

    /// `SMTP_URL` for the server: plain SMTP, no authentication.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Stops listening: connections are refused until [`SmtpSink::restart`].
    pub fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    pub async fn restart(&mut self) {
        self.stop();
        let deadline = Instant::now() + Duration::from_secs(5);
        let listener = loop {
            match TcpListener::bind(self.addr).await {
                Ok(listener) => break listener,
                Err(error) if Instant::now() < deadline => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(error) => panic!("the sink's port {} is not free again: {error}", self.addr),
            }
        };
        self.task = Some(tokio::spawn(serve(listener, self.shared.clone())));
    }

    /// Answers recipients with a permanent failure (550) while set.
    pub fn refuse_recipients(&self, refuse: bool) {
        self.shared.refuse.store(refuse, Ordering::Relaxed);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.inbox.lock().map(|inbox| inbox.clone()).unwrap_or_default()
    }

    /// Waits until `count` messages have arrived (or `patience` is over); all received.
    pub async fn wait_for(&self, count: usize, patience: Duration) -> Vec<Received> {
        let deadline = Instant::now() + patience;
        while self.received().len() < count && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.received()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Conversations belong to the accepting task: stopping the sink ends them too, as a mail
/// server going down closes the connections a client keeps in its pool.
async fn serve(listener: TcpListener, shared: Shared) {
    let mut conversations = tokio::task::JoinSet::new();
    while let Ok((stream, _)) = listener.accept().await {
        conversations.spawn(converse(stream, shared.clone()));
    }
}

async fn converse(stream: TcpStream, shared: Shared) {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader);
    let mut to = Vec::new();
    if writer.write_all(b"220 sink ESMTP\r\n").await.is_err() {
        return;
    }
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_ascii_uppercase();
        let answer: &[u8] = if command.starts_with("EHLO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if command.starts_with("HELO") || command.starts_with("MAIL FROM") || command == "NOOP" {
            b"250 OK\r\n"
        } else if command == "RSET" {
            to.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO") {
            if shared.refuse.load(Ordering::Relaxed) {
                b"550 no such mailbox here\r\n"
            } else {
                let address = line.trim_end()[8..].trim().trim_start_matches('<').trim_end_matches('>');
                to.push(address.to_owned());
                b"250 OK\r\n"
            }
        } else if command == "DATA" {
            if writer.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await.is_err() {
                return;
            }
            let Some(data) = read_data(&mut lines).await else { return };
            if let Ok(mut inbox) = shared.inbox.lock() {
                inbox.push(parse(std::mem::take(&mut to), &data));
            }
            b"250 OK queued\r\n"
        } else if command == "QUIT" {
            let _ = writer.write_all(b"221 bye\r\n").await;
            return;
        } else {
            b"502 not implemented\r\n"
        };
        if writer.write_all(answer).await.is_err() {
            return;
        }
    }
}

/// The message up to the lone dot, with dot-stuffing undone.
async fn read_data(lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    loop {
        let mut line = Vec::new();
        if lines.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        if line == b".\r\n" || line == b".\n" {
            return Some(data);
        }
        let unstuffed = if line.starts_with(b"..") { &line[1..] } else { &line[..] };
        data.extend_from_slice(unstuffed);
    }
}

fn parse(to: Vec<String>, data: &[u8]) -> Received {
    let message = mail_parser::MessageParser::default().parse(data);
    let subject = message.as_ref().and_then(|m| m.subject()).unwrap_or_default().to_owned();
    let body = message.as_ref().and_then(|m| m.body_text(0)).map(|b| b.into_owned()).unwrap_or_default();
    let message_id = message.as_ref().and_then(|m| m.message_id()).unwrap_or_default().to_owned();
    Received { to, subject, body, message_id }
}
