-- The text of stored documents (PDF text layer, extracted with PDFBox) for search in the case file; one row per file
-- content. Derived data: it can be recomputed from the file, so it is not append-only.
create table stored_file_text (
    sha256        char(64)     primary key references stored_file (sha256),
    pages         integer      not null check (pages >= 0),
    text          text         not null,
    truncated     boolean      not null default false,
    extracted_at  timestamptz  not null default now()
);
