# Kiosque container image: a release build on a Swift image, run on a slim Debian as non-root.
#   docker build -t kiosque .
#   docker run --rm -p 8080:8080 kiosque                                     # the bundled seeds/
#   docker run --rm -p 8080:8080 -v "$PWD/articles:/data:ro" -e KIOSQUE_DATA=/data kiosque
# The base images are build arguments, so a host without a registry can use its own
# (Tests/integration/container.sh makes them with debootstrap). docs/deploy.md has the rest.
ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Packages resolve in their own layer: source edits reuse it. Package.resolved pins them when present.
COPY Package.swift Package.resolve[d] ./
COPY tools/build-release.sh ./tools/
RUN tools/build-release.sh resolve
COPY Sources ./Sources
COPY Tests ./Tests
# Package.swift names the fuzz harness target (built only by Fuzz/run.sh): its sources must be here.
COPY Fuzz ./Fuzz
RUN tools/build-release.sh build /kiosque

FROM ${RUNTIME_IMAGE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 zlib1g libstdc++6 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/* \
 && useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin kiosque \
 && mkdir /data
COPY --from=build /kiosque /usr/local/bin/kiosque
# Owned by root, so the server's user can read but never change them.
COPY seeds /app/seeds
COPY Public /app/Public
WORKDIR /app
# Your own articles (seed files or JSONL) go in this volume, with KIOSQUE_DATA=/data.
VOLUME /data
ENV KIOSQUE_HOST=0.0.0.0 \
    KIOSQUE_PORT=8080 \
    KIOSQUE_DATA=/app/seeds \
    KIOSQUE_PUBLIC=/app/Public \
    KIOSQUE_DRAIN_DELAY=3
EXPOSE 8080
USER 10001:10001
# The binary is its own probe (no curl in the image): exit 0 once /readyz answers 200. Without
# --url it checks http://127.0.0.1:$KIOSQUE_PORT/readyz, so it follows a changed port.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/kiosque", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/kiosque"]
