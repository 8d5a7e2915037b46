package org.newsbrowser.network;

import java.util.Comparator;
import java.util.List;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.entity.NamedEntity;
import org.newsbrowser.relation.EntityKey;

/**
 * A co-mention graph over the articles of a filter: the most mentioned entities and, among them, the pairs named
 * together in at least a minimum number of articles, strongest first.
 */
public record Network(ArticleFilter filter, List<Node> nodes, List<Edge> edges) {

    /** How a node is named in the API, exports and links between pages: {@code person:12}, {@code country:IR}. */
    public static String nodeId(NamedEntity entity) {
        return entity.getType().parameter() + ":" + entity.getFilterValue();
    }

    /** The edges touching a node, strongest first, at most {@code max}. */
    public List<Edge> strongestEdges(Node node, int max) {
        return edges.stream().filter(edge -> edge.touches(node))
                .sorted(Comparator.comparingLong(Edge::weight).reversed()).limit(max).toList();
    }

    /** An entity with the number of the filter's articles naming it. */
    public record Node(NamedEntity entity, long articles) {

        public String id() {
            return nodeId(entity);
        }

        public String url() {
            return entity.getPath();
        }
    }

    /** Two entities and the number of the filter's articles naming both. */
    public record Edge(Node source, Node target, long weight) {

        boolean touches(Node node) {
            return source.equals(node) || target.equals(node);
        }

        /** The end of this edge that is not the given node. */
        public Node other(Node node) {
            return source.equals(node) ? target : source;
        }

        /**
         * Where an edge leads: the pair's relationship page, {@code /relations?a=person:12&b=country:IR}, with the
         * sentences naming both. It covers the whole corpus, so under a filter it may list more than {@code weight}
         * articles.
         */
        public String url() {
            return urlFrom(source);
        }

        /** The pair's relationship page seen from one end: that end is {@code a}, named first. */
        public String urlFrom(Node node) {
            return EntityKey.url(node.entity(), other(node).entity());
        }
    }
}
