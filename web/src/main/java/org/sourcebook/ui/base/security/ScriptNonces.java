package org.sourcebook.ui.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Vouches for the inline scripts Vaadin writes into each page it starts: a fresh random nonce on
 * every one of them and in that page's Content-Security-Policy, so the browser runs those scripts
 * and no inline script or event handler that arrived any other way. Other responses keep the policy
 * Spring Security writes.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    private static final int NONCE_BYTES = 18;
    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::vouchForInlineScripts);
    }

    private void vouchForInlineScripts(IndexHtmlResponse page) {
        String nonce = newNonce();
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        page.getVaadinResponse().setHeader("Content-Security-Policy", SecurityHeaders.contentSecurityPolicy(nonce));
    }

    private String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
