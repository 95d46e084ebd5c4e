-- Casefile: the catalogue of the electronic case file (电子卷宗). One row per material, in 正卷 (MAIN) or 副卷 (SIDE),
-- under a category of reference/casefile/material-categories.csv. Materials come from the filing, 诉讼文书, 送达,
-- hearings, the parties' evidence (举证) and the case team's uploads; (source, source_ref) identifies the thing it
-- records, so a listener that runs twice records it once. No foreign keys into other modules' tables: they are
-- reached through their APIs.
create table case_material (
    id               uuid          primary key,
    case_id          uuid          not null,
    category_code    varchar(32)   not null,
    volume           varchar(4)    not null,
    title            varchar(200)  not null,
    file_sha256      varchar(64),
    file_name        varchar(255),
    file_type        varchar(8),
    page_count       integer       not null check (page_count >= 0),
    source           varchar(16)   not null,
    source_ref       varchar(200)  not null,
    submitted_by     varchar(64),
    submitter_name   varchar(100)  not null,
    submitted_at     timestamptz   not null,
    -- 正卷 material meant for the parties; 副卷 never is (the check keeps it so, whatever a caller says).
    party_visible    boolean       not null,
    -- what a material without a file records (a 送达), printed on its page in the export
    description      varchar(1000),
    -- 举证 (《民事诉讼证据规定》 art. 19): 证据名称, 证明目的 and the party it was submitted for
    evidence_name    varchar(200),
    purpose          varchar(1000),
    submitting_party varchar(200),
    constraint case_material_volume_ck check (volume in ('MAIN', 'SIDE')),
    constraint case_material_side_internal_ck check (volume = 'MAIN' or not party_visible),
    constraint case_material_source_ck check (source in ('FILING', 'DOCUMENT', 'SERVICE', 'HEARING',
        'PARTY_EVIDENCE', 'COURT_UPLOAD')),
    constraint case_material_source_uk unique (source, source_ref)
);
create index case_material_case_idx on case_material (case_id, volume, submitted_at);
