# Sourced by demo.sh and test.sh: make sure what the product runs on is here, installing it from Debian's
# packages when we are root, and otherwise saying exactly what is missing.

missing=()

have_postgres_server() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null
}

apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "prerequisites: installing $* (apt-get)" >&2
        if [ -z "${APT_UPDATED:-}" ]; then
            apt-get update -qq >/dev/null 2>&1 || true
            APT_UPDATED=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
    else
        return 1
    fi
}

require_dotnet() {
    if ! command -v dotnet >/dev/null; then
        missing+=("the .NET 10 SDK (dotnet): see https://learn.microsoft.com/dotnet/core/install/linux")
    fi
}

require_postgres() {
    have_postgres_server || apt_install postgresql || true
    have_postgres_server || missing+=("PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
}

require_poppler() {
    command -v pdftotext >/dev/null || apt_install poppler-utils || true
    command -v pdftotext >/dev/null || missing+=("pdftotext and pdftoppm for the PDF tests: apt-get install poppler-utils")
}

# The browser tests drive Debian's chromium through Playwright (its ExecutablePath; CRM_CHROMIUM names another):
# Playwright's own browser download (`playwright install`) is never used.
require_chromium() {
    local chromium="${CRM_CHROMIUM:-/usr/bin/chromium}"
    [ -x "$chromium" ] || [ -n "${CRM_CHROMIUM:-}" ] || apt_install chromium || true
    [ -x "$chromium" ] || missing+=("Chromium for the browser tests ($chromium): apt-get install chromium")
}

require_fonts() {
    # The product ships DejaVu Sans itself; the system copy only helps other programs that view our output.
    [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_install fonts-dejavu-core || true
}

have_libgomp() {
    ldconfig -p 2>/dev/null | grep -q 'libgomp\.so\.1' ||
        compgen -G "/usr/lib/*/libgomp.so.1" >/dev/null || compgen -G "/lib/*/libgomp.so.1" >/dev/null ||
        compgen -G "/usr/lib64/libgomp.so.1" >/dev/null
}

require_libgomp() {
    # LightGbm's native library is built with OpenMP: without libgomp the churn training loses that learner
    # (the others still compete), and the tests that expect all three learners fail.
    have_libgomp || apt_install libgomp1 || true
    have_libgomp || missing+=("libgomp.so.1 (GNU OpenMP) for the LightGbm churn learner: apt-get install libgomp1")
}

check_prerequisites() {
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Missing prerequisites:" >&2
        for m in "${missing[@]}"; do echo "  - $m" >&2; done
        return 1
    fi
}
