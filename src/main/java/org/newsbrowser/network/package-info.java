/**
 * The co-mention network: people, organizations and countries as nodes, linked by the number of articles naming
 * both, for the whole corpus or an article-list filter. The {@code /network} page and each entity's ego network
 * draw it with d3-force ({@code static/js/network.js}); {@code /api/network} serves it as JSON, and it downloads as
 * GEXF and GraphML; an entity's co-mentions download as CSV.
 */
package org.newsbrowser.network;
