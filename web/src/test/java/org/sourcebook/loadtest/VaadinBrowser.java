package org.sourcebook.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser tab speaking plain HTTP to a Vaadin Flow app, as Flow's browser client
 * does: it signs in with Spring Security's form login (the CSRF token from the login page's
 * {@code _csrf} meta tag, as the login form posts it), opens a route (the bootstrap page, then
 * {@code ?v-r=init}, which creates the UI and returns its id, its security key and its first state
 * tree, then the {@code ui-navigate} event the client sends to render the route), and sends UIDL
 * requests ({@code ?v-r=uidl}) with the UI's security key, the last server sync id and the next
 * client id, applying each response's changes to its {@link UidlTree}. Any sign of a protocol
 * problem in a response (not HTTP 200, no {@code for(;;);} prefix, a {@code meta} with an
 * application error, an expired session or a resynchronisation, a client id out of step) is
 * thrown as {@link ProtocolException}. Its own session cookie; not thread-safe (one tab, one
 * request at a time). No push connection is opened: the pages it drives need none.
 */
final class VaadinBrowser {

    /** A response the client would not accept. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final String base;
    private String sessionCookie = "";
    private UidlTree tree = new UidlTree();
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;

    VaadinBrowser(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    UidlTree tree() {
        return tree;
    }

    /** Signs in with the login form; throws if the server does not send the browser on to the app. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        String page = send(get("/login")).body();
        Matcher csrf = CSRF_META.matcher(page);
        String form = (csrf.find() ? "_csrf=" + encode(csrf.group(1)) + "&" : "")
                + "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> response = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new ProtocolException("sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /** Opens {@code route} (no leading slash) in a new UI, as loading the page in a browser does. */
    void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("/" + route));
        if (page.statusCode() != 200) {
            throw new ProtocolException("GET /" + route + ": " + page.statusCode());
        }
        HttpResponse<String> init = send(get("/?v-r=init&location=" + route + "&query="));
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (init.statusCode() != 200 || !uidl.has("Vaadin-Security-Key")) {
            throw new ProtocolException("init of /" + route + " returned no UI: " + abbreviated(init.body()));
        }
        tree = new UidlTree();
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt();
        clientId = 0;
        tree.apply(uidl.path("changes"));
        ObjectNode data = JSON.createObjectNode().put("route", "/" + route).put("query", "")
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(List.of(event(1, "ui-navigate", data)));
    }

    /** Sends one UIDL request carrying {@code invocations}, applies the answer and returns it. */
    JsonNode rpc(List<ObjectNode> invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        String body = response.body();
        if (response.statusCode() != 200 || !body.startsWith(UIDL_PREFIX)) {
            throw new ProtocolException("UIDL answered " + response.statusCode() + ": " + abbreviated(body));
        }
        JsonNode answer = JSON.readTree(body.substring(UIDL_PREFIX.length())).path(0);
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || meta.has("resynchronize")
                || !answer.has("syncId") || answer.path("clientId").asInt(-1) != clientId + 1) {
            throw new ProtocolException("UIDL not accepted: " + abbreviated(body));
        }
        syncId = answer.path("syncId").asInt();
        clientId = answer.path("clientId").asInt();
        tree.apply(answer.path("changes"));
        return answer;
    }

    /** A DOM event on an element, as the client reports it to a server-side listener. */
    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** A click on an element, with the event data Flow's client sends for a click without a mouse. */
    static ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put("event." + number, 0);
        }
        return event(node, "click", data);
    }

    /** A property value the client synchronises to the server ("mSync"). */
    static ObjectNode propertySync(int node, String property, Object value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        sync.set("value", JSON.valueToTree(value));
        return sync;
    }

    static ObjectNode emptyData() {
        return JSON.createObjectNode();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!sessionCookie.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        HttpResponse<String> response = http.send(request.header("Accept-Language", "en-US").build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION_COOKIE.matcher(cookie);
            if (session.find()) {
                sessionCookie = session.group(1);
            }
        }
        return response;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
