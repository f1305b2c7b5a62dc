// KiosqueHTTP: see ../shared/docs/ARCHITECTURE.md
