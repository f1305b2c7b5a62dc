// KiosqueCorpus: see ../shared/docs/ARCHITECTURE.md
