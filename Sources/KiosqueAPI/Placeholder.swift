// KiosqueAPI: see ../shared/docs/ARCHITECTURE.md
