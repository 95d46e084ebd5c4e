-- 审限 (case clocks) kept per case so that lists and the warning job never compute all cases; extension requests
-- (延长审限申请) with their decisions; excluded intervals (扣除审限: 中止, 公告, 鉴定…); warnings sent.

create table case_clock (
	case_id        uuid primary key references court_case (id),
	rule           text        not null,
	start_on       date        not null,
	due_on         date        not null,
	status         text        not null,
	excluded_days  bigint      not null,
	extensions     int         not null,
	explanation    text        not null,
	computed_on    date        not null,
	computed_at    timestamptz not null
);

create index case_clock_due_idx on case_clock (due_on);

create table extension_request (
	id               uuid primary key,
	case_id          uuid        not null references court_case (id),
	nth              int         not null,
	requested_length int         not null,
	requested_unit   text        not null,
	reason           text        not null,
	requested_by     text        not null,
	requested_at     timestamptz not null,
	due_when_requested date      not null,
	approver_level   text        not null check (approver_level in ('COURT', 'HIGHER_COURT')),
	approver_court   text        not null,
	approver         text        not null,
	citation         text        not null,
	status           text        not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
	approved_length  int,
	decided_by       text,
	decided_at       timestamptz,
	decided_late     boolean     not null default false,
	decision_note    text
);

-- at most one pending request per case
create unique index extension_request_pending_uk on extension_request (case_id) where status = 'PENDING';
create index extension_request_court_idx on extension_request (approver_court, status);

create table clock_exclusion (
	id          uuid primary key,
	case_id     uuid        not null references court_case (id),
	kind        text        not null,
	ground      text,
	reason      text        not null,
	citation    text        not null,
	started_on  date        not null,
	ended_on    date,
	started_by  text        not null,
	ended_by    text,
	recorded_at timestamptz not null,
	check (ended_on is null or ended_on >= started_on)
);

create index clock_exclusion_case_idx on clock_exclusion (case_id);

-- one warning per (case, due date, threshold), whichever node or run gets there first
create table clock_warning (
	case_id   uuid        not null references court_case (id),
	due_on    date        not null,
	threshold int         not null,
	sent_at   timestamptz not null,
	primary key (case_id, due_on, threshold)
);
