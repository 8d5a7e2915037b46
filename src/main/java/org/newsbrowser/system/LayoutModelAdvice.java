package org.newsbrowser.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout which section of the site a page belongs to, so the navigation can mark it. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    /** The first path segment: "people" for {@code /people/4}, "articles" for the list and article pages. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String first = path.replaceFirst("^/", "").split("/", 2)[0];
        return first.isEmpty() ? "articles" : first;
    }
}
