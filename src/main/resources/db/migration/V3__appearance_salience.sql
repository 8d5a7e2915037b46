-- Portable SQL: runs unchanged on H2 (the embedded default) and PostgreSQL.

-- Whether the article is about the entity rather than mentioning it in passing: named in its title, dateline or
-- first paragraph, or mentioned several times (org.newsbrowser.extract.Prominence). Article list rows show
-- prominent people and countries first.
alter table appearance add column prominent boolean default false not null;
