-- 委托鉴定 (证据规定 arts. 30–42): the request on a case, each institution entrusted with it in turn (an assignment),
-- the reproducible draws, the parties' agreement, material requests, extensions and objections.
create table appraisal_entrustment (
	id uuid primary key,
	case_id uuid not null,
	court_id varchar(12) not null,
	case_number varchar(60) not null,
	matter varchar(500) not null,
	scope varchar(500) not null,
	purpose varchar(500) not null,
	field_code varchar(40) not null,
	complex boolean not null,
	materials varchar(2000) not null,
	materials_examined_on date not null,
	requested_by varchar(60) not null,
	requested_at timestamptz not null,
	status varchar(30) not null,
	draw_at timestamptz,
	current_assignment_id uuid,
	clock_exclusion_id uuid,
	objection_until date,
	reselection_requested_by varchar(60),
	terminated_reason varchar(500),
	version int not null default 0
);
create index appraisal_entrustment_case on appraisal_entrustment (case_id);
create index appraisal_entrustment_court on appraisal_entrustment (court_id, status);

create table appraisal_assignment (
	id uuid primary key,
	entrustment_id uuid not null references appraisal_entrustment (id),
	round int not null,
	institution_id uuid not null references appraisal_institution (id),
	via varchar(10) not null,
	draw_id uuid,
	assigned_at timestamptz not null,
	letter_sha256 varchar(64),
	accepted_on date,
	undertaking_at timestamptz,
	due_on date,
	declined_reason varchar(500),
	report_sha256 varchar(64),
	report_name varchar(200),
	report_on date,
	outcome varchar(20) not null,
	late_flagged_at timestamptz,
	warned_at timestamptz,
	fee_quoted numeric(12, 2),
	fee_paid numeric(12, 2),
	fee_paid_by varchar(100),
	refund varchar(12) not null default 'NONE',
	attendance varchar(500),
	unique (entrustment_id, round)
);
create index appraisal_assignment_institution on appraisal_assignment (institution_id);

create table appraisal_draw (
	id uuid primary key,
	entrustment_id uuid not null references appraisal_entrustment (id),
	round int not null,
	seed bigint not null,
	algorithm varchar(80) not null,
	candidates text not null,
	candidates_sha256 varchar(64) not null,
	excluded text not null,
	chosen_id uuid not null,
	attendance text not null,
	drawn_by varchar(60) not null,
	drawn_at timestamptz not null
);

create table appraisal_party_choice (
	entrustment_id uuid not null references appraisal_entrustment (id),
	side varchar(20) not null,
	institution_id uuid not null references appraisal_institution (id),
	username varchar(60) not null,
	chosen_at timestamptz not null,
	primary key (entrustment_id, side)
);

create table appraisal_draw_attendance (
	entrustment_id uuid not null references appraisal_entrustment (id),
	username varchar(60) not null,
	side varchar(20) not null,
	seen_at timestamptz not null,
	primary key (entrustment_id, username)
);

create table appraisal_recusal (
	id uuid primary key,
	case_id uuid not null,
	institution_id uuid not null references appraisal_institution (id),
	reason varchar(500) not null,
	recorded_by varchar(60) not null,
	recorded_at timestamptz not null
);

create table appraisal_material_request (
	id uuid primary key,
	assignment_id uuid not null references appraisal_assignment (id),
	what varchar(1000) not null,
	requested_on date not null,
	supplied_on date,
	file_sha256 varchar(64),
	file_name varchar(200),
	note varchar(500)
);

create table appraisal_extension (
	id uuid primary key,
	assignment_id uuid not null references appraisal_assignment (id),
	reason varchar(1000) not null,
	requested_due date not null,
	requested_on date not null,
	decision varchar(10),
	new_due date,
	decided_by varchar(60),
	decided_on date
);

create table appraisal_objection (
	id uuid primary key,
	assignment_id uuid not null references appraisal_assignment (id),
	username varchar(60) not null,
	side varchar(20) not null,
	text varchar(2000) not null,
	raised_on date not null,
	answer varchar(2000),
	answered_on date
);
