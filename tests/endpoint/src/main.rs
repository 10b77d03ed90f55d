//! `seedform-endpoint`: receives Seedform submissions on 127.0.0.1 (see the library's docs for
//! the routes), and with `--app` serves the built app too.

use seedform_endpoint::{Options, run};

#[tokio::main]
async fn main() {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = run(options).await {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
