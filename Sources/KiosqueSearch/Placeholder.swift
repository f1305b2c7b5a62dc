// KiosqueSearch: see ../shared/docs/ARCHITECTURE.md
