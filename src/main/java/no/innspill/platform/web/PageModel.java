package no.innspill.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the current path, for the language links, and whether the page
 * answers a POST (reloading its path would lose what was posted, so its language links lead to the
 * page's own language buttons, fragments/language-switch).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("posted")
    boolean posted(HttpServletRequest request) {
        return "POST".equals(request.getMethod());
    }
}
