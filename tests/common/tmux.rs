//! The real binary in tmux on a private socket, with temporary config and
//! state folders: type keys, read the screen, resize, signal, and read back the
//! exit code and `stty -a` the shell recorded once the reader was gone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux server of our own (`tmux -L <socket>`), killed when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    pub fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "e2e"])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// A pane format such as `#{alternate_on}`, expanded.
    pub fn format(&self, format: &str) -> String {
        self.cmd(&["display-message", "-p", "-t", "e2e", format])
            .trim()
            .to_string()
    }

    /// Waits until the screen satisfies `ok`, or fails showing the last screen.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The pid of the reader: the only child of the pane's shell.
    pub fn reader_pid(&self) -> u32 {
        let shell = self.format("#{pane_pid}");
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap_or_default();
        let mut pids = children.split_whitespace();
        let pid = pids.next().unwrap_or_else(|| panic!("the shell {shell} has no child"));
        assert!(
            pids.next().is_none(),
            "the shell {shell} has more than one child: {children}"
        );
        pid.parse().expect("a pid")
    }

    /// Sends `signal` (`TERM`, `INT`…) to the reader, by its pid.
    pub fn signal_reader(&self, signal: &str) {
        let pid = self.reader_pid().to_string();
        let status = Command::new("kill")
            .args(["-s", signal, &pid])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -s {signal} {pid}");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-L", &self.socket, "kill-server"]).output();
    }
}

/// Waits for a file the shell writes once, ending in a newline.
pub fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(15) {
        if let Ok(s) = std::fs::read_to_string(path)
            && s.ends_with('\n')
        {
            return s;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{} never appeared", path.display());
}

/// What the shell prints on its screen once the reader has exited.
pub const AFTER: &str = "attache has exited";

/// A reader running in tmux, and the files its shell writes afterwards.
pub struct Session {
    pub tmux: Tmux,
    /// `EXIT=<code>`.
    pub exit: PathBuf,
    /// `stty -a` as the shell found the terminal.
    pub stty: PathBuf,
    /// The reader's stderr.
    pub stderr: PathBuf,
}

/// Starts the reader on the seeds in a fresh tmux server (socket
/// `<socket>-<pid>`) at 100×30, with config and state under `tmp` and `env` added. `None` (with a note) when
/// tmux is not installed.
pub fn start(tmp: &Path, socket: &str, env: &[(&str, &str)]) -> Option<Session> {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("note: tmux is not installed; skipping the end-to-end test");
        return None;
    }
    let config = tmp.join("config");
    std::fs::create_dir_all(config.join("attache")).unwrap();
    let exit = tmp.join("exit");
    let stty = tmp.join("stty");
    let stderr = tmp.join("stderr");
    let extra: String = env.iter().map(|(k, v)| format!("{k}='{v}' ")).collect();
    let script = format!(
        "env XDG_CONFIG_HOME='{}' XDG_STATE_HOME='{}' XDG_CACHE_HOME='{}' TERM=xterm-256color {extra}'{}' 2>'{}'; \
         code=$?; stty -a > '{}'; echo \"EXIT=$code\" > '{}.tmp'; mv '{}.tmp' '{}'; \
         echo '{AFTER}'; sleep 60",
        config.display(),
        tmp.join("state").display(),
        tmp.join("cache").display(),
        env!("CARGO_BIN_EXE_attache"),
        stderr.display(),
        stty.display(),
        exit.display(),
        exit.display(),
        exit.display(),
    );
    let tmux = Tmux {
        socket: format!("{socket}-{}", std::process::id()),
    };
    tmux.cmd(&["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30", &script]);
    Some(Session {
        tmux,
        exit,
        stty,
        stderr,
    })
}

impl Session {
    /// Waits for the reader to exit with `code`; checks the terminal is back in
    /// canonical mode with echo.
    pub fn assert_exit(&self, code: i32) {
        let recorded = wait_for_file(&self.exit);
        let stderr = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        assert_eq!(recorded.trim(), format!("EXIT={code}"), "stderr:\n{stderr}");
        let modes = std::fs::read_to_string(&self.stty).unwrap();
        let has = |flag: &str| modes.split_whitespace().any(|w| w == flag);
        assert!(has("icanon") && has("echo"), "terminal not restored: {modes}");
    }

    /// After the exit: the shell's screen holds nothing but its own line (no
    /// frame left behind, no escape residue), the alternate screen is left,
    /// the cursor shows and mouse reporting is off.
    pub fn assert_clean_screen(&self) {
        let screen = self.tmux.wait_for("the shell's line", |s| s.contains(AFTER));
        assert_eq!(screen.trim(), AFTER, "residue on the shell's screen:\n{screen}");
        assert_eq!(
            self.tmux.format("#{alternate_on}"),
            "0",
            "still in the alternate screen"
        );
        assert_eq!(self.tmux.format("#{cursor_flag}"), "1", "cursor left hidden");
        for flag in [
            "mouse_any_flag",
            "mouse_button_flag",
            "mouse_standard_flag",
            "mouse_sgr_flag",
        ] {
            assert_eq!(self.tmux.format(&format!("#{{{flag}}}")), "0", "{flag} left on");
        }
    }
}
