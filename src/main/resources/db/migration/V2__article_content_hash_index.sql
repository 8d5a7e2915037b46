-- Ingest looks articles up by content hash to refuse the same article under a second file name.
create index article_content_hash_idx on article (content_hash);
