-- An appearance's aboutness score (org.newsbrowser.entity.Aboutness) stored with it, and an index in the order an
-- entity's page lists its articles. Computed in the query, the score made each page of a much-named entity sort all
-- of its appearances: 60 ms for a country named in 14,000 of 100,000 articles, 1.3 s for one named in 58,000, against
-- under a millisecond read from this index (docs/BENCHMARKS.md). The index also holds the headline and lead flags
-- the page shows: H2 prefers a smaller index over one that leaves the appearance row to be read.
alter table appearance add column aboutness double precision not null default 0;
update appearance set aboutness =
    case when in_headline then 3 else 0 end
    + case when in_lead then 2 else 0 end
    + case when text_length = 0 then 0
           when 1000.0 * mention_count / text_length > 3 then 3
           else 1000.0 * mention_count / text_length end;
create index appearance_entity_rank_idx
    on appearance (entity_id, aboutness desc, mention_count desc, first_offset, article_id, in_headline, in_lead);
