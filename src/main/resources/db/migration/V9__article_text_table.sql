-- An article's text (the cleaned body and the decoded file) in a table of its own. Held inline, they made every read
-- of an article row decode the whole text: counting the United States' articles per day at 100,000 articles read
-- 58,757 rows and took 2.1 s, against 0.4 s with the text elsewhere. Lists, counts and filters read the article row
-- alone; the article page, snippets and the search index read the text (docs/BENCHMARKS.md).
create table article_text (
    article_id bigint  not null primary key references article (id) on delete cascade,
    body       varchar not null,
    raw_text   varchar not null
);
insert into article_text (article_id, body, raw_text) select id, body, raw_text from article;
alter table article drop column body;
alter table article drop column raw_text;
