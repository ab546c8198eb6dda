use std::fs;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut pages = vec![];
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().and_then(|x| x.to_str()) == Some("html") {
            pages.push(String::from_utf8_lossy(&fs::read(&p).unwrap()).to_string());
        }
    }
    for _ in 0..3 {
        for p in &pages {
            let d = plainview::extract(p, &plainview::Options::default());
            std::hint::black_box(d.ok());
        }
    }
}
