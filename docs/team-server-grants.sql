-- Privileges of the review program's roles on a shared PostgreSQL database (see README, "Team review").
-- Run as the role that owns the review tables (the one that opened the store first), in the review
-- database, after that first opening created the tables:   psql -d grr -f docs/team-server-grants.sql
-- Roles grr_reviewers and grr_leads are created beforehand by the database administrator.

-- Reviewers read everything and write only what the program writes: new reports and versions,
-- values, decisions, claims, and history (append-only: a trigger refuses UPDATE and DELETE on it).
GRANT USAGE ON SCHEMA public TO grr_reviewers;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grr_reviewers;
GRANT INSERT ON reports, sources, records, history, decisions, claims TO grr_reviewers;
GRANT UPDATE ON reports, sources, records, decisions, claims TO grr_reviewers;
GRANT DELETE ON decisions, claims TO grr_reviewers;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO grr_reviewers;

-- Leads also change the team's settings (four-eyes approval, claim idle time, the leads list).
GRANT grr_reviewers TO grr_leads;
GRANT INSERT, UPDATE, DELETE ON settings TO grr_leads;
