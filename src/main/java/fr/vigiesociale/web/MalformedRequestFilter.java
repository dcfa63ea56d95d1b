package fr.vigiesociale.web;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form or multipart body that cannot be decoded (a "%" not followed by two hexadecimal digits, a
 * part cut short) is refused here with a 400 that says so, before anything reads its parameters.
 * Otherwise the servlet container throws from whichever filter or controller asks first, and the
 * request ends in a 500 with its content in the log. API paths get a problem document, pages a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after Spring's character-encoding filter, before security
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "web.error.malformed";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"))) {
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // parameters are decoded once, here
            }
            try {
                request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException e) { // Tomcat's InvalidParameterException among them
                if (tooLarge(e)) {
                    chain.doFilter(request, response); // an upload over the limit has its own answer (413)
                    return;
                }
                LOG.warn("Refused a {} {} whose body cannot be decoded ({})", request.getMethod(), request.getRequestURI(),
                        e.getClass().getSimpleName());
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded") || t.getClass().getSimpleName().equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** French unless the request asks for English (its lang parameter, else its Accept-Language), as everywhere. */
    private static Lang lang(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.matches("(.*&)?lang=(fr|en)(&.*)?")) {
            return query.matches("(.*&)?lang=en(&.*)?") ? Lang.EN : Lang.FR;
        }
        return request.getHeader("Accept-Language") == null ? Lang.FR : Langs.of(request.getLocale());
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages m = Messages.of(lang(request));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String title = m.get(KEY + ".title");
        String detail = m.get(KEY + ".detail");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", Problems.TYPE_PREFIX + "malformed-request",
                    "title", title, "status", 400, "detail", detail, "instance", request.getRequestURI())));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        String page = "<!DOCTYPE html><html lang=\"" + m.lang().code() + "\"><head><meta charset=\"utf-8\"><title>"
                + html(title) + "</title></head><body><h1>" + html(title) + "</h1><p>" + html(detail)
                + "</p><p><a href=\"/\">" + html(m.get("web.error.home")) + "</a></p></body></html>";
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
