-- Storage: one row per distinct content. The content itself is on disk (or, later, in object storage) under its hash.
create table stored_file (
    sha256        char(64)     primary key,
    size          bigint       not null,
    type          varchar(10)  not null,
    original_name varchar(255) not null,
    stored_at     timestamptz  not null,
    constraint stored_file_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint stored_file_size_ck check (size > 0),
    constraint stored_file_type_ck check (type in ('PDF', 'OFD', 'JPEG', 'PNG', 'TIFF', 'DOCX', 'MP3', 'MP4'))
);
