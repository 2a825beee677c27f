package org.sourcebook.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The harness must not count a request as answered when Vaadin's client would not accept the response. */
class VaadinBrowserTest {

    private static final String INIT = """
            {"appConfig":{"v-uiId":4,"uidl":{"syncId":0,"clientId":0,"Vaadin-Security-Key":"key-1",
             "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}
            """;

    private final AtomicReference<String> uidlAnswer = new AtomicReference<>();
    private final AtomicReference<String> lastUidlRequest = new AtomicReference<>();
    private HttpServer server;
    private VaadinBrowser browser;

    @BeforeEach
    void startFakeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            String body = "<html></html>";
            if (query.startsWith("v-r=init")) {
                body = INIT;
            } else if (query.startsWith("v-r=uidl")) {
                lastUidlRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                body = uidlAnswer.get();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        browser = new VaadinBrowser(HttpClient.newHttpClient(), "http://localhost:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopFakeServer() {
        server.stop(0);
    }

    @Test
    void sendsTheSecurityKeyAndTheServersSyncIdAndCountsItsOwnMessages() throws Exception {
        uidlAnswer.set("for(;;);[{\"syncId\":1,\"clientId\":1}]");
        browser.open("student/lessons/x");
        assertThat(lastUidlRequest.get()).contains("\"csrfToken\":\"key-1\"", "\"syncId\":0", "\"clientId\":0",
                "\"event\":\"ui-navigate\"");

        uidlAnswer.set("for(;;);[{\"syncId\":2,\"clientId\":2}]");
        browser.rpc(List.of(VaadinBrowser.click(5)));
        assertThat(lastUidlRequest.get()).contains("\"syncId\":1", "\"clientId\":1", "\"event\":\"click\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "for(;;);[{\"meta\":{\"appError\":{\"caption\":\"Internal error\"}},\"syncId\":1,\"clientId\":1}]",
            "for(;;);[{\"meta\":{\"sessionExpired\":true}}]",
            "for(;;);[{\"meta\":{\"resynchronize\":true},\"syncId\":1,\"clientId\":1}]",
            "for(;;);[{\"syncId\":1,\"clientId\":7}]",
            "<html>Login</html>"})
    void refusesResponsesThatSayTheRequestWasNotHandled(String answer) {
        uidlAnswer.set(answer);
        assertThatThrownBy(() -> browser.open("student/lessons/x")).isInstanceOf(VaadinBrowser.ProtocolException.class);
    }
}
