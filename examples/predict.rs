//! Writes `<id>.txt` predictions for a corpus folder (quick loop for scoring with score.py).
use std::{env, fs, path::Path, time::Instant};

fn main() {
    let args: Vec<String> = env::args().collect();
    let corpus = Path::new(&args[1]);
    let out = Path::new(&args[2]);
    fs::create_dir_all(out).unwrap();
    let only = args.get(3);
    let mut total = 0.0;
    let mut n = 0;
    for entry in fs::read_dir(corpus).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let id = p.file_stem().unwrap().to_str().unwrap().to_string();
        if id.starts_with('_') {
            continue;
        }
        if let Some(o) = only {
            if &id != o {
                continue;
            }
        }
        let meta: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&p).unwrap()).unwrap();
        let Ok(html) = fs::read(p.with_extension("html")) else {
            continue;
        };
        let html = String::from_utf8_lossy(&html);
        let opts = plainview::Options {
            url: meta["url"].as_str().map(String::from),
            ..Default::default()
        };
        let t = Instant::now();
        let r = plainview::extract(&html, &opts);
        total += t.elapsed().as_secs_f64();
        n += 1;
        let text = match &r {
            Ok(a) => a.text.clone(),
            Err(_) => String::new(),
        };
        fs::write(out.join(format!("{id}.txt")), &text).unwrap();
        if only.is_some() {
            match r {
                Ok(a) => {
                    println!("{}", serde_json::to_string_pretty(&a).unwrap());
                }
                Err(e) => println!("ERR {e}"),
            }
        }
    }
    eprintln!("{n} pages, {:.1} ms/page", total * 1000.0 / n as f64);
}
