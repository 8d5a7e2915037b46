package org.newsbrowser.network;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;

/**
 * Writes a network as GEXF 1.3 (Gephi) or GraphML (yEd, Cytoscape, NetworkX, igraph): undirected, each node with
 * its name, type, article count and page, each edge with its weight (articles naming both).
 */
final class NetworkFiles {

    static final String GEXF_NAMESPACE = "http://gexf.net/1.3";
    static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    /** The node attributes both formats declare, with their GEXF and GraphML types. */
    private enum NodeAttribute {
        TYPE("string", "string"), ARTICLES("integer", "int"), URL("string", "string");

        final String gexfType;
        final String graphmlType;

        NodeAttribute(String gexfType, String graphmlType) {
            this.gexfType = gexfType;
            this.graphmlType = graphmlType;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        String value(Network.Node node, String baseUrl) {
            return switch (this) {
                case TYPE -> node.entity().getType().parameter();
                case ARTICLES -> String.valueOf(node.articles());
                case URL -> baseUrl + node.url();
            };
        }
    }

    /** The two formats, with their media types, as {@code /network.gexf} and {@code /network.graphml} serve them. */
    enum Format {
        GEXF("application/gexf+xml"), GRAPHML("application/graphml+xml");

        final MediaType mediaType;

        Format(String mediaType) {
            this.mediaType = MediaType.parseMediaType(mediaType);
        }

        /** The format named by a file extension, {@code gexf} or {@code graphml}. */
        static Format of(String extension) {
            return valueOf(extension.toUpperCase(Locale.ROOT));
        }

        String filename() {
            return "network." + name().toLowerCase(Locale.ROOT);
        }

        void write(Network network, String baseUrl, OutputStream out) {
            if (this == GEXF) {
                gexf(network, baseUrl, out);
            } else {
                graphml(network, baseUrl, out);
            }
        }
    }

    private NetworkFiles() {
    }

    static void gexf(Network network, String baseUrl, OutputStream out) {
        write(out, xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(GEXF_NAMESPACE);
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            element(xml, "creator", "Newsbrowser");
            element(xml, "description", "Co-mentions: edge weight = articles naming both entities");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            gexfAttributes(xml);
            gexfNodes(xml, network, baseUrl);
            gexfEdges(xml, network);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void gexfAttributes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        for (NodeAttribute attribute : NodeAttribute.values()) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute.key());
            xml.writeAttribute("title", attribute.key());
            xml.writeAttribute("type", attribute.gexfType);
        }
        xml.writeEndElement();
    }

    private static void gexfNodes(XMLStreamWriter xml, Network network, String baseUrl) throws XMLStreamException {
        xml.writeStartElement("nodes");
        for (Network.Node node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            xml.writeAttribute("label", node.entity().getName());
            xml.writeStartElement("attvalues");
            for (NodeAttribute attribute : NodeAttribute.values()) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", attribute.key());
                xml.writeAttribute("value", attribute.value(node, baseUrl));
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void gexfEdges(XMLStreamWriter xml, Network network) throws XMLStreamException {
        xml.writeStartElement("edges");
        List<Network.Edge> edges = network.edges();
        for (int i = 0; i < edges.size(); i++) {
            xml.writeEmptyElement("edge");
            xml.writeAttribute("id", String.valueOf(i));
            xml.writeAttribute("source", edges.get(i).source().id());
            xml.writeAttribute("target", edges.get(i).target().id());
            xml.writeAttribute("weight", String.valueOf(edges.get(i).weight()));
        }
        xml.writeEndElement();
    }

    static void graphml(Network network, String baseUrl, OutputStream out) {
        write(out, xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML_NAMESPACE);
            key(xml, "label", "node", "string");
            for (NodeAttribute attribute : NodeAttribute.values()) {
                key(xml, attribute.key(), "node", attribute.graphmlType);
            }
            key(xml, "weight", "edge", "int");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "co-mentions");
            xml.writeAttribute("edgedefault", "undirected");
            for (Network.Node node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "label", node.entity().getName());
                for (NodeAttribute attribute : NodeAttribute.values()) {
                    data(xml, attribute.key(), attribute.value(node, baseUrl));
                }
                xml.writeEndElement();
            }
            for (Network.Edge edge : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("source", edge.source().id());
                xml.writeAttribute("target", edge.target().id());
                data(xml, "weight", String.valueOf(edge.weight()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter xml, String id, String owner, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", owner);
        xml.writeAttribute("attr.name", id);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void write(OutputStream out, XmlBody body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the network file", e);
        }
    }

    /** The document element and everything in it. */
    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
