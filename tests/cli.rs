//! The `plainview` binary as a user runs it: flags, exit statuses, error lines, formats.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::thread;

const BIN: &str = env!("CARGO_BIN_EXE_plainview");

/// A page any reader mode should find an article in.
const ARTICLE_PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Hello</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Hello</h1>
<p>This is the first paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
<p>This is the second paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
<p>This is the third paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
<p>This is the fourth paragraph of a test article, long enough to be read as prose, with commas, clauses, and more words.</p>
</article></body></html>"#;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {BIN}: {e}"));
    let input = stdin.to_vec();
    let mut pipe = child.stdin.take();
    let writer = thread::spawn(move || {
        if let Some(pipe) = pipe.as_mut() {
            // The binary may stop reading early (usage errors, size limit).
            let _ = pipe.write_all(&input);
        }
    });
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("cannot wait for {BIN}: {e}"));
    let _ = writer.join();
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Exit status 2 with exactly one `plainview: ...` line on stderr and nothing on stdout.
fn assert_bad_input(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("plainview: "), "{err}");
    assert!(err.contains(needle), "{needle:?} not in {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn help_and_version() {
    let out = run(&["--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    assert!(help.starts_with("Usage: plainview [FILE|-] [--url URL] [--format FORMAT]"));
    for word in ["html", "text", "markdown", "json", "view", "--version"] {
        assert!(help.contains(word), "{word} missing from help");
    }
    let out = run(&["-h"], b"");
    assert_eq!(stdout(&out), help);

    let out = run(&["--version"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!("plainview {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_bad_input(
        &run(&["--frobnicate"], b""),
        "unknown option '--frobnicate'",
    );
    assert_bad_input(&run(&["-x"], b""), "unknown option '-x'");
    assert_bad_input(&run(&["--format", "pdf"], b""), "unknown format 'pdf'");
    assert_bad_input(&run(&["--format=pdf"], b""), "unknown format 'pdf'");
    assert_bad_input(&run(&["--url"], b""), "--url needs a value");
    assert_bad_input(
        &run(&["a.html", "b.html"], b""),
        "unexpected extra argument",
    );
}

#[test]
fn unreadable_file_exits_2() {
    let missing = std::env::temp_dir().join("plainview-cli-test-missing-file.html");
    let path = missing.to_string_lossy().into_owned();
    assert_bad_input(&run(&[&path], b""), "cannot read");
    let dir = std::env::temp_dir().to_string_lossy().into_owned();
    assert_bad_input(&run(&[&dir], b""), "cannot read");
}

#[test]
fn invalid_url_exits_2() {
    for url in ["not a url", "/relative/path", "http://"] {
        let out = run(&["--url", url, "-"], ARTICLE_PAGE.as_bytes());
        assert_bad_input(&out, "invalid base URL");
    }
    let out = run(&["--url=::"], ARTICLE_PAGE.as_bytes());
    assert_bad_input(&out, "invalid base URL");
}

#[test]
fn oversized_input_exits_2() {
    let limit = plainview::Options::default().max_input_bytes;
    let big = vec![b'a'; limit + 1];
    assert_bad_input(&run(&["-"], &big), "over the limit");
}

#[test]
fn empty_and_invalid_utf8_input_do_not_crash() {
    let mut bytes = b"<html><body><p>caf\xe9 \xff\xfe bad bytes ".to_vec();
    bytes.extend_from_slice(&[0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0x28]);
    bytes.extend_from_slice(b"</p></body></html>");
    for input in [&bytes[..], b"", b"\xef\xbb\xbf", b"\x00\x00\x00"] {
        let out = run(&["--format", "json"], input);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "status {code:?}: {}",
            stderr(&out)
        );
        if code == Some(1) {
            assert_eq!(stderr(&out), "plainview: no article found on this page\n");
            assert!(out.stdout.is_empty());
        }
    }
}

/// Once extraction finds the article, every format prints it; until then the binary
/// must report "no article" with status 1.
#[test]
fn every_format_on_an_article_page() {
    for (format, check) in [
        ("markdown", "# Hello"),
        ("md", "# Hello"),
        ("text", "Hello\n\n"),
        ("html", "<p>"),
        ("json", "\"title\": \"Hello\""),
        ("view", "<!DOCTYPE html>"),
    ] {
        let out = run(
            &[
                "--url",
                "https://example.com/hello",
                "--format",
                format,
                "-",
            ],
            ARTICLE_PAGE.as_bytes(),
        );
        match out.status.code() {
            Some(0) => {
                let text = stdout(&out);
                assert!(text.contains(check), "{format}: {check:?} not in {text}");
                assert!(text.contains("second paragraph"), "{format}: {text}");
                assert!(text.ends_with('\n'));
                assert!(out.stderr.is_empty(), "{}", stderr(&out));
            }
            Some(1) => {
                assert_eq!(stderr(&out), "plainview: no article found on this page\n");
                assert!(out.stdout.is_empty());
            }
            other => panic!("{format}: status {other:?}, stderr {}", stderr(&out)),
        }
    }
}

#[test]
fn reads_a_file_argument_like_stdin() {
    let path = std::env::temp_dir().join(format!("plainview-cli-test-{}.html", std::process::id()));
    std::fs::write(&path, ARTICLE_PAGE).unwrap_or_else(|e| panic!("cannot write temp file: {e}"));
    let arg = path.to_string_lossy().into_owned();
    let from_file = run(&["--format=text", &arg], b"");
    let from_stdin = run(&["--format=text"], ARTICLE_PAGE.as_bytes());
    let _ = std::fs::remove_file(&path);
    assert!(
        matches!(from_file.status.code(), Some(0 | 1)),
        "{}",
        stderr(&from_file)
    );
    assert_eq!(from_file.status.code(), from_stdin.status.code());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stderr, from_stdin.stderr);
}

/// A page in French and one in Japanese, as their servers would send them.
const FRENCH: &str = "Le café de la rue Saint-Denis, à Montréal, a rouvert ses portes après trois années de travaux — les habitués sont revenus dès l’aube.";
const JAPANESE: &str = "春の朝、町の図書館が三年ぶりに再開した。開館前から多くの住民が列を作り、新しい本棚の前で長い間足を止めていた。館長は「地域の皆さんの支えがあってこそ」と語った。";

/// `paragraph` five times in an article page with `declaration` in its head, encoded.
fn encoded_page(
    paragraph: &str,
    declaration: &str,
    encoding: &'static encoding_rs::Encoding,
) -> Vec<u8> {
    let html = format!(
        "<html><head>{declaration}<title>Page</title></head><body><article><h1>Page</h1>{}</article></body></html>",
        format!("<p>{paragraph}</p>").repeat(5)
    );
    let (bytes, _, unmappable) = encoding.encode(&html);
    assert!(!unmappable);
    bytes.into_owned()
}

#[test]
fn legacy_encodings_on_stdin_are_decoded() {
    let french = encoded_page(
        FRENCH,
        "<meta charset=\"windows-1252\">",
        encoding_rs::WINDOWS_1252,
    );
    let japanese = encoded_page(
        JAPANESE,
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
        encoding_rs::SHIFT_JIS,
    );
    for (bytes, paragraph, name) in [
        (&french, FRENCH, "windows-1252"),
        (&japanese, JAPANESE, "Shift_JIS"),
    ] {
        let out = run(&["--format", "text", "-"], bytes);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stdout(&out).contains(paragraph), "{name}: {}", stdout(&out));
        let out = run(&["--format", "json"], bytes);
        assert!(stdout(&out).contains(&format!("\"encoding\": \"{name}\"")));
        assert!(stdout(&out).contains("\"encodingSource\": \"meta\""));
    }
}

#[test]
fn encoding_and_content_type_options() {
    // Undeclared: the detector recognises Shift_JIS.
    let undeclared = encoded_page(JAPANESE, "", encoding_rs::SHIFT_JIS);
    let guessed = run(&["--format", "json"], &undeclared);
    assert!(stdout(&guessed).contains(JAPANESE), "{}", stdout(&guessed));
    assert!(stdout(&guessed).contains("\"encodingSource\": \"fallback-detected\""));
    // Mislabelled: the page's word is taken, unless the server's or the user's beats it.
    let mislabelled = encoded_page(
        JAPANESE,
        "<meta charset=\"euc-kr\">",
        encoding_rs::SHIFT_JIS,
    );
    let trusted = run(&["--format", "text"], &mislabelled);
    assert!(!stdout(&trusted).contains(JAPANESE), "read as EUC-KR");
    for args in [
        &["--encoding", "sjis", "--format", "text"][..],
        &["-e", "Shift_JIS", "--format=text"],
        &["--encoding=ms_kanji", "--format", "text"],
        &[
            "--content-type",
            "text/html; charset=Shift_JIS",
            "--format",
            "text",
        ],
    ] {
        let out = run(args, &mislabelled);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            stdout(&out).contains(JAPANESE),
            "{args:?}: {}",
            stdout(&out)
        );
    }

    assert_bad_input(
        &run(&["--encoding", "klingon"], &undeclared),
        "unknown encoding 'klingon'",
    );
    assert_bad_input(&run(&["--encoding"], b""), "--encoding needs a value");
    assert_bad_input(
        &run(&["--content-type"], b""),
        "--content-type needs a value",
    );
    let help = stdout(&run(&["--help"], b""));
    assert!(help.contains("--encoding LABEL") && help.contains("--content-type VALUE"));
}
