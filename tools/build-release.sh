#!/bin/sh
# The release build of the `kiosque` binary, shared by the Dockerfile and CI's container check
# (Tests/integration/container.sh builds the image, which runs this script).
#   tools/build-release.sh resolve        fetch the Swift packages (their own image layer)
#   tools/build-release.sh build [OUT]    release build, Swift runtime linked in, copied to OUT
# The binary then needs only libc, libstdc++, zlib and OpenSSL at run time.
set -eu
FLAGS="-c release --static-swift-stdlib"
case "${1:-build}" in
    resolve)
        swift package resolve
        ;;
    build)
        # shellcheck disable=SC2086 # FLAGS is a list of words
        swift build $FLAGS --product kiosque
        # shellcheck disable=SC2086
        cp "$(swift build $FLAGS --show-bin-path)/kiosque" "${2:-kiosque}"
        ;;
    *)
        echo "usage: $0 resolve | build [OUT]" >&2
        exit 64
        ;;
esac
