# shellcheck shell=bash
# Installs what building and testing need, and skips what is already there.
# Sourced by scripts/serve and scripts/test; every function is safe to run twice.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CARGO_LEPTOS_VERSION=0.3.10

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Runs a command as root: directly when we are root (CI, these machines), else through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    say "installing Debian packages: $*"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# The wasm-bindgen-cli version must equal the `wasm-bindgen` crate pinned in Cargo.toml.
wasm_bindgen_version() { sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' "$ROOT/Cargo.toml"; }

ensure_wasm_target() {
    rustup target list --installed | grep -qx wasm32-unknown-unknown && return
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
}

ensure_cargo_leptos() {
    cargo leptos --version 2>/dev/null | grep -qw "$CARGO_LEPTOS_VERSION" && return
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 11 minutes on 2 cores, once)"
    cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
}

ensure_wasm_bindgen() {
    local version
    version="$(wasm_bindgen_version)"
    [ -n "$version" ] || { echo "wasm-bindgen is not pinned with = in Cargo.toml" >&2; return 1; }
    wasm-bindgen --version 2>/dev/null | grep -qw "$version" && return
    say "installing wasm-bindgen-cli $version"
    # --locked fails for this crate on these machines; the exact version is what matters.
    cargo install wasm-bindgen-cli --version "$version"
}

# wasm-opt from npm's binaryen 132, put first on PATH so cargo-leptos finds it rather than
# downloading (which fails offline) or using Debian's binaryen 108 (WASM that fails to hydrate).
ensure_wasm_opt() {
    if ! "$ROOT/tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q 'version 132'; then
        say "installing wasm-opt (npm binaryen@132)"
        (cd "$ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error)
    fi
    export PATH="$ROOT/tools/node_modules/.bin:$PATH"
}

ensure_brotli() {
    command -v brotli >/dev/null && return
    apt_install brotli
}

ensure_chromium() {
    command -v chromium >/dev/null && return
    apt_install chromium
}

# Chinese pages in screenshots need a CJK font (Chromium draws boxes without one).
ensure_cjk_fonts() {
    fc-list :lang=zh 2>/dev/null | grep -q . && return
    apt_install fonts-noto-cjk
}

ensure_playwright() {
    [ -f "$ROOT/end2end/node_modules/@playwright/test/package.json" ] && return
    say "installing Playwright (npm ci in end2end/; its own browser download is skipped)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
}

ensure_build_tools() {
    ensure_wasm_target
    ensure_cargo_leptos
    ensure_wasm_bindgen
    ensure_wasm_opt
}

# A PostgreSQL server for the integration suite's second run, printed as a URL (or nothing):
# TEST_DATABASE_URL when given; else the local cluster (PostgreSQL 15 on these machines),
# started if it is down, with a role that may create one database per test.
ensure_test_postgres() {
    if [ -n "${TEST_DATABASE_URL:-}" ]; then
        echo "$TEST_DATABASE_URL"
        return
    fi
    command -v pg_lsclusters >/dev/null || return 0
    local version cluster port status
    read -r version cluster port status _ < <(pg_lsclusters -h | head -1) || return 0
    [ -n "${version:-}" ] || return 0
    if [ "$status" != "online" ]; then
        say "starting PostgreSQL $version ($cluster) for the tests"
        as_root pg_ctlcluster "$version" "$cluster" start >&2 || return 0
    fi
    local psql=(as_root runuser -u postgres -- psql -p "$port" -qtA)
    if ! "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'portal_test'" | grep -q 1; then
        "${psql[@]}" -c "CREATE ROLE portal_test LOGIN CREATEDB PASSWORD 'portal_test'" >&2 || return 0
    fi
    echo "postgres://portal_test:portal_test@127.0.0.1:$port/postgres"
}

# Drops the databases earlier test runs left on the server at $1 (one per test, pp_test_…).
drop_test_databases() {
    local url="$1" name
    for name in $(psql "$url" -qtAc "SELECT datname FROM pg_database WHERE datname LIKE 'pp_test_%'" 2>/dev/null); do
        psql "$url" -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true
    done
}

# schemathesis (PyPI), pinned in tools/requirements.txt, in a virtual environment of its own
# under tools/python (created on first use; the pinned version again when it changes).
ensure_schemathesis() {
    local venv="$ROOT/tools/python" wanted
    wanted="$(sed -n 's/^schemathesis==//p' "$ROOT/tools/requirements.txt")"
    if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qw "$wanted"; then
        say "installing schemathesis $wanted (PyPI, in tools/python)"
        command -v python3 >/dev/null || apt_install python3 python3-venv
        python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
        "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/tools/requirements.txt"
    fi
    export PATH="$venv/bin:$PATH"
}

# Stores a brotli (quality 11) and a gzip (-9) copy beside every file of the built site, which
# the server sends to browsers that accept them. cargo-leptos's own --precompress compresses
# less (the WASM: 222 kB gzip, against 191 kB at -9).
precompress_site() {
    ensure_brotli
    local file
    while IFS= read -r -d '' file; do
        brotli -q 11 -f -k -o "$file.br" "$file"
        gzip -9 -n -f -k "$file"
    done < <(find "$ROOT/target/site" -type f ! -name '*.br' ! -name '*.gz' -print0)
}

ensure_wrk() {
    command -v wrk >/dev/null && return
    apt_install wrk
}

# Lighthouse 12 (npm, pinned in tools/lighthouse) for scripts/lighthouse; it drives Debian's
# Chromium (CHROME_PATH), never a downloaded one.
ensure_lighthouse() {
    [ -x "$ROOT/tools/lighthouse/node_modules/.bin/lighthouse" ] && return
    say "installing Lighthouse (npm ci in tools/lighthouse)"
    (cd "$ROOT/tools/lighthouse" && npm ci --no-audit --no-fund --loglevel=error)
}

# A loopback port free now (the OS picks it); a server binds it a moment later.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Waits up to 20 s for a server at $1 to answer /healthz.
wait_until_serving() {
    local _
    for _ in $(seq 100); do
        curl -sf -o /dev/null "$1/healthz" && return 0
        sleep 0.2
    done
    echo "the server at $1 did not answer within 20 s" >&2
    return 1
}

# The reviewers' console: its own WASM bundle (the `console` crate), which only staff pages
# load. cargo-leptos builds the applicants' bundle; this builds the console's beside it, into
# target/site/pkg under content-hashed names listed in console.txt (read by the server at
# start). `build_console release` (size-first, wasm-opt -Oz, as cargo-leptos does) or
# `build_console debug`.
build_console() {
    local mode="${1:-release}" profile=wasm-release dir=wasm-release rustflags=""
    # cargo-leptos's debug builds type-erase components (`--cfg erase_components`), which
    # changes the server's HTML: the console's debug WASM must be built the same way to
    # hydrate it.
    if [ "$mode" = debug ]; then profile=dev dir=debug rustflags="--cfg erase_components"; fi
    say "building the reviewers' console bundle ($mode)"
    # The same target directory and LEPTOS_OUTPUT_NAME as cargo-leptos's build of the
    # applicants' bundle, so the crates both use are compiled once.
    RUSTFLAGS="$rustflags" LEPTOS_OUTPUT_NAME=partner-portal cargo build -p console --lib --features hydrate --locked \
        --target wasm32-unknown-unknown --target-dir "$ROOT/target/front" --profile "$profile" || return 1
    local out="$ROOT/target/console" pkg="$ROOT/target/site/pkg" file name hash listing=""
    rm -rf "$out" && mkdir -p "$out" "$pkg"
    wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name console \
        "$ROOT/target/front/wasm32-unknown-unknown/$dir/console.wasm" || return 1
    if [ "$mode" = release ]; then
        wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
            "$out/console_bg.wasm" -o "$out/console_bg.wasm" || return 1
    fi
    cp "$ROOT/style/console.css" "$out/console.css" || return 1
    rm -f "$pkg"/console.*
    for file in console.js console_bg.wasm console.css; do
        hash="$(sha256sum "$out/$file" | cut -c1-20)"
        name="console.$hash.${file##*.}"
        cp "$out/$file" "$pkg/$name"
        listing="$listing${file##*.}: $name"$'\n'
    done
    printf '%s' "$listing" > "$pkg/console.txt"
}

# The whole release: the server and the applicants' bundle (cargo-leptos), the console's
# bundle, and every file of the site precompressed.
build_release() {
    say "release build (server + applicants' WASM)"
    cargo leptos build --release || return 1
    build_console release || return 1
    precompress_site
}
