"""Exchange formats (DESIGN §3, docs/FORMAT.md): the RDX1 container, the signed manifest,
and the objects built on them — expert and chair packages, score files, result bundles."""
