package no.innspill.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.innspill.platform.ExpiredFormPosts;
import no.innspill.platform.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. The public reads open consultations and submits responses; everything else in
 * the API (creating and closing consultations, reading and exporting responses) is for staff,
 * who authenticate with HTTP Basic there (refusals are problem+json like every other API error)
 * and with a login form on the staff pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    private final ProblemResponses problems;
    private final List<ExpiredFormPosts> expiredFormPosts;

    SecurityConfiguration(ProblemResponses problems, List<ExpiredFormPosts> expiredFormPosts) {
        this.problems = problems;
        this.expiredFormPosts = expiredFormPosts;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicApi()).permitAll()
                        .anyRequest().hasRole("STAFF"))
                .httpBasic(basic -> basic.realmName("Innspill").authenticationEntryPoint(
                        (request, response, e) -> unauthorized(request, response)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                                "Forbidden", "Only staff may do this")))
                .headers(SecurityConfiguration::hardenedHeaders)
                .csrf(csrf -> csrf.disable()) // no cookies or sessions in the API, so nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The pages: public ones for everybody; staff pages ({@code /saksbehandler}) behind a login
     * form. Forms carry a CSRF token kept in a cookie, so anonymous visitors need no server session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/saksbehandler", "/saksbehandler/**").hasRole("STAFF")
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/logg-inn").defaultSuccessUrl("/saksbehandler", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logg-ut").logoutSuccessUrl("/logg-inn?utlogget"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(this::deniedPage))
                .headers(SecurityConfiguration::hardenedHeaders)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies()));
        return http.build();
    }

    /**
     * Headers for every answer: no framing by anybody (X-Frame-Options and CSP frame-ancestors), the
     * address of a page sent on only to our own origin in full, and HSTS (Spring Security's default, sent
     * on secure requests only, which behind a TLS proxy needs server.forward-headers-strategy).
     */
    private static void hardenedHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"));
    }

    /** The CSRF token cookie, SameSite=Lax like the session cookie (server.servlet.session.cookie.same-site). */
    private static CookieCsrfTokenRepository csrfCookies() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    /**
     * A page post refused for its CSRF token (the cookie gone or stale): a feature that can keep what was
     * typed answers it ({@link ExpiredFormPosts}); anything else is refused as before.
     */
    private void deniedPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !response.isCommitted()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            for (ExpiredFormPosts posts : expiredFormPosts) {
                if (posts.recover(path, request, response)) {
                    return;
                }
            }
        }
        DEFAULT_DENIED.handle(request, response, denied);
    }

    private static final AccessDeniedHandler DEFAULT_DENIED = new AccessDeniedHandlerImpl();

    private static RequestMatcher[] publicApi() {
        return PublicApi.ALL.stream()
                .map(rule -> PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern()))
                .toArray(RequestMatcher[]::new);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Innspill\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Log in as staff (HTTP Basic) to do this");
    }
}
