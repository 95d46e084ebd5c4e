-- 送达平台 (electronic and other service of 诉讼文书).

-- The case's 诉讼文书 as the service desk needs them, copied from cases.CaseDocumentRecorded.
create table service_document (
    document_id   uuid          primary key,
    case_id       uuid          not null references court_case (id),
    court_id      varchar(32)   not null,
    kind          varchar(32)   not null,
    title         varchar(200)  not null,
    number        varchar(100),
    signed_on     date          not null,
    file_sha256   varchar(64),
    for_parties   boolean       not null,
    recorded_at   timestamptz   not null
);
create index service_document_case_idx on service_document (case_id, recorded_at);
create index service_document_court_idx on service_document (court_id, recorded_at);

-- 送达地址确认书 and consent to 电子送达, per case party; appended on every change, never updated.
create table service_address (
    id                uuid          primary key,
    case_id           uuid          not null references court_case (id),
    party_seq         integer       not null,
    form              varchar(16)   not null,
    platform_account  varchar(64),
    mobile            varchar(20),
    email             varchar(200),
    postal_address    varchar(300),
    consent           boolean       not null,
    basis             varchar(32),
    covers_decisions  boolean       not null,
    evidence          varchar(1000),
    scan_sha256       varchar(64),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null,
    constraint service_address_party_fk foreign key (case_id, party_seq) references case_party (case_id, seq),
    constraint service_address_form_ck check (form in ('ONLINE', 'SCANNED', 'RECORDED', 'PLEADING')),
    constraint service_address_basis_ck check (basis is null or basis in ('EXPRESS', 'PRE_DISPUTE_AGREEMENT',
        'ADDRESS_IN_PLEADING', 'ACCEPTED_EARLIER_SERVICE')),
    constraint service_address_consent_ck check (consent = (basis is not null))
);
create index service_address_party_idx on service_address (case_id, party_seq, recorded_at);

-- One service of one document on one case party (or agent), by one method.
create table serving (
    id                    uuid          primary key,
    case_id               uuid          not null references court_case (id),
    court_id              varchar(32)   not null,
    document_id           uuid          not null references service_document (document_id),
    party_seq             integer       not null,
    method                varchar(24)   not null,
    status                varchar(16)   not null,
    idempotency_key       varchar(200),
    created_by            varchar(64)   not null,
    created_at            timestamptz   not null,
    reference             varchar(200),
    handed_over_on        date,
    event_on              date,
    witness               varchar(200),
    evidence_sha256       varchar(64),
    abroad                boolean       not null default false,
    proven_on             date,
    proven_reason         varchar(500),
    acknowledged_at       timestamptz,
    paper_requested_at    timestamptz,
    effective_on          date,
    effective_rule        varchar(40),
    certificate_sha256    varchar(64),
    constraint serving_party_fk foreign key (case_id, party_seq) references case_party (case_id, seq),
    constraint serving_method_ck check (method in ('ELECTRONIC', 'POSTAL', 'PERSONAL', 'LEFT_AT_RESIDENCE',
        'ENTRUSTED', 'FORWARDED', 'PUBLICATION')),
    constraint serving_status_ck check (status in ('PENDING', 'IN_PROGRESS', 'EFFECTIVE', 'FAILED'))
);
create index serving_case_idx on serving (case_id, document_id);
create index serving_court_status_idx on serving (court_id, status, created_at);
create unique index serving_idempotency_uq on serving (created_by, idempotency_key, party_seq)
    where idempotency_key is not null;

-- One channel of an electronic service: one notification message (delivery key service:<id>).
create table service_attempt (
    id                 uuid          primary key,
    serving_id         uuid          not null references serving (id),
    channel            varchar(16)   not null,
    address            varchar(200),
    address_confirmed  boolean       not null,
    token              varchar(64)   not null unique,
    message_id         uuid,
    queued_at          timestamptz   not null,
    sent_at            timestamptz,
    opened_at          timestamptz,
    failed_at          timestamptz,
    failure_reason     varchar(500),
    constraint service_attempt_channel_ck check (channel in ('IN_APP', 'SMS', 'EMAIL'))
);
create index service_attempt_serving_idx on service_attempt (serving_id);

-- 全程留痕 (在线诉讼规则 art. 31): every step of a service, appended.
create table service_trail (
    id          bigserial     primary key,
    serving_id  uuid          not null references serving (id),
    attempt_id  uuid          references service_attempt (id),
    step        varchar(24)   not null,
    at          timestamptz   not null,
    detail      varchar(500),
    actor       varchar(64)
);
create index service_trail_serving_idx on service_trail (serving_id, at, id);
