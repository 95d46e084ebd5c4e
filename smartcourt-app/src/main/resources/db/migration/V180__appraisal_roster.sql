-- 司法鉴定名册 (2002 规定 arts. 3–9, 16): institutions on a court's roster, their fields, appraisers, annual reviews,
-- declared conflicts and the removal / reinstatement history.
create table appraisal_institution (
	id uuid primary key,
	court_id varchar(12) not null,
	name varchar(100) not null,
	licence_number varchar(60) not null,
	licence_valid_until date not null,
	contact_phone varchar(30),
	account_username varchar(60),
	removed_on date,
	removal_reason varchar(500),
	created_at timestamptz not null,
	unique (court_id, licence_number)
);
create index appraisal_institution_account on appraisal_institution (account_username);

create table appraisal_institution_field (
	institution_id uuid not null references appraisal_institution (id),
	field_code varchar(40) not null,
	primary key (institution_id, field_code)
);

create table appraisal_appraiser (
	id uuid primary key,
	institution_id uuid not null references appraisal_institution (id),
	name varchar(60) not null,
	certificate_number varchar(60) not null,
	field_code varchar(40) not null
);

create table appraisal_annual_review (
	institution_id uuid not null references appraisal_institution (id),
	year int not null,
	passed boolean not null,
	note varchar(300),
	recorded_at timestamptz not null,
	primary key (institution_id, year)
);

create table appraisal_conflict (
	id uuid primary key,
	institution_id uuid not null references appraisal_institution (id),
	person_name varchar(100) not null,
	reason varchar(300) not null,
	declared_at timestamptz not null
);

create table appraisal_roster_event (
	id uuid primary key,
	institution_id uuid not null references appraisal_institution (id),
	kind varchar(20) not null,
	on_date date not null,
	reason varchar(500) not null,
	actor_username varchar(60) not null,
	recorded_at timestamptz not null
);
