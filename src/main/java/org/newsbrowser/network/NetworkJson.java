package org.newsbrowser.network;

import java.util.List;

/** A network as {@code /api/network} serves it and the page's script draws it; ids as {@link Network#nodeId}. */
record NetworkJson(List<NodeJson> nodes, List<EdgeJson> edges) {

    static NetworkJson of(Network network) {
        return new NetworkJson(
                network.nodes().stream().map(node -> new NodeJson(node.id(), node.entity().getType().parameter(),
                        node.entity().getName(), node.articles(), node.url())).toList(),
                network.edges().stream().map(edge -> new EdgeJson(edge.source().id(), edge.target().id(),
                        edge.weight(), edge.url())).toList());
    }

    /** An entity: {@code type} is {@code person}, {@code organization} or {@code country}. */
    record NodeJson(String id, String type, String name, long articles, String url) {
    }

    /** Two entities named together in {@code weight} articles; {@code url} is the pair's relationship page. */
    record EdgeJson(String source, String target, long weight, String url) {
    }
}
