#!/usr/bin/env bash
# Privacy proof at the system-call level: run a simulated shift of the real app under
# strace and fail if any process of it creates, connects or binds an IPv4/IPv6 socket.
#
#   scripts/privacy_strace.sh [SECONDS] [SPEED]      (defaults: 20 s at --speed 60)
#   scripts/privacy_strace.sh --selftest             (traces a Python process that creates
#                                                     an AF_INET socket: must exit 1)
#
# Unix-domain sockets are fine (QLocalServer for single instance/IPC, D-Bus, PulseAudio,
# the X server); AF_NETLINK is a kernel interface, not a network connection. Everything the
# app writes goes to a private temporary folder that is removed afterwards.
#
# While the shift runs, a second process asks the app (over the local IPC socket) to open the
# dashboard and a breathing guide, so those windows are traced too.
#
# Exit codes: 0 no network socket; 1 a network socket was seen (the lines are printed);
# 2 the app itself failed; 77 strace is not installed (callers skip).
set -euo pipefail

SELFTEST=0
if [[ "${1:-}" == "--selftest" ]]; then
    SELFTEST=1
    shift
fi
SECONDS_TO_RUN="${1:-20}"
SPEED="${2:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"

if ! command -v strace >/dev/null 2>&1; then
    echo "privacy_strace: strace is not installed (apt-get install strace)" >&2
    exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/companion-strace-XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/tmp"

export COMPANION_DATA_DIR="$work/data"
export COMPANION_CONFIG_DIR="$work/config"
export COMPANION_SITE_CONFIG_DIR="$work/site-config"
export COMPANION_SITE_DATA_DIR="$work/site-data"
export COMPANION_IPC_NAME="companion-strace-$$"
export TMPDIR="$work/tmp"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi

seccomp=()
if strace --seccomp-bpf -f -qq -e trace=socket -o /dev/null true 2>/dev/null; then
    seccomp=(--seccomp-bpf)   # only the traced calls stop the process: full speed otherwise
fi

if [[ $SELFTEST -eq 1 ]]; then
    # The detector must see what it is looking for: a socket that is created, never used.
    app=("$PY" -c "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()")
else
    app=("$PY" -m companion --demo --speed "$SPEED" --exit-after "$SECONDS_TO_RUN")
fi

(
    [[ $SELFTEST -eq 1 ]] && exit 0
    # Ask the running app for the dashboard and a short breathing guide part-way through.
    cd "$ROOT"
    for _ in $(seq 1 50); do
        if "$PY" -c "from companion import ipc; import sys; sys.exit(0 if ipc.is_listening() else 1)" \
                2>/dev/null; then
            break
        fi
        sleep 0.2
    done
    sleep 3
    "$PY" -c "from companion import ipc; print(ipc.send_command('breathe', {'duration_s': 10}))" \
        >>"$work/helper.log" 2>&1 || true
    sleep 2
    "$PY" -c "from companion import ipc; print(ipc.send_command('dashboard'))" \
        >>"$work/helper.log" 2>&1 || true
) &
helper=$!

set +e
(cd "$ROOT" && strace -f -qq "${seccomp[@]}" -e trace=socket,connect,bind -e signal=none \
    -o "$work/trace" "${app[@]}" >"$work/app.out" 2>"$work/app.err")
code=$?
set -e
wait "$helper" 2>/dev/null || true

if [[ $code -ne 0 ]]; then
    echo "privacy_strace: the app exited with $code" >&2
    tail -n 20 "$work/app.err" >&2
    exit 2
fi

calls=$(grep -cE '(socket|connect|bind)\(' "$work/trace" || true)
families=$(grep -oE 'socket\(AF_[A-Z0-9]+' "$work/trace" | sort | uniq -c | tr -s ' ' | tr '\n' ';')
network=$(grep -E 'socket\(AF_INET6?,|sa_family=AF_INET6?[,}]' "$work/trace" || true)
if [[ -n "$network" ]]; then
    echo "privacy_strace: NETWORK SOCKETS SEEN:" >&2
    echo "$network" >&2
    exit 1
fi
opened=$(grep -c "'ok': True" "$work/helper.log" 2>/dev/null || true)
echo "privacy_strace: ok: $opened of 2 windows opened over IPC; $calls socket/connect/bind calls traced, none IPv4/IPv6 (socket families:${families})"
