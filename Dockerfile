# Kiosque container image: a release build on the official Swift image, run on Debian slim.
#   docker build -t kiosque .
#   docker run --rm -p 8080:8080 kiosque            # serves the bundled seeds/
#   docker run --rm -p 8080:8080 -v "$PWD/articles:/data:ro" kiosque --data /data
FROM swift:6.3-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Resolve dependencies first so that source edits reuse the cached layer.
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --static-swift-stdlib --product kiosque \
 && cp "$(swift build -c release --show-bin-path)/kiosque" /kiosque

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libssl3 zlib1g ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /app kiosque
WORKDIR /app
COPY --from=build /kiosque /usr/local/bin/kiosque
COPY seeds ./seeds
COPY Public ./Public
USER kiosque
EXPOSE 8080
ENV KIOSQUE_HOST=0.0.0.0
HEALTHCHECK --interval=10s --timeout=2s --start-period=10s \
  CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/kiosque"]
