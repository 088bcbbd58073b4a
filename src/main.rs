//! The command line. With no subcommand attache opens the reader; the
//! subcommands print the same data for scripts (`--json` where it helps).
//! Exit codes: 0 ok, 1 nothing loaded or not found, 2 usage error.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::run(args)
}
