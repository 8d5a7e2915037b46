package org.newsbrowser.article;

import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.newsbrowser.entity.AppearanceRepository;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.export.CsvWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every article of a filter (for a search, of its matches in their order) as CSV, however many: rows are
 * streamed from the database and their entities read a batch of articles at a time, so memory and the number of
 * statements per row stay small.
 */
@Component
class ArticleCsvExport {

    static final int BATCH = 500;
    private static final String[] HEADER =
            {"id", "title", "source", "published", "people", "organizations", "countries", "topics", "url"};

    private final ArticleRepository articles;
    private final AppearanceRepository appearances;

    ArticleCsvExport(ArticleRepository articles, AppearanceRepository appearances) {
        this.articles = articles;
        this.appearances = appearances;
    }

    /** Writes the header and one line per article; {@code baseUrl} makes each article's link absolute. */
    @Transactional(readOnly = true)
    public void write(ArticleFilter filter, ArticleSort sort, String baseUrl, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row((Object[]) HEADER);
        try (Stream<ArticleRow> rows = filter.matches() == null ? articles.streamRows(filter, sort)
                : inOrder(filter.matches().ids())) {
            Iterator<ArticleRow> iterator = rows.iterator();
            List<ArticleRow> batch = new ArrayList<>(BATCH);
            while (iterator.hasNext()) {
                batch.add(iterator.next());
                if (batch.size() == BATCH || !iterator.hasNext()) {
                    writeBatch(batch, baseUrl, csv);
                    batch.clear();
                }
            }
        }
    }

    /** The rows of a search's matches in the index's order, read {@value #BATCH} at a time as they are consumed. */
    private Stream<ArticleRow> inOrder(List<Long> ids) {
        return IntStream.range(0, (ids.size() + BATCH - 1) / BATCH).boxed().flatMap(batch -> {
            List<Long> batchIds = ids.subList(batch * BATCH, Math.min(ids.size(), (batch + 1) * BATCH));
            Map<Long, ArticleRow> byId = new HashMap<>();
            articles.findRowsByIdIn(batchIds).forEach(row -> byId.put(row.id(), row));
            return batchIds.stream().map(byId::get).filter(Objects::nonNull);
        });
    }

    private void writeBatch(List<ArticleRow> batch, String baseUrl, CsvWriter csv) {
        Map<Long, Map<EntityType, List<String>>> names = new HashMap<>();
        for (Object[] row : appearances.findEntityNames(batch.stream().map(ArticleRow::id).toList())) {
            names.computeIfAbsent((Long) row[0], id -> new EnumMap<>(EntityType.class))
                    .computeIfAbsent((EntityType) row[1], type -> new ArrayList<>()).add((String) row[2]);
        }
        for (ArticleRow row : batch) {
            Map<EntityType, List<String>> byType = names.getOrDefault(row.id(), Map.of());
            csv.row(row.id(), row.title(), row.source(), row.publishedAt(),
                    joined(byType, EntityType.PERSON), joined(byType, EntityType.ORGANIZATION),
                    joined(byType, EntityType.COUNTRY), joined(byType, EntityType.TOPIC),
                    baseUrl + "/articles/" + row.id());
        }
    }

    private static String joined(Map<EntityType, List<String>> byType, EntityType type) {
        return String.join("; ", byType.getOrDefault(type, List.of()));
    }
}
