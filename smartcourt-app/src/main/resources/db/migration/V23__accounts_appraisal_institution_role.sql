-- 鉴定机构 accounts: outside the court, so like litigants and lawyers they carry no court.
alter table user_account drop constraint user_account_role_ck;
alter table user_account add constraint user_account_role_ck check (role in ('LITIGANT', 'LAWYER', 'FILING_CLERK',
    'JUDGE', 'ASSISTANT', 'CLERK', 'DIVISION_HEAD', 'PRESIDENT', 'MEDIATOR', 'HOTLINE', 'APPRAISAL', 'IT_ADMIN',
    'APPRAISAL_INSTITUTION'));
alter table user_account drop constraint user_account_staff_court_ck;
alter table user_account add constraint user_account_staff_court_ck check (role in ('LITIGANT', 'LAWYER',
    'APPRAISAL_INSTITUTION') or court_id is not null);
