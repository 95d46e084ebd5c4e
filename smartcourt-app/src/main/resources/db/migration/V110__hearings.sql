-- Hearings (排期开庭): hearings of a case, the resources each one books (courtroom, sitting judges and 人民陪审员,
-- lawyers), parties' consent to online hearings, notices (传票, 出庭通知书), adjournments (延期开庭) and attendance.
-- No foreign keys into other modules' tables: cases, courtrooms and staff are referred to by id.

-- btree_gist lets one exclusion constraint combine "same resource" (=) with "overlapping time" (&&).
create extension if not exists btree_gist;

create table hearing (
    id                 uuid          primary key,
    case_id            uuid          not null,
    court_id           varchar(32)   not null,
    case_number        varchar(64)   not null,
    case_title         varchar(300)  not null,
    kind               varchar(24)   not null,
    status             varchar(16)   not null,
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null,
    courtroom_id       uuid,
    courtroom_name     varchar(50),
    online             boolean       not null,
    meeting_link       varchar(500),
    public_hearing     boolean       not null,
    closed_ground      varchar(24),
    recording_needed   boolean       not null,
    previous_id        uuid          references hearing (id),
    scheduled_by       varchar(64)   not null,
    scheduled_at       timestamptz   not null,
    actual_start       timestamptz,
    actual_end         timestamptz,
    transcript_sha256  varchar(64),
    transcript_name    varchar(255),
    recording_ref      varchar(500),
    version            bigint        not null default 0,
    constraint hearing_kind_ck check (kind in ('TRIAL', 'PRETRIAL_MEETING', 'MEDIATION', 'PRONOUNCEMENT')),
    constraint hearing_status_ck check (status in ('SCHEDULED', 'HELD', 'ADJOURNED')),
    constraint hearing_period_ck check (ends_at > starts_at),
    constraint hearing_place_ck check (online or courtroom_id is not null),
    constraint hearing_closed_ck check (public_hearing or closed_ground is not null)
);
create index hearing_case_idx on hearing (case_id, starts_at);
create index hearing_court_time_idx on hearing (court_id, starts_at);
create index hearing_public_idx on hearing (starts_at) where public_hearing and status = 'SCHEDULED';

-- What a scheduled hearing occupies: 'room:<uuid>', 'staff:<uuid>' or 'lawyer:<执业证号>'. Two active bookings of one
-- resource never overlap, even when two schedulings race: the constraint decides, not the application.
create table hearing_booking (
    hearing_id  uuid          not null references hearing (id),
    resource    varchar(80)   not null,
    label       varchar(120)  not null,
    period      tstzrange     not null,
    active      boolean       not null default true,
    constraint hearing_booking_pk primary key (hearing_id, resource),
    constraint hearing_booking_no_overlap exclude using gist (resource with =, period with &&) where (active)
);
create index hearing_booking_resource_idx on hearing_booking using gist (resource, period) where active;

-- 在线诉讼规则 art. 4: consent per party and per step (here: per hearing).
create table hearing_consent (
    hearing_id   uuid          not null references hearing (id),
    party_seq    integer       not null,
    party_name   varchar(200)  not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null,
    constraint hearing_consent_pk primary key (hearing_id, party_seq)
);

create table hearing_notice (
    id                 uuid           primary key,
    hearing_id         uuid           not null references hearing (id),
    case_id            uuid           not null,
    party_seq          integer        not null,
    recipient          varchar(200)   not null,
    kind               varchar(24)    not null,
    body               varchar(2000)  not null,
    delivered_to       varchar(64),
    created_at         timestamptz    not null,
    constraint hearing_notice_kind_ck check (kind in ('SUMMONS', 'APPEARANCE_NOTICE'))
);
create index hearing_notice_hearing_idx on hearing_notice (hearing_id);

create table hearing_adjournment (
    id                   uuid           primary key,
    hearing_id           uuid           not null references hearing (id),
    case_id              uuid           not null,
    ground               varchar(24)    not null,
    reason               varchar(1000)  not null,
    next_starts_at       timestamptz    not null,
    next_ends_at         timestamptz    not null,
    next_courtroom_id    uuid,
    beyond_month_basis   varchar(24),
    beyond_month_reason  varchar(1000),
    status               varchar(16)    not null,
    requested_by         varchar(64)    not null,
    requested_at         timestamptz    not null,
    decided_by           varchar(64),
    decided_at           timestamptz,
    decision_note        varchar(1000),
    next_hearing_id      uuid           references hearing (id),
    constraint hearing_adjournment_ground_ck check (ground in ('ABSENCE', 'RECUSAL', 'NEW_EVIDENCE', 'OTHER')),
    constraint hearing_adjournment_status_ck check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    constraint hearing_adjournment_basis_ck check (beyond_month_basis is null
        or beyond_month_basis in ('FORCE_MAJEURE', 'PARTIES_AGREED'))
);
create index hearing_adjournment_case_idx on hearing_adjournment (case_id);
create unique index hearing_adjournment_open_uk on hearing_adjournment (hearing_id) where status <> 'REFUSED';

create table hearing_attendance (
    hearing_id  uuid          not null references hearing (id),
    party_seq   integer       not null,
    name        varchar(200)  not null,
    agent       boolean       not null,
    appeared    boolean       not null,
    note        varchar(200),
    constraint hearing_attendance_pk primary key (hearing_id, party_seq)
);
