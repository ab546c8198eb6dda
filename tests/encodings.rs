//! Pages given as bytes (`extract_bytes`): the same article in each legacy encoding the
//! web still serves, declared every way a page or a server declares it, gives the text of
//! its UTF-8 original; conflicting declarations resolve as in a browser; bad bytes never
//! panic.

use encoding_rs::{
    Encoding, BIG5, EUC_JP, EUC_KR, GBK, ISO_8859_2, SHIFT_JIS, UTF_16BE, UTF_16LE, UTF_8,
    WINDOWS_1251, WINDOWS_1252,
};
use plainview::{extract, extract_bytes, Article, Error, Options};

const LATIN: &[&str] = &[
    "Le café de la rue Saint-Denis, à Montréal, a rouvert ses portes après trois années de travaux — les habitués sont revenus dès l’aube, émus de retrouver le comptoir en zinc.",
    "Die Bäckerei am Marktplatz öffnet wieder; Herr Müller sagt, dass die Straße vor dem großen Gebäude bald nur noch für Fußgänger offen sein wird, und das Brot kostet 2 €.",
    "El señor Núñez explicó que la reunión comenzó a las ocho, que el año próximo habrá más cañones de nieve y que los niños podrán esquiar gratis en la montaña.",
];
const CYRILLIC: &[&str] = &[
    "Весной в городском парке открылась новая библиотека, и читатели пришли ещё до рассвета, чтобы первыми получить книги и посмотреть на светлые залы.",
    "Директор рассказал, что здание строили почти три года, а деньги на ремонт собирали всем районом: жители приносили книги, мебель и даже старые лампы.",
    "Теперь по субботам здесь проходят лекции для школьников, а в читальном зале до позднего вечера горит свет и слышен только шелест страниц.",
];
const CENTRAL_EUROPEAN: &[&str] = &[
    "W sobotę w Krakowie otwarto nową bibliotekę miejską; mieszkańcy przyszli tłumnie już o świcie, żeby zobaczyć jasne sale i półki pełne książek.",
    "Dyrektorka powiedziała, że budowa trwała prawie trzy lata, a pieniądze zbierała cała dzielnica: ludzie przynosili książki, meble i stare lampy.",
    "V Brně se v neděli konal velký trh a lidé přišli už ráno; prodavači nabízeli čerstvý chléb, med, sýry a ručně malované hrnky z okolních vesnic.",
];
const JAPANESE: &[&str] = &[
    "春の朝、町の図書館が三年ぶりに再開した。開館前から多くの住民が列を作り、新しい本棚の前で長い間足を止めていた。子どもたちは絵本の部屋へ走っていった。",
    "館長は「地域の皆さんの支えがあってこそ、この日を迎えることができました」と語った。建物の修理には町中から寄付が集まり、古い机や椅子も運び込まれた。",
    "これからは毎週土曜日に講座が開かれ、夜遅くまで閲覧室の明かりがともる。静かな部屋には、ページをめくる音だけが響いている。",
];
const KOREAN: &[&str] = &[
    "봄날 아침, 시립 도서관이 삼 년 만에 다시 문을 열었다. 주민들은 개관 전부터 줄을 섰고, 새 책장 앞에서 오랫동안 발걸음을 멈추었다. 아이들은 그림책 방으로 달려갔다.",
    "관장은 지역 주민들의 도움이 있었기에 오늘을 맞을 수 있었다고 말했다. 건물 수리에는 온 동네에서 기부가 모였고, 낡은 책상과 의자도 들어왔다.",
    "앞으로 매주 토요일에는 강좌가 열리고, 열람실의 불은 밤늦게까지 켜져 있을 것이다. 조용한 방에는 책장을 넘기는 소리만 들린다.",
];
const SIMPLIFIED_CHINESE: &[&str] = &[
    "春天的早晨，市图书馆在关闭三年后重新开放。开馆之前，许多居民就已经排起了长队，在新书架前久久驻足，孩子们则跑向了绘本室。",
    "馆长说，正是因为有了社区居民的支持，才迎来了这一天。修缮大楼的捐款来自全城各地，旧桌椅也被一件件搬了进来。",
    "今后每周六都会举办讲座，阅览室的灯会一直亮到深夜。安静的房间里，只听得见翻动书页的声音。",
];
const TRADITIONAL_CHINESE: &[&str] = &[
    "春天的早晨，市立圖書館在關閉三年後重新開放。開館之前，許多居民就已經排起了長隊，在新書架前久久駐足，孩子們則跑向了繪本室。",
    "館長說，正是因為有了社區居民的支持，才迎來了這一天。修繕大樓的捐款來自全城各地，舊桌椅也被一件件搬了進來。",
    "今後每週六都會舉辦講座，閱覽室的燈會一直亮到深夜。安靜的房間裡，只聽得見翻動書頁的聲音。",
];

/// One encoding, the label its pages declare it by, and the text it can carry.
struct Case {
    encoding: &'static Encoding,
    label: &'static str,
    paragraphs: Vec<&'static str>,
}

fn cases() -> Vec<Case> {
    let case = |encoding, label, paragraphs: &[&'static str]| Case {
        encoding,
        label,
        paragraphs: paragraphs.to_vec(),
    };
    let everything: Vec<&str> = [
        LATIN,
        CYRILLIC,
        CENTRAL_EUROPEAN,
        JAPANESE,
        KOREAN,
        SIMPLIFIED_CHINESE,
        TRADITIONAL_CHINESE,
    ]
    .concat();
    vec![
        case(UTF_8, "utf-8", &everything),
        // Browsers read ISO-8859-1 as windows-1252, whose € and curly quotes it lacks.
        case(WINDOWS_1252, "iso-8859-1", LATIN),
        case(WINDOWS_1251, "windows-1251", CYRILLIC),
        case(ISO_8859_2, "ISO-8859-2", CENTRAL_EUROPEAN),
        case(SHIFT_JIS, "Shift_JIS", JAPANESE),
        case(EUC_JP, "euc-jp", JAPANESE),
        case(EUC_KR, "EUC-KR", KOREAN),
        case(GBK, "gb2312", SIMPLIFIED_CHINESE),
        case(BIG5, "big5", TRADITIONAL_CHINESE),
    ]
}

/// The article page, with `declaration` (markup) first in its `<head>`.
fn page(paragraphs: &[&str], declaration: &str) -> String {
    let body: String = paragraphs
        .iter()
        .chain(paragraphs)
        .map(|p| format!("<p>{p}</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head>{declaration}<title>A library opens again</title></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>A library opens again</h1>\n{body}</article>\
         <footer>Copyright</footer></body></html>"
    )
}

/// `text` in `encoding`, every character mappable (no numeric character references).
fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        let mut bytes = Vec::new();
        for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
            bytes.extend(if encoding == UTF_16LE {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        return bytes;
    }
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!(used, encoding, "{} encodes as itself", encoding.name());
    assert!(!unmappable, "the fixture fits {}", encoding.name());
    bytes.into_owned()
}

fn from_bytes(bytes: &[u8], content_type: Option<&str>, options: &Options) -> Article {
    extract_bytes(bytes, content_type, options)
        .unwrap_or_else(|e| panic!("no article from bytes ({content_type:?}): {e}"))
}

fn decision(article: &Article) -> (&str, &str) {
    (
        article.diagnostics.encoding.as_deref().unwrap_or(""),
        article.diagnostics.encoding_source.as_deref().unwrap_or(""),
    )
}

/// The article of the page as UTF-8 text: what every byte form must give.
fn original(case: &Case) -> Article {
    let article = extract(&page(&case.paragraphs, ""), &Options::default())
        .unwrap_or_else(|e| panic!("{}: the original has no article: {e}", case.label));
    for paragraph in &case.paragraphs {
        assert!(
            article.text.contains(paragraph),
            "{}: {paragraph}",
            case.label
        );
    }
    article
}

#[test]
fn every_declaration_gives_the_text_of_the_utf8_original() {
    let options = Options::default();
    for case in cases() {
        let expected = original(&case);
        let name = case.encoding.name();
        let declared = [
            (format!("<meta charset=\"{}\">", case.label), None, "meta"),
            (
                format!(
                    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={}\">",
                    case.label
                ),
                None,
                "meta",
            ),
            (
                String::new(),
                Some(format!("text/html; charset={}", case.label)),
                "content-type",
            ),
        ];
        for (declaration, content_type, source) in declared {
            let html = page(&case.paragraphs, &declaration);
            let article = from_bytes(
                &encode(&html, case.encoding),
                content_type.as_deref(),
                &options,
            );
            assert_eq!(
                article.text, expected.text,
                "{name} by {declaration}{content_type:?}"
            );
            assert_eq!(article.title, expected.title);
            assert_eq!(decision(&article), (name, source));
        }
        let overridden = Options {
            encoding: Some(case.label.to_string()),
            ..Options::default()
        };
        let bytes = encode(&page(&case.paragraphs, ""), case.encoding);
        let article = from_bytes(&bytes, None, &overridden);
        assert_eq!(article.text, expected.text, "{name} by override");
        assert_eq!(decision(&article), (name, "override"));
    }
}

/// Undeclared pages: UTF-8 when the bytes are valid UTF-8, else the detector's guess.
#[test]
fn undeclared_pages_are_utf8_when_valid_else_detected() {
    for case in cases() {
        let expected = original(&case);
        let bytes = encode(&page(&case.paragraphs, ""), case.encoding);
        let article = from_bytes(&bytes, None, &Options::default());
        let source = if case.encoding == UTF_8 {
            "fallback-utf8"
        } else {
            "fallback-detected"
        };
        assert_eq!(decision(&article), (case.encoding.name(), source));
        assert_eq!(article.text, expected.text, "{}", case.label);
    }
}

#[test]
fn utf16_pages_are_read_by_their_byte_order_mark() {
    let everything = &cases()[0];
    let expected = original(everything);
    // The page's own <meta> (unreadable in UTF-16 anyway) and the server both say
    // otherwise; the BOM wins, as in browsers.
    let html = page(&everything.paragraphs, "<meta charset=\"windows-1252\">");
    for encoding in [UTF_16LE, UTF_16BE] {
        let bytes = encode(&html, encoding);
        let article = from_bytes(
            &bytes,
            Some("text/html; charset=windows-1252"),
            &Options::default(),
        );
        assert_eq!(article.text, expected.text, "{}", encoding.name());
        assert_eq!(decision(&article), (encoding.name(), "bom"));
        // Without its BOM, a UTF-16 page needs the server's word.
        let label = format!("text/html; charset={}", encoding.name());
        let article = from_bytes(&bytes[2..], Some(&label), &Options::default());
        assert_eq!(
            article.text,
            expected.text,
            "{} without BOM",
            encoding.name()
        );
        assert_eq!(decision(&article), (encoding.name(), "content-type"));
    }
}

#[test]
fn conflicting_declarations_resolve_as_in_a_browser() {
    let russian = &cases()[2];
    let expected = original(russian);
    let lying_meta = page(&russian.paragraphs, "<meta charset=\"shift_jis\">");
    let options = Options::default();

    // BOM beats content type beats meta.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(lying_meta.as_bytes());
    let article = from_bytes(&with_bom, Some("text/html; charset=gbk"), &options);
    assert_eq!(article.text, expected.text);
    assert_eq!(decision(&article), ("UTF-8", "bom"));

    let cp1251 = encode(&lying_meta, WINDOWS_1251);
    let article = from_bytes(&cp1251, Some("text/html; charset=windows-1251"), &options);
    assert_eq!(article.text, expected.text);
    assert_eq!(decision(&article), ("windows-1251", "content-type"));

    // The meta, trusted, gives mojibake; an unknown charset in the content type is no
    // declaration, so the meta decides.
    let article = from_bytes(&cp1251, Some("text/html; charset=klingon"), &options);
    assert_eq!(decision(&article), ("Shift_JIS", "meta"));
    assert_ne!(article.text, expected.text);

    // The override beats the content type and the meta, but not a BOM.
    let forced = Options {
        encoding: Some("cp1251".into()),
        ..Options::default()
    };
    let article = from_bytes(&cp1251, Some("text/html; charset=gbk"), &forced);
    assert_eq!(article.text, expected.text);
    assert_eq!(decision(&article), ("windows-1251", "override"));
    let article = from_bytes(&with_bom, None, &forced);
    assert_eq!(article.text, expected.text);
    assert_eq!(decision(&article), ("UTF-8", "bom"));
}

#[test]
fn a_meta_after_the_first_1024_bytes_is_ignored() {
    let russian = &cases()[2];
    let expected = original(russian);
    // The page is in windows-1251 but says KOI8-R: a browser takes its word when it can
    // read it, and the detector's guess when not.
    let declared = |padding: usize| {
        let comment = format!("<!--{}-->", " ".repeat(padding));
        let html = page(
            &russian.paragraphs,
            &format!("{comment}<meta charset=\"koi8-r\">"),
        );
        from_bytes(&encode(&html, WINDOWS_1251), None, &Options::default())
    };
    let early = declared(100);
    assert_eq!(decision(&early), ("KOI8-R", "meta"));
    assert_ne!(early.text, expected.text);
    let late = declared(1100);
    assert_eq!(decision(&late), ("windows-1251", "fallback-detected"));
    assert_eq!(late.text, expected.text);
}

#[test]
fn bad_labels_and_oversized_bytes_are_errors() {
    let bytes = page(LATIN, "").into_bytes();
    let options = Options {
        encoding: Some("klingon".into()),
        ..Options::default()
    };
    assert_eq!(
        extract_bytes(&bytes, None, &options),
        Err(Error::UnknownEncoding("klingon".into()))
    );
    assert_eq!(
        Error::UnknownEncoding(String::new()).code(),
        "UNKNOWN_ENCODING"
    );
    let options = Options {
        max_input_bytes: 100,
        ..Options::default()
    };
    assert!(matches!(
        extract_bytes(&bytes, None, &options),
        Err(Error::InputTooLarge { limit: 100, .. })
    ));
    assert_eq!(plainview::encoding_name("SJIS"), Ok("Shift_JIS"));
    assert_eq!(plainview::encoding_name("latin1"), Ok("windows-1252"));
    assert!(plainview::encoding_name("utf-7").is_err());
}

#[test]
fn is_probably_readable_reads_bytes_the_same_way() {
    let html = page(LATIN, "");
    assert!(plainview::is_probably_readable(&html));
    let bytes = encode(&html, UTF_16LE);
    // Read as UTF-8, UTF-16 markup is no markup at all.
    assert!(!plainview::is_probably_readable(&String::from_utf8_lossy(
        &bytes
    )));
    assert!(plainview::is_probably_readable_bytes(&bytes, None));
    assert!(plainview::is_probably_readable_bytes(
        &encode(&html, WINDOWS_1252),
        Some("text/html; charset=windows-1252")
    ));
}

/// A small deterministic generator (xorshift): the same bytes on every run.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn take(&mut self, n: usize, alphabet: &[u8]) -> Vec<u8> {
        (0..n)
            .map(|_| {
                let r = self.next();
                if alphabet.is_empty() || r % 3 == 0 {
                    (r >> 8) as u8
                } else {
                    alphabet[(r >> 8) as usize % alphabet.len()]
                }
            })
            .collect()
    }
}

/// Random, truncated and mislabelled bytes: an article or an error, never a panic.
#[test]
fn bad_bytes_never_panic() {
    const CONTENT_TYPES: &[Option<&str>] = &[
        None,
        Some("text/html; charset=utf-16be"),
        Some("text/html; charset=iso-2022-jp"),
        Some("text/html; charset=shift_jis"),
        Some("text/html; charset=iso-2022-kr"),
        Some("text/html; charset=\"x-user-defined"),
        Some("text/html; charset=\\"),
    ];
    let options = Options::default();
    let run = |bytes: &[u8], i: usize| {
        let content_type = CONTENT_TYPES[i % CONTENT_TYPES.len()];
        match extract_bytes(bytes, content_type, &options) {
            Ok(article) => assert!(article.diagnostics.encoding.is_some()),
            Err(Error::NoArticle | Error::TooManyElements { .. }) => {}
            Err(e) => panic!("unexpected error {e}"),
        }
        let _ = plainview::is_probably_readable_bytes(bytes, content_type);
    };
    // Bytes from markup the pre-scan looks for, with random bytes between.
    let markup: Vec<u8> = b"<meta charset=http-equiv content-type=\"'/ >!--?xml encoding=\x00\xff\xfe\xef\xbb\xbf\x81\xa1\x8e"
        .to_vec();
    let mut random = Bytes(0x9E37_79B9_7F4A_7C15);
    for i in 0..400 {
        let length = (random.next() % 1500) as usize;
        run(&random.take(length, &markup), i);
    }
    // Every encoded fixture cut at many places, including inside characters.
    for case in cases() {
        let declaration = format!("<meta charset=\"{}\">", case.label);
        let bytes = encode(&page(&case.paragraphs, &declaration), case.encoding);
        for (i, cut) in (0..bytes.len()).step_by(211).enumerate() {
            run(&bytes[..cut], i);
            run(&bytes[cut..], i + 1);
        }
    }
}
