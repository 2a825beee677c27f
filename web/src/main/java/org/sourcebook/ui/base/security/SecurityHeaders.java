package org.sourcebook.ui.base.security;

/**
 * The values of the protective headers every response carries (see docs/decisions.md, "Security
 * headers", for why each source is allowed). Pages Vaadin starts get the policy with a nonce
 * ({@link #contentSecurityPolicy(String)}); every other response gets {@link #CONTENT_SECURITY_POLICY}.
 */
public final class SecurityHeaders {

    private static final String SCRIPT_SOURCES = "script-src 'self' 'unsafe-inline' 'unsafe-eval'";

    /**
     * Everything from this server only. Vaadin 24 needs inline scripts to start its client engine
     * from the bootstrap page ({@code 'unsafe-inline'}, overridden by a nonce where the page has one)
     * and {@code 'unsafe-eval'} because the engine turns the JavaScript the server sends (executeJs,
     * event data) into functions; its components set inline styles and draw some icons from
     * {@code data:} images and fonts; push uses a WebSocket to this server ({@code 'self'}).
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            SCRIPT_SOURCES,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The policy for a page whose own inline scripts carry {@code nonce}: browsers that know nonces
     * then ignore {@code 'unsafe-inline'}, so only those scripts run inline.
     */
    public static String contentSecurityPolicy(String nonce) {
        return CONTENT_SECURITY_POLICY.replace(SCRIPT_SOURCES, SCRIPT_SOURCES + " 'nonce-" + nonce + "'");
    }

    public static final String PERMISSIONS_POLICY_HEADER = "Permissions-Policy";

    /** No page of the app uses the camera, microphone, location or payment. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    private SecurityHeaders() {}
}
