package org.newsbrowser.network;

import java.util.Comparator;
import java.util.List;
import org.newsbrowser.article.ArticleFilter;
import org.newsbrowser.entity.NamedEntity;

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
    }

    /**
     * Where an edge leads: the articles of this network's filter that name both ends, so the list shows exactly
     * {@code weight} articles. (The pair's own page, {@code /relations?a=person:12&b=country:IR}, is being built
     * on another branch; edges will point there once it exists.)
     */
    public String edgeUrl(Edge edge) {
        return filter.with(edge.source().entity()).with(edge.target().entity()).url();
    }
}
