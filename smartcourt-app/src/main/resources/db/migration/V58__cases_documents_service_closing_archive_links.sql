-- Cases: documents (裁判文书 and others) and their service (送达), pronouncement (宣判), closing (结案), archiving
-- (归档) and related cases (关联案件). Rows are appended; nothing here is updated except by a later row.

-- 诉讼文书 on a case. file_sha256 names the PDF in the file store, when one was uploaded. visibility: PARTIES for
-- documents the parties may read once served or pronounced, COURT for internal ones.
create table case_document (
    id            uuid         primary key,
    case_id       uuid         not null references court_case (id),
    kind          varchar(32)  not null,
    number        varchar(100),
    title         varchar(200) not null,
    signed_on     date         not null,
    file_sha256   varchar(64),
    file_name     varchar(255),
    visibility    varchar(8)   not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(64)  not null,
    constraint case_document_visibility_ck check (visibility in ('COURT', 'PARTIES'))
);
create index case_document_case_idx on case_document (case_id, recorded_at);

-- 送达 of one document to one party (or an agent, which counts for the party it represents). counted_on is the day
-- that counts for the closing date under the 2000 rule art. 10: the day left (留置), published (公告), handed to the
-- post (邮寄), signed for (直接, 转交, 委托) or the day the message reached the recipient's system (电子).
create table document_service (
    id            uuid         primary key,
    document_id   uuid         not null references case_document (id),
    case_id       uuid         not null references court_case (id),
    party_seq     integer      not null,
    method        varchar(24)  not null,
    counted_on    date         not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(64)  not null,
    constraint document_service_party_fk foreign key (case_id, party_seq) references case_party (case_id, seq)
);
create index document_service_document_idx on document_service (document_id);

-- 宣判 / 宣告 of a judgment or ruling: in court (当庭宣判) or on a fixed date (定期宣判).
create table case_pronouncement (
    id              uuid         primary key,
    case_id         uuid         not null references court_case (id),
    document_id     uuid         not null references case_document (id),
    pronounced_on   date         not null,
    mode            varchar(16)  not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(64)  not null,
    constraint case_pronouncement_mode_ck check (mode in ('IN_COURT', 'FIXED_DATE'))
);
create index case_pronouncement_case_idx on case_pronouncement (case_id);

-- 结案: one row per case. method_version is the version of reference/cases/closing-methods.csv the method came from.
create table case_closing (
    case_id             uuid         primary key references court_case (id),
    method_code         varchar(40)  not null,
    method_version      varchar(40)  not null,
    statistic_group     varchar(40)  not null,
    closed_on           date         not null,
    amount_awarded_fen  bigint,
    closed_at           timestamptz  not null,
    closed_by           varchar(64)  not null,
    constraint case_closing_amount_ck check (amount_awarded_fen is null or amount_awarded_fen >= 0)
);

-- 归档号 counter: one row per court (法院代字) and year; taken like the 案号 counter by an upsert returning the new
-- value inside the archiving transaction, so numbers have no gaps across nodes and a rollback gives the number back.
create table archive_number_counter (
    court_code   varchar(16) not null,
    year         integer     not null,
    last         bigint      not null,
    constraint archive_number_counter_pk primary key (court_code, year)
);

create table case_archive (
    case_id         uuid         primary key references court_case (id),
    archive_number  varchar(64)  not null,
    archived_on     date         not null,
    archived_at     timestamptz  not null,
    archived_by     varchar(64)  not null,
    constraint case_archive_number_uk unique (archive_number)
);

-- 归档后的更正说明 (archive-level notes), the only thing recorded on an archived case.
create table case_archive_note (
    id           uuid          primary key,
    case_id      uuid          not null references case_archive (case_id),
    note         varchar(1000) not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(64)   not null
);

-- 关联案件. EARLIER_INSTANCE and RETRIAL_OF point from the later case to the earlier one; SAME_PARTIES and RELATED
-- are read both ways.
create table case_link (
    id           uuid          primary key,
    from_case    uuid          not null references court_case (id),
    to_case      uuid          not null references court_case (id),
    kind         varchar(20)   not null,
    note         varchar(500),
    created_at   timestamptz   not null,
    created_by   varchar(64),
    constraint case_link_uk unique (from_case, to_case, kind),
    constraint case_link_self_ck check (from_case <> to_case),
    constraint case_link_kind_ck check (kind in ('EARLIER_INSTANCE', 'RETRIAL_OF', 'SAME_PARTIES', 'RELATED'))
);
create index case_link_to_idx on case_link (to_case);
create index case_party_id_number_idx on case_party (id_number) where id_number is not null;
