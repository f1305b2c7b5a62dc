# Shared by container.sh and replicas.sh (sourced, not run): podman with the flags this kind
# of host needs, local base images where no registry serves them, and the image build.
# Everything machine-specific is discovered at run time (apt sources, `which swift`, git config).

# Rootful podman without systemd or a user namespace: the defaults (vfs/crun/systemd) fail here.
PODMAN=(podman --storage-driver overlay --runtime runc --cgroup-manager cgroupfs)
ULIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=1000:1000)
IMAGE="${KIOSQUE_IMAGE:-localhost/kiosque:test}"
LOCAL_RUNTIME_BASE=localhost/kiosque-debian:bookworm
LOCAL_BUILD_BASE=localhost/kiosque-swift-build:bookworm

pm() { "${PODMAN[@]}" "$@"; }
image_exists() { pm image exists "$1"; }

# The first Debian mirror apt uses for bookworm (deb822 or one-line sources).
debian_mirror() {
    local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*)
    local uri
    uri="$(cat "${files[@]}" 2>/dev/null | awk '
        /^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }
        /^deb / { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\// && $i !~ /security/) { print $i; exit } }')"
    echo "${uri:-http://deb.debian.org/debian}"
}

# The toolchain root: `swift` is a link into <root>/usr/bin.
swift_toolchain_root() {
    local driver
    driver="$(readlink -f "$(command -v swift)")" || return 1
    dirname "$(dirname "$(dirname "$driver")")"
}

# Local folders that git substitutes for GitHub URLs (url.<dir>.insteadOf), if any.
git_mirror_rules() {
    git config --get-regexp '^url\..*\.insteadof$' 2>/dev/null | sed -E 's/^url\.(.*)\.insteadof (.*)$/\1 \2/'
}

git_mirror_dir() {
    git_mirror_rules | awk '$1 ~ /^\// { print $1; exit }'
}

# Official base images (the Dockerfile's defaults, pulled as on any Docker host) or local
# ones: KIOSQUE_BASE_IMAGES=official|local decides; otherwise official when both are already
# present, local when this host has a Swift toolchain to bind in (no pull is attempted).
use_official_images() {
    case "${KIOSQUE_BASE_IMAGES:-}" in
        official) return 0 ;;
        local) return 1 ;;
    esac
    image_exists "docker.io/library/swift:6.3-bookworm" && image_exists "docker.io/library/debian:bookworm-slim" && return 0
    ! command -v swift >/dev/null
}

# A Debian bookworm minbase root file system imported as an image.
make_local_runtime_base() {
    image_exists "$LOCAL_RUNTIME_BASE" && return 0
    local rootfs mirror
    rootfs="$(mktemp -d)"
    mirror="$(debian_mirror)"
    echo "creating $LOCAL_RUNTIME_BASE with debootstrap from $mirror"
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >/dev/null
    # As Debian's slim images do: no documentation, manual pages or apt caches.
    rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
        "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/*
    tar -C "$rootfs" -c . | pm import --change 'CMD ["/bin/bash"]' - "$LOCAL_RUNTIME_BASE" >/dev/null
    rm -rf "$rootfs"
}

# The runtime base plus what the Swift toolchain needs to run; the toolchain itself and the
# package mirror are bound read-only at build time (see build_image), at the host's paths.
make_local_build_base() {
    image_exists "$LOCAL_BUILD_BASE" && return 0
    make_local_runtime_base
    local toolchain gitconfig container
    toolchain="$(swift_toolchain_root)"
    gitconfig="$(mktemp)"
    git_mirror_rules | while read -r dir url; do
        printf '[url "%s"]\n\tinsteadOf = %s\n' "$dir" "$url"
    done >"$gitconfig"
    echo "creating $LOCAL_BUILD_BASE (toolchain bound from $toolchain at build time)"
    container="kiosque-build-base-$$"
    pm run --name "$container" --network host "${ULIMITS[@]}" -v "$gitconfig:/tmp/gitconfig:ro" "$LOCAL_RUNTIME_BASE" bash -c '
        set -e
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends libc6-dev libstdc++-12-dev gcc binutils git ca-certificates \
            zlib1g-dev libssl-dev libcurl4 libxml2 libsqlite3-0 libncurses6 libedit2 libz3-4 libpython3.11 >/dev/null
        rm -rf /var/lib/apt/lists/* /var/cache/apt/*
        cp /tmp/gitconfig /etc/gitconfig' >/dev/null
    pm commit -q --change "ENV PATH=$toolchain/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
        "$container" "$LOCAL_BUILD_BASE" >/dev/null
    pm rm -f "$container" >/dev/null
    rm -f "$gitconfig"
}

# Builds $IMAGE from the repository's Dockerfile: with the official base images (see
# use_official_images), else with the local ones and the host's toolchain and mirror bound in.
build_image() {
    local root="$1"
    local args=(build --format docker --network host "${ULIMITS[@]}" -t "$IMAGE" -f "$root/Dockerfile")
    if ! use_official_images; then
        make_local_build_base
        local toolchain mirror
        toolchain="$(swift_toolchain_root)"
        mirror="$(git_mirror_dir)"
        args+=(--build-arg "SWIFT_IMAGE=$LOCAL_BUILD_BASE" --build-arg "RUNTIME_IMAGE=$LOCAL_RUNTIME_BASE"
               -v "$toolchain:$toolchain:ro")
        [[ -n $mirror ]] && args+=(-v "$mirror:$mirror:ro")
    fi
    pm "${args[@]}" "$root"
}
