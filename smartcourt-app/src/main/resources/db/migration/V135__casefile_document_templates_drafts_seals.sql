-- 文书模板: every save is a new version; the active one is used for new drafts. Seeded from
-- reference/casefile/templates/<code>.md at start-up when a code has no row, never overwritten.
create table document_template (
    code       varchar(40)  not null,
    version    integer      not null check (version >= 1),
    title      varchar(100) not null,
    body       text         not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    active     boolean      not null,
    primary key (code, version)
);
create unique index document_template_one_active on document_template (code) where active;

-- 文书草稿: filled from a template version, edited by the case team, frozen once issued (签发).
create table document_draft (
    id                 uuid         primary key,
    case_id            uuid         not null,
    court_id           varchar(32)  not null,
    template_code      varchar(40)  not null,
    template_version   integer      not null,
    title              varchar(100) not null,
    addressee_seq      integer,
    body               text         not null,
    status             varchar(10)  not null check (status in ('DRAFT', 'ISSUED')),
    created_at         timestamptz  not null,
    created_by         varchar(100) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    version            integer      not null,
    issued_at          timestamptz,
    issued_by          varchar(100),
    sealed             boolean      not null default false,
    delivered          boolean      not null default false,
    case_document_id   uuid,
    file_sha256        char(64),
    foreign key (template_code, template_version) references document_template (code, version),
    check ((status = 'ISSUED') = (file_sha256 is not null))
);
create index document_draft_case on document_draft (case_id, created_at);

-- 院印: the court's seal image (PNG) in the file store, set by the court's administrator.
create table court_seal (
    court_id    varchar(32) primary key,
    file_sha256 char(64)    not null,
    demo        boolean     not null,
    set_at      timestamptz not null,
    set_by      varchar(100) not null
);
