-- 知识库: answers to common litigation questions, seeded from reference/hotline/knowledge.csv and edited by agents.
create table hotline_knowledge (
    id          uuid          primary key,
    code        varchar(40)   not null,
    topic       varchar(16)   not null,
    title       varchar(200)  not null,
    keywords    varchar(300)  not null,
    body        varchar(4000) not null,
    source      varchar(300)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(64)   not null,
    version     bigint        not null default 0,
    constraint hotline_knowledge_code_uk unique (code),
    constraint hotline_knowledge_topic_ck check (topic in ('FEES', 'FILING', 'SERVICE', 'TRIAL', 'ENFORCEMENT',
        'OTHER'))
);
