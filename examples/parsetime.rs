use std::{fs, time::Instant};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut pages = vec![];
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().and_then(|x| x.to_str()) == Some("html") {
            pages.push(String::from_utf8_lossy(&fs::read(&p).unwrap()).to_string());
        }
    }
    let t = Instant::now();
    for p in &pages {
        let d = scraper::Html::parse_document(p);
        std::hint::black_box(d);
    }
    let parse = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for p in &pages {
        let d = plainview::extract(p, &plainview::Options::default());
        std::hint::black_box(d.ok());
    }
    let ex = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for p in &pages {
        let d = dom_smoothie::Readability::new(p.as_str(), None, None)
            .ok()
            .and_then(|mut r| r.parse().ok());
        std::hint::black_box(d);
    }
    let ds = t.elapsed().as_secs_f64();
    let t = Instant::now();
    for p in &pages {
        let d = dom_query::Document::from(p.as_str());
        std::hint::black_box(d);
    }
    let dq = t.elapsed().as_secs_f64();
    println!("dom_query parse {:.3}s", dq);
    println!(
        "{} pages parse {:.3}s extract {:.3}s ({:.2}x parse) dom_smoothie {:.3}s",
        pages.len(),
        parse,
        ex,
        ex / parse,
        ds
    );
}
