package no.innspill.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A feature's way to keep what someone typed when their form post is refused for a missing or stale
 * CSRF token (cookies cleared or expired, a page left open for long): instead of a bare 403, the
 * feature shows the form again with what was posted (nothing stored or sent), or leads back to a page
 * that has it. The security configuration asks each of these, in turn, before it refuses a post.
 */
public interface ExpiredFormPosts {

    /**
     * @param path the path of the refused post, without the context path
     * @return {@code true} when this feature answered the request (forwarded or redirected it)
     */
    boolean recover(String path, HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
}
