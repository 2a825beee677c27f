package org.sourcebook.ui.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.sourcebook.account.AccountStatusCheck;
import org.sourcebook.account.AccountUserDetailsService;
import org.sourcebook.security.LoginThrottleService;
import org.sourcebook.ui.base.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Form login through {@link LoginView}; every other page needs a signed-in user, and each view's
 * access annotation decides which roles see it. Only the health endpoint is open.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationManager loginManager, AccountStatusCheck accountStatus) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        http.authenticationManager(loginManager);
        // Naming the login page here too stops Spring Security from generating its own.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(loginFailureRedirects()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Not a bean: Spring Boot would register a Filter bean a second time, outside security.
        http.addFilterAfter(new DisabledAccountFilter(accountStatus), SecurityContextHolderFilter.class);
        http.headers(SecurityConfiguration::protectiveHeaders);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Headers on every response: the {@link SecurityHeaders#CONTENT_SECURITY_POLICY content security
     * policy}, no framing, no content-type sniffing, the referrer only as an origin to other sites,
     * and no camera, microphone or location for any page.
     */
    private static void protectiveHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY));
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
        headers.contentTypeOptions(Customizer.withDefaults());
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        headers.addHeaderWriter(new StaticHeadersWriter(SecurityHeaders.PERMISSIONS_POLICY_HEADER,
                SecurityHeaders.PERMISSIONS_POLICY));
    }

    /**
     * The only authentication manager: no parent, so a throttled or failed attempt is never
     * retried by a second password check elsewhere.
     */
    @Bean
    AuthenticationManager loginManager(
            AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottleService throttle,
            ApplicationEventPublisher applicationEvents) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setUserDetailsPasswordService(accounts);
        // Check "disabled" only after the password matched, so the answer to a wrong password
        // never reveals that an account exists or is disabled.
        passwords.setPreAuthenticationChecks((UserDetails user) -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(new ThrottledAuthenticationProvider(throttle, passwords));
        // Sign-ins and failures go to the audit log (org.sourcebook.audit listens to these events).
        var events = new DefaultAuthenticationEventPublisher(applicationEvents);
        // Also throttled attempts, which have no standard failure event of their own.
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    private static ExceptionMappingAuthenticationFailureHandler loginFailureRedirects() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/" + LoginView.ROUTE + "?" + LoginView.ERROR_BAD_CREDENTIALS);
        handler.setExceptionMappings(Map.of(
                LoginThrottledException.class.getName(), "/" + LoginView.ROUTE + "?" + LoginView.ERROR_THROTTLED,
                DisabledException.class.getName(), "/" + LoginView.ROUTE + "?" + LoginView.ERROR_DISABLED));
        return handler;
    }
}
