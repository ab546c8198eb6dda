use std::{collections::HashMap, fs};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().and_then(|x| x.to_str()) != Some("html") { continue; }
        let html = String::from_utf8_lossy(&fs::read(&p).unwrap()).to_string();
        let k = match plainview::extract(&html, &plainview::Options::default()) { Ok(a) => a.diagnostics.policy, Err(e) => e.code().to_string() };
        *counts.entry(k).or_default() += 1;
    }
    println!("{counts:?}");
}
