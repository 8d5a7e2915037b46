package org.newsbrowser.network;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.article.ArticleRepository;
import org.newsbrowser.article.FilterConditions;
import org.newsbrowser.entity.EntityCount;
import org.newsbrowser.entity.EntityType;
import org.newsbrowser.entity.NamedEntity;
import org.springframework.stereotype.Repository;

/**
 * Reads co-mention networks from the appearance table (one row per entity per article): the entities are counted
 * and the top ones read ({@link ArticleRepository#countEntities}), then one self-join of appearance counts the pairs
 * among them. Three statements whatever the size of the network or the corpus, nearly always.
 */
@Repository
class NetworkRepository {

    /** The kinds of entity a network links; topics describe articles rather than act in them. */
    static final Set<EntityType> NODE_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY);
    /** At most this many edges per node are kept, the strongest, so that a large network stays readable. */
    static final int EDGES_PER_NODE = 4;

    private final EntityManager entityManager;
    private final ArticleRepository articles;

    NetworkRepository(EntityManager entityManager, ArticleRepository articles) {
        this.entityManager = entityManager;
        this.articles = articles;
    }

    /** The {@code limit} entities most often named in the filter's articles and the pairs among them. */
    Network find(ArticleFilter filter, int limit, int minWeight) {
        List<Network.Node> nodes = articles.countEntities(filter, NODE_TYPES, limit).stream()
                .map(count -> new Network.Node(count.entity(), count.articles())).toList();
        if (nodes.size() < 2) {
            return new Network(filter, nodes, List.of());
        }
        Map<Long, Network.Node> byId = nodes.stream()
                .collect(Collectors.toMap(node -> node.entity().getId(), Function.identity()));
        // With no filter, the nodes' own appearances (read from the entity index) are the fewest rows to start from;
        // with one, the filter's articles are.
        String firstEndAmongNodes = filter.isEmpty() ? "ap1.entity.id in :ids" : amongNodes("ap1");
        TypedQuery<Object[]> pairs = entityManager.createQuery("select ap1.entity.id, ap2.entity.id, count(ap1)"
                + FilterConditions.fromAppearancesOf(filter, "ap1", "ap2")
                + " and ap1.entity.id < ap2.entity.id and " + firstEndAmongNodes + " and " + amongNodes("ap2")
                + """
                 group by ap1.entity.id, ap2.entity.id having count(ap1) >= :minWeight
                order by count(ap1) desc, ap1.entity.id, ap2.entity.id""", Object[].class);
        FilterConditions.bindList(pairs, "ids", byId.keySet());
        pairs.setParameter("minWeight", (long) minWeight);
        FilterConditions.bind(pairs, filter);
        List<Network.Edge> edges = pairs.setMaxResults(limit * EDGES_PER_NODE).getResultList().stream()
                .map(row -> new Network.Edge(byId.get((Long) row[0]), byId.get((Long) row[1]), (Long) row[2]))
                .toList();
        return new Network(filter, nodes, edges);
    }

    /**
     * {@code alias.entity.id in :ids}, written so that H2 checks it on each appearance of an article already found
     * rather than from the entity index. Given the plain condition, H2 reads the appearances of an article through
     * the entity index: every appearance of every node for each article of the filter (the network of one country
     * at 100,000 articles ran for more than ten minutes), and with no filter, the second end of each pair found
     * that way. Checked row by row, at 100,000 articles the United Kingdom's pairs take 0.3 s and the corpus's
     * 0.6 s, against 2.3 and 1.8 s for the query before (docs/BENCHMARKS.md).
     */
    private static String amongNodes(String alias) {
        return "(" + alias + ".entity.id in :ids or " + alias + ".entity.id is null)";
    }

    /**
     * Every entity of any kind named alongside the filter's one entity in the filter's articles (its dates and
     * search narrow them), with how many such articles, most first.
     */
    List<EntityCount> findCoMentions(ArticleFilter filter) {
        if (filter.entities().size() != 1) {
            throw new IllegalArgumentException("co-mentions are of exactly one entity, not " + filter.entities());
        }
        TypedQuery<EntityCount> query = entityManager.createQuery("""
                select new org.newsbrowser.entity.EntityCount(other, count(ap2))
                from Appearance ap1 join Appearance ap2 on ap2.article = ap1.article join ap2.entity other
                where ap1.entity.id = :e0 and other.id <> :e0 and other.hidden = false"""
                + FilterConditions.andBesidesFirstEntity(filter, "ap1.article.id") + """
                 group by other
                order by count(ap2) desc, other.type, other.name""", EntityCount.class);
        FilterConditions.bind(query, filter);
        return query.getResultList();
    }
}
