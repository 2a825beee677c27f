package org.sourcebook.exchange.moodle;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element of a parsed XML file: name, attributes, direct text, children and the line it starts
 * on. Parsed with the JDK's SAX parser hardened against XXE: secure processing on, DOCTYPE
 * declarations refused, no external entities or DTDs loaded, no XInclude.
 */
final class XmlNode {

    /** The JDK parser's limit on nesting; Moodle files nest about six deep. */
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final int MAX_DEPTH = 100;

    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /** The element's own character data (CDATA included), as written. */
    String text() {
        return text.toString();
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    Optional<XmlNode> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** The stripped text of the child {@code childName}'s {@code <text>}, as Moodle's getpath reads it. */
    Optional<String> childText(String childName) {
        return child(childName).flatMap(node -> node.child("text")).map(node -> node.text().strip());
    }

    /** The stripped text of this element's {@code <text>} child, or "" without one. */
    String textChild() {
        return child("text").map(node -> node.text().strip()).orElse("");
    }

    /** The stripped direct text of the child {@code childName}. */
    Optional<String> childValue(String childName) {
        return child(childName).map(node -> node.text().strip());
    }

    /** Whether an element called {@code descendantName} lies anywhere below this one. */
    boolean hasDescendant(String descendantName) {
        Deque<XmlNode> toVisit = new ArrayDeque<>(children);
        while (!toVisit.isEmpty()) {
            XmlNode node = toVisit.pop();
            if (node.name.equals(descendantName)) {
                return true;
            }
            toVisit.addAll(node.children);
        }
        return false;
    }

    /** Parses {@code xml}; throws with the parser's line and message when it is not well-formed or has a DOCTYPE. */
    static XmlNode parse(String xml) throws SAXParseException {
        TreeBuilder builder = new TreeBuilder();
        try {
            hardenedParser().parse(new InputSource(new StringReader(xml)), builder);
        } catch (SAXParseException notWellFormed) {
            throw notWellFormed;
        } catch (SAXException | IOException | ParserConfigurationException unexpected) {
            throw new SAXParseException(unexpected.getMessage(), null, null, 0, 0);
        }
        if (builder.root == null) {
            throw new SAXParseException("no root element", null, null, 1, 1);
        }
        return builder.root;
    }

    private static SAXParser hardenedParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance(); // the JDK's own, whatever else is on the classpath
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.setProperty(MAX_ELEMENT_DEPTH, MAX_DEPTH);
        return parser;
    }

    /** Builds the tree from SAX events, noting where each element starts. */
    private static final class TreeBuilder extends DefaultHandler {

        private final Deque<XmlNode> open = new ArrayDeque<>();
        private @Nullable XmlNode root;
        private @Nullable Locator locator;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int index = 0; index < attributes.getLength(); index++) {
                values.put(attributes.getQName(index), attributes.getValue(index));
            }
            XmlNode node = new XmlNode(qName, values, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children.add(node);
            }
            open.push(node);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] characters, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(characters, start, length);
            }
        }
    }
}
