-- The list's default order (newest first, undated articles after the dated ones in title order), as an index: a
-- page of the list, the first or the 5,000th, is then read from the index in order instead of by sorting every
-- article. NULLS LAST is spelled out because PostgreSQL puts nulls first in a descending index by default.
create index article_newest_idx on article (published_at desc nulls last, title, id);
