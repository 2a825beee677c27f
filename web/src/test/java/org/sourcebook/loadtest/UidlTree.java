package org.sourcebook.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client's copy of a Vaadin Flow UI's state tree, kept up to date from the {@code changes}
 * of UIDL responses the way Flow's browser client does, as far as a harness needs it: each node's
 * tag, text, properties, attributes, class names, DOM event listeners, children and virtual
 * children (the UI's route content hangs from the body as one). Node features
 * are identified by the numbers Flow sends ({@code feat}); the ones used are listed below.
 */
final class UidlTree {

    private static final int ELEMENT_DATA = 0; // "tag", "visible", ...
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24; // the UI's route container hangs from the body here

    /** One state node: an element (with a tag) or a text node (with text). */
    static final class Node {
        String tag = "";
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> listeners = new LinkedHashSet<>();
        final Set<String> classes = new LinkedHashSet<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies a response's {@code changes} array (missing or empty: nothing changes). */
    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, any -> new Node());
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asText();
            if (type.equals("put")) {
                JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
                put(node, feature, key, value);
            } else if (type.equals("remove")) {
                node.properties.remove(key);
                node.attributes.remove(key);
                node.listeners.remove(key);
            } else if (type.equals("splice")) {
                splice(node, feature, change);
            } else if (type.equals("clear")) {
                if (feature == CHILDREN) {
                    node.children.clear();
                } else if (feature == CLASS_LIST) {
                    node.classes.clear();
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        if (feature == ELEMENT_DATA && key.equals("tag")) {
            node.tag = value.asText();
        } else if (feature == TEXT && key.equals("text")) {
            node.text = value.asText();
        } else if (feature == PROPERTIES) {
            node.properties.put(key, value);
        } else if (feature == ATTRIBUTES) {
            node.attributes.put(key, value.asText());
        } else if (feature == LISTENERS) {
            node.listeners.add(key);
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> children = feature == CHILDREN ? node.children : node.virtualChildren;
            for (int i = 0; i < removed && index < children.size(); i++) {
                children.remove(index);
            }
            int at = index;
            for (JsonNode added : change.path("addNodes")) {
                children.add(Math.min(at++, children.size()), added.asInt());
            }
        } else if (feature == CLASS_LIST) {
            List<String> classes = new ArrayList<>(node.classes);
            for (int i = 0; i < removed && index < classes.size(); i++) {
                classes.remove(index);
            }
            int at = index;
            for (JsonNode added : change.path("add")) {
                classes.add(Math.min(at++, classes.size()), added.asText());
            }
            node.classes.clear();
            node.classes.addAll(classes);
        }
    }

    Node node(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("no state node " + id);
        }
        return node;
    }

    /** The attached element with this {@code id} attribute, searched from the UI's root (node 1). */
    Optional<Integer> elementById(String id) {
        return descendants(1).stream().filter(node -> id.equals(nodes.get(node).attributes.get("id"))).findFirst();
    }

    /** {@code root}'s descendants with this tag, in document order. */
    List<Integer> elements(int root, String tag) {
        return descendants(root).stream().filter(node -> nodes.get(node).tag.equals(tag)).toList();
    }

    /** The text of all text nodes under {@code root}, concatenated as the DOM's textContent does. */
    String textContent(int root) {
        StringBuilder text = new StringBuilder();
        for (int node : descendants(root)) {
            String own = nodes.get(node).text;
            if (own != null) {
                text.append(own);
            }
        }
        return text.toString();
    }

    /** {@code root} and the nodes under it, depth first; children that were never attached are skipped. */
    private List<Integer> descendants(int root) {
        List<Integer> found = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int id = stack.remove(stack.size() - 1);
            Node node = nodes.get(id);
            if (node == null) {
                continue;
            }
            found.add(id);
            List<Integer> children = new ArrayList<>(node.children);
            children.addAll(node.virtualChildren);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.add(children.get(i));
            }
        }
        return found;
    }
}
