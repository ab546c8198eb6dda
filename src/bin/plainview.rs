//! Command-line reader mode: reads a saved page, prints its article as HTML, text,
//! Markdown, JSON or a standalone reading view.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use plainview::{Article, Error, Options, ViewOptions};

const USAGE: &str = "\
Usage: plainview [FILE|-] [--url URL] [--format FORMAT] [--encoding LABEL]

Finds the article in a saved web page and prints it.

Arguments:
  FILE               HTML file to read; '-' or nothing reads standard input

Options:
  -u, --url URL      the page's address (resolves relative links and images)
  -f, --format FMT   output: markdown (default), text, html, json, view
                       html      the article's sanitized HTML fragment
                       view      a standalone reading-view page
  -e, --encoding LABEL
                     decode the page with this encoding (utf-8, windows-1252,
                       shift_jis, gbk, ...), whatever it declares; a byte order
                       mark still wins, as in browsers
  --content-type VALUE
                     the Content-Type the page was served with, for its charset
                       (e.g. 'text/html; charset=EUC-KR'); the page's own <meta>
                       declaration comes after it
      --explain      with --format json: which rule removed each element, and the
                     page's stories, by CSS selector on the page as parsed
  -h, --help         print this help
  -V, --version      print the version

Without --encoding or --content-type, the encoding is a byte order mark's, else the
page's <meta charset> (first 1024 bytes), else UTF-8 if the bytes are valid UTF-8,
else the guess of Firefox's detector (hinted by the --url domain); --format json
reports it in diagnostics.encoding.

Exit status: 0 article printed, 1 no article found, 2 bad input or usage.
";

/// Exit statuses.
const EXIT_NO_ARTICLE: u8 = 1;
const EXIT_BAD_INPUT: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Html,
    Text,
    Markdown,
    Json,
    View,
}

/// Accepted `--format` names.
const FORMATS: &[(&str, Format)] = &[
    ("html", Format::Html),
    ("text", Format::Text),
    ("txt", Format::Text),
    ("markdown", Format::Markdown),
    ("md", Format::Markdown),
    ("json", Format::Json),
    ("view", Format::View),
];

enum Input {
    /// Standard input; `named` when given as `-` (then a terminal is read too).
    Stdin {
        named: bool,
    },
    File(PathBuf),
}

struct Args {
    input: Input,
    url: Option<String>,
    format: Format,
    /// `--encoding`, checked to be a known label.
    encoding: Option<String>,
    content_type: Option<String>,
    /// Record why elements were removed and where the stories are (`Options::explain`).
    explain: bool,
}

enum Command {
    Run(Args),
    Help,
    Version,
}

/// A failure: its message (one line) and exit status.
struct Failure {
    message: String,
    status: u8,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: format!("{} (try --help)", message.into()),
            status: EXIT_BAD_INPUT,
        }
    }

    fn input(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            status: EXIT_BAD_INPUT,
        }
    }
}

fn utf8_arg(arg: OsString) -> Result<String, Failure> {
    arg.into_string()
        .map_err(|a| Failure::usage(format!("argument {a:?} is not valid UTF-8")))
}

fn parse_format(name: &str) -> Result<Format, Failure> {
    FORMATS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, f)| f)
        .ok_or_else(|| {
            Failure::usage(format!(
                "unknown format '{name}': expected html, text, markdown, json or view"
            ))
        })
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, Failure> {
    let mut args = args.into_iter();
    let mut input: Option<Input> = None;
    let mut url = None;
    let mut format = Format::Markdown;
    let mut encoding = None;
    let mut content_type = None;
    let mut explain = false;
    let mut options_done = false;

    while let Some(raw) = args.next() {
        let is_option =
            !options_done && raw.to_str().is_some_and(|s| s.starts_with('-') && s != "-");
        if !is_option {
            if input.is_some() {
                return Err(Failure::usage(format!(
                    "unexpected extra argument {:?}",
                    raw.to_string_lossy()
                )));
            }
            input = Some(if raw == "-" {
                Input::Stdin { named: true }
            } else {
                Input::File(PathBuf::from(raw))
            });
            continue;
        }
        let arg = utf8_arg(raw)?;
        let (flag, inline_value) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, Failure> {
            match inline_value.clone() {
                Some(v) => Ok(v),
                None => match args.next() {
                    Some(v) => utf8_arg(v),
                    None => Err(Failure::usage(format!("{name} needs a value"))),
                },
            }
        };
        match flag.as_str() {
            "--" => options_done = true,
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "-u" | "--url" => url = Some(value("--url")?),
            "-f" | "--format" => format = parse_format(&value("--format")?)?,
            "-e" | "--encoding" => {
                let label = value("--encoding")?;
                if plainview::encoding_name(&label).is_err() {
                    return Err(Failure::usage(format!(
                        "unknown encoding '{label}': expected a label such as utf-8, windows-1252 or shift_jis"
                    )));
                }
                encoding = Some(label);
            }
            "--content-type" => content_type = Some(value("--content-type")?),
            "--explain" => explain = true,
            _ => return Err(Failure::usage(format!("unknown option '{flag}'"))),
        }
    }
    Ok(Command::Run(Args {
        input: input.unwrap_or(Input::Stdin { named: false }),
        url,
        format,
        encoding,
        content_type,
        explain,
    }))
}

/// Reads at most `limit` bytes; more is an error (the input is not read to its end).
fn read_input(input: &Input, limit: usize) -> Result<Vec<u8>, Failure> {
    let too_large = || Failure::input(format!("input is over the limit of {limit} bytes"));
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let mut bytes = Vec::new();
    match input {
        Input::Stdin { named } => {
            let stdin = io::stdin();
            if !named && stdin.is_terminal() {
                return Err(Failure::usage("no input: give a FILE or pipe a page in"));
            }
            stdin
                .lock()
                .take(cap)
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::input(format!("cannot read standard input: {e}")))?;
        }
        Input::File(path) => {
            let shown = path.display();
            let file = File::open(path)
                .map_err(|e| Failure::input(format!("cannot read {shown}: {e}")))?;
            if file.metadata().is_ok_and(|m| m.len() > cap - 1) {
                return Err(too_large());
            }
            file.take(cap)
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::input(format!("cannot read {shown}: {e}")))?;
        }
    }
    if bytes.len() > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

fn render(article: &Article, format: Format) -> String {
    match format {
        Format::Html => format!("{}\n", article.content.trim_end()),
        Format::Text => {
            let title = article.title.trim();
            if title.is_empty() {
                format!("{}\n", article.text.trim_end())
            } else {
                format!("{title}\n\n{}\n", article.text.trim_end())
            }
        }
        Format::Markdown => article.to_markdown(),
        Format::Json => format!("{}\n", article.to_json()),
        Format::View => article.to_reading_view(&ViewOptions::default()),
    }
}

fn run(args: Args) -> Result<(), Failure> {
    let mut options = Options {
        encoding: args.encoding,
        explain: args.explain,
        ..Options::default()
    };
    if let Some(url) = &args.url {
        if url::Url::parse(url).is_err() {
            return Err(Failure::input(Error::InvalidUrl(url.clone()).to_string()));
        }
        options.url = Some(url.clone());
    }
    let bytes = read_input(&args.input, options.max_input_bytes)?;

    let article = plainview::extract_bytes(&bytes, args.content_type.as_deref(), &options)
        .map_err(|e| Failure {
            message: e.to_string(),
            status: match e {
                Error::NoArticle => EXIT_NO_ARTICLE,
                _ => EXIT_BAD_INPUT,
            },
        })?;

    print_out(&render(&article, args.format))
}

/// Writes to standard output; a closed pipe (`| head`) is not an error of ours.
fn print_out(out: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::input(format!("cannot write output: {e}"))),
    }
}

fn main() -> ExitCode {
    let result = parse_args(std::env::args_os().skip(1)).and_then(|command| match command {
        Command::Help => print_out(USAGE),
        Command::Version => print_out(&format!("plainview {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Run(args) => run(args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let line = failure.message.replace(['\n', '\r'], " ");
            eprintln!("plainview: {line}");
            ExitCode::from(failure.status)
        }
    }
}
